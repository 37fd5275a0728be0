//! The animated stretch guides' pure core: a 2D-drawn, 3D-computed skeletal rig, muscles
//! with pose-dependent length, guides as data, the player's plan and clock arithmetic, and
//! drawable figure geometry.
//!
//! Architecture invariant: nothing here reads a clock or touches the web. Time is always an
//! argument (seconds as `f64`).
//!
//! Module map:
//! - [`math`]: vectors and rotations; [`joints`]: degrees of freedom and limits;
//!   [`pose`]: joint values; [`skeleton`]: segments and dimensions;
//!   [`kinematics`]: forward kinematics.
//! - [`muscles`]: attachments and the moment-arm length model.
//! - [`easing`], [`guide`]: guides and sampling; [`validate`] and `load` (feature `toml`).
//! - [`schedule`]: the player plan; [`events`]: its one-off events; [`playback`]: play/pause
//!   arithmetic; [`player`]: the player's state machine (phases, events once, end, speed);
//!   [`pacing`]: which cues to say aloud, so each is heard whole and once.
//! - [`shapes`], [`surface`], [`figure`]: drawable geometry (the surface is what contacts
//!   are measured on, so "on the floor" means what a client sees); [`silhouette`]: the
//!   body's filled, tapered outlines; [`floor`]: an oblique view's mat and contact shadows;
//!   [`belly`]: a lit muscle as a muscle belly;
//!   [`still`]: the key picture's pose; [`ghost`]: a move's other end, drawn faint behind it.
//! - [`contact`]: what touches the floor; [`solve`]: the small IK step that puts declared
//!   contacts on the floor; [`grounding`]: a guide's phases and steps solved in turn;
//!   [`contact_check`]: the validator's floor rules (lift, slide, nothing through the floor).
//! - [`position`]: what each phase of a guide does to the hips and low back, and how the body
//!   rests (the measures the precautions are derived from).

pub mod belly;
pub mod contact;
pub mod contact_check;
pub mod easing;
pub mod events;
pub mod figure;
pub mod floor;
pub mod ghost;
pub mod grounding;
pub mod guide;
pub mod joints;
pub mod kinematics;
#[cfg(feature = "toml")]
pub mod load;
pub mod math;
pub mod muscles;
pub mod pacing;
pub mod playback;
pub mod player;
pub mod pose;
pub mod position;
pub mod schedule;
pub mod shapes;
pub mod silhouette;
pub mod skeleton;
pub mod solve;
pub mod still;
pub mod surface;
pub mod validate;
pub mod view_box;
pub mod words;

pub use contact::Contact;
pub use easing::Easing;
pub use events::Event;
pub use figure::{
    figure, figure_bounds, figure_lit, figure_working, DrawOrder, Figure, Ground, HeadShape, Limb,
    MuscleLine, ViewBox,
};
pub use guide::{Breath, Guide, Keyframe, Moment, Motion, View};
pub use joints::{Joint, Side};
pub use kinematics::{forward, Body};
#[cfg(feature = "toml")]
pub use load::load_guides;
pub use muscles::{
    comfortable_stretch, muscle_length, shortening, stretch, working_intensity, MuscleId,
    WORKING_FULL,
};
pub use pacing::{
    short_form, speaking_seconds, CuePacer, LATE_FRACTION, SPEECH_RATE, WORDS_PER_SECOND,
};
pub use playback::Playback;
pub use player::{clamp_speed, reactions, Phase, Reactions, Session, Tick, MAX_SPEED};
pub use pose::Pose;
pub use schedule::{GuideDose, PlayerState, Schedule, SpanKind};
pub use validate::{GuideError, GuideErrors};
