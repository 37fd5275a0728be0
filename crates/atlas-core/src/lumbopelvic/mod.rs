//! The lumbopelvic model: how a movement's angle is shared between the hips and the low back,
//! and what happens to that share when the hips have less range.
//!
//! Two movements, each a pure function of a requested angle and the hips' capacity:
//!
//! - [`Movement::Bend`], a forward bend from standing. The trunk's inclination is the hip's
//!   share (the pelvis rotating on the thighs) plus the lumbar spine's share (flexion). With
//!   free hips the split follows Esola et al. 1996's lumbopelvic rhythm ([`rhythm`]); a hip at
//!   its capacity gives no more, and the rest of the bend goes to the lumbar spine, up to a
//!   strained limit; what neither can give cannot be reached.
//! - [`Movement::Stride`], the push-off of a walking stride. The trailing thigh is asked to go
//!   behind the vertical; the hip extends up to its capacity (10–15 degrees beyond neutral
//!   normally, less with tight hip flexors), and the rest comes from the pelvis tilting
//!   forward (anterior tilt) with the lumbar spine extending by the same angle so the trunk
//!   stays upright.
//!
//! Numbers and sources: ../shared/reference/clinical-reference.md, "Lumbopelvic rhythm" and
//! "Ranges of motion". The reference itself calls this kind of model "consistent with these
//! numbers (a modelling choice, not a finding)"; every constant below says whether it is a
//! published figure or a modelling choice. The model says what the hips and low back *tend*
//! to share; it does not say that a larger lumbar share causes pain (Li, McClure & Pratt
//! 1996; Johnson & Thomas 2010 found weak or no links).
//!
//! [`pose`] turns a share into a [`crate::rig::Pose`] for the side-view figure.

pub mod pose;

pub use pose::{bend_pose, stride_pose};

/// One phase of Esola 1996's lumbopelvic rhythm: from `from` to `to` degrees of trunk
/// inclination, the lumbar spine moves `ratio` degrees for each degree of hip motion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RhythmPhase {
    /// Trunk inclination where the phase starts (degrees).
    pub from: f64,
    /// Trunk inclination where the phase ends (degrees).
    pub to: f64,
    /// Lumbar-to-hip ratio within the phase.
    pub ratio: f64,
}

/// Esola et al. 1996 (Spine 21(1):71–78): lumbar:hip 1.9 early (0–30 degrees of trunk
/// flexion), 0.9 middle (30–60), 0.4 late (60–90). Within a phase the two angles grow
/// linearly (the published ratio holds over the whole phase, and the shares change pace only
/// at the phase boundaries). Past 90 degrees the lumbar spine is at about its full-bend value
/// (42.4 here, Esola's mean 42) and the hips finish the bend: a modelling choice that lands
/// on Esola's full bend of about 111 = 42 lumbar + 69 hip.
pub const RHYTHM: [RhythmPhase; 3] = [
    RhythmPhase {
        from: 0.0,
        to: 30.0,
        ratio: 1.9,
    },
    RhythmPhase {
        from: 30.0,
        to: 60.0,
        ratio: 0.9,
    },
    RhythmPhase {
        from: 60.0,
        to: 90.0,
        ratio: 0.4,
    },
];

/// The deepest forward bend the model offers (degrees of trunk inclination). Esola's mean full
/// bend is about 111; the issue asks for 0–110.
pub const MAX_BEND: f64 = 110.0;
/// Hip capacity in a forward bend with free hips: the hip's share of Esola's mean full bend
/// (69 degrees).
pub const NORMAL_HIP_FLEXION: f64 = 69.0;
/// "Tight hips" for the bend: modelling choice, about 30 degrees less than normal (tight
/// hamstrings and glutes), so a full bend asks the low back for more than its usual share and
/// the last part of the bend is out of reach.
pub const TIGHT_HIP_FLEXION: f64 = 40.0;
/// The least hip capacity a control offers for the bend (modelling choice: very tight hips).
pub const MIN_HIP_FLEXION: f64 = 20.0;
/// The most hip flexion the model ever uses: the top of the normal hip flexion range
/// (110–125, Merck Manual).
pub const MAX_HIP_FLEXION: f64 = 125.0;
/// The lumbar spine's strained limit in flexion: modelling choice, the top of the 40–60
/// degree lumbar flexion range (Magee). Past it the bend cannot be reached.
pub const STRAINED_LUMBAR_FLEXION: f64 = 60.0;

/// The longest stride the model offers: the trailing thigh this many degrees behind the
/// vertical at push-off. Modelling choice: a brisk step is about as far back as free hips
/// extend (15), a long stride somewhat more.
pub const MAX_STRIDE: f64 = 20.0;
/// Hip extension beyond neutral with free hips: 15, the top of the normal 10–15 range
/// (Merck Manual; Wilson 2014).
pub const NORMAL_HIP_EXTENSION: f64 = 15.0;
/// "Tight hip flexors" for the stride: modelling choice, 5 degrees of extension left.
pub const TIGHT_HIP_EXTENSION: f64 = 5.0;
/// The least hip extension a control offers (a hip that cannot pass neutral).
pub const MIN_HIP_EXTENSION: f64 = 0.0;
/// The lumbar spine's strained limit in extension during a stride: modelling choice, the
/// bottom of the 20–35 degree lumbar extension range (Magee; Physiopedia gives 15), since
/// walking should never take the low back near its end of range.
pub const STRAINED_LUMBAR_EXTENSION: f64 = 20.0;

/// Extra lumbar motion under this many degrees reads as the usual share (rounding, not load).
pub const NOTICEABLE: f64 = 1.0;

/// Which movement is modelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Movement {
    /// Bending forward from standing: hip flexion and lumbar flexion.
    Bend,
    /// A walking stride's push-off: hip extension, anterior pelvic tilt and lumbar extension.
    Stride,
}

/// How much the low back is asked for, compared with free hips doing the same movement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Load {
    /// The lumbar spine moves its usual share.
    Usual,
    /// The lumbar spine moves more than with free hips, but no further than free hips ever
    /// take it in this movement.
    More,
    /// The lumbar spine goes past anything free hips ask of it in this movement (past its
    /// usual end: about 42 degrees of flexion in a bend, 5 of extension in a stride).
    Strained,
}

/// How one moment of a movement is shared between the hips and the low back (degrees).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    /// The movement.
    pub movement: Movement,
    /// The angle asked for: trunk inclination (bend) or the trailing thigh behind the
    /// vertical (stride), within the movement's range.
    pub requested: f64,
    /// The hips' capacity used, within the movement's range.
    pub capacity: f64,
    /// The hip's share: flexion (bend) or extension beyond neutral (stride).
    pub hip: f64,
    /// The lumbar spine's share: flexion (bend) or extension (stride). In a stride the pelvis
    /// tilts forward by the same angle (see [`Share::pelvic_tilt`]).
    pub lumbar: f64,
    /// What neither could give: the part of the movement that cannot be reached.
    pub unreached: f64,
    /// The lumbar share free hips would need for the same requested angle.
    pub usual_lumbar: f64,
}

impl Movement {
    /// Both movements, bend first.
    pub const ALL: [Movement; 2] = [Movement::Bend, Movement::Stride];

    /// The largest angle the movement asks for ([`MAX_BEND`] or [`MAX_STRIDE`]).
    pub fn max_request(self) -> f64 {
        match self {
            Movement::Bend => MAX_BEND,
            Movement::Stride => MAX_STRIDE,
        }
    }

    /// Free hips' capacity ([`NORMAL_HIP_FLEXION`] or [`NORMAL_HIP_EXTENSION`]).
    pub fn normal_capacity(self) -> f64 {
        match self {
            Movement::Bend => NORMAL_HIP_FLEXION,
            Movement::Stride => NORMAL_HIP_EXTENSION,
        }
    }

    /// Tight hips' capacity ([`TIGHT_HIP_FLEXION`] or [`TIGHT_HIP_EXTENSION`]).
    pub fn tight_capacity(self) -> f64 {
        match self {
            Movement::Bend => TIGHT_HIP_FLEXION,
            Movement::Stride => TIGHT_HIP_EXTENSION,
        }
    }

    /// The least capacity a control offers ([`MIN_HIP_FLEXION`] or [`MIN_HIP_EXTENSION`]).
    pub fn min_capacity(self) -> f64 {
        match self {
            Movement::Bend => MIN_HIP_FLEXION,
            Movement::Stride => MIN_HIP_EXTENSION,
        }
    }

    /// The lumbar spine's strained limit ([`STRAINED_LUMBAR_FLEXION`] or
    /// [`STRAINED_LUMBAR_EXTENSION`]).
    pub fn strained_limit(self) -> f64 {
        match self {
            Movement::Bend => STRAINED_LUMBAR_FLEXION,
            Movement::Stride => STRAINED_LUMBAR_EXTENSION,
        }
    }

    /// The most lumbar motion free hips ever need in this movement (at its largest request):
    /// past it the low back is [`Load::Strained`].
    pub fn usual_lumbar_end(self) -> f64 {
        self.normal_split(self.max_request()).1
    }

    /// How free hips share `requested` degrees: `(hip, lumbar)`, summing to `requested`.
    /// Bend: Esola's rhythm ([`rhythm`]). Stride: the hip gives everything up to its normal
    /// extension, the pelvis and low back the rest.
    pub fn normal_split(self, requested: f64) -> (f64, f64) {
        let requested = crate::bounds::within(requested, 0.0, self.max_request());
        match self {
            Movement::Bend => rhythm(requested),
            Movement::Stride => {
                let hip = requested.min(NORMAL_HIP_EXTENSION);
                (hip, requested - hip)
            }
        }
    }

    /// The share of `requested` degrees with hips of `capacity` degrees. Both are kept within
    /// the movement's ranges (`0..=max_request`, `0..=` the hip's full range). The hips follow
    /// their free share until they reach their capacity; then the lumbar spine takes the rest,
    /// up to its strained limit; the remainder is [`Share::unreached`].
    pub fn share(self, requested: f64, capacity: f64) -> Share {
        let requested = crate::bounds::within(requested, 0.0, self.max_request());
        let top = match self {
            Movement::Bend => MAX_HIP_FLEXION,
            Movement::Stride => NORMAL_HIP_EXTENSION,
        };
        let capacity = crate::bounds::within(capacity, 0.0, top);
        let (free_hip, free_lumbar) = self.normal_split(requested);
        let (hip, lumbar, unreached) = if free_hip <= capacity {
            (free_hip, free_lumbar, 0.0)
        } else {
            let rest = requested - capacity;
            let lumbar = rest.min(self.strained_limit());
            (capacity, lumbar, rest - lumbar)
        };
        Share {
            movement: self,
            requested,
            capacity,
            hip,
            lumbar,
            unreached,
            usual_lumbar: free_lumbar,
        }
    }
}

impl Share {
    /// The angle actually reached: hip plus lumbar.
    pub fn reached(&self) -> f64 {
        self.hip + self.lumbar
    }

    /// Lumbar motion beyond what free hips would need (zero or more).
    pub fn extra_lumbar(&self) -> f64 {
        (self.lumbar - self.usual_lumbar).max(0.0)
    }

    /// The pelvis's forward (anterior) tilt: in a stride, the lumbar spine's extension is met
    /// by the pelvis tilting forward by the same angle; zero in a bend (there the pelvis
    /// rotating on the thighs is the hip's share).
    pub fn pelvic_tilt(&self) -> f64 {
        match self.movement {
            Movement::Bend => 0.0,
            Movement::Stride => self.lumbar,
        }
    }

    /// The lumbar spine's part of what was reached, 0..=1 (0 when nothing was reached).
    pub fn lumbar_fraction(&self) -> f64 {
        let reached = self.reached();
        if reached > 1e-9 {
            self.lumbar / reached
        } else {
            0.0
        }
    }

    /// How much the low back is asked for (see [`Load`]).
    pub fn load(&self) -> Load {
        if self.extra_lumbar() < NOTICEABLE {
            Load::Usual
        } else if self.lumbar > self.movement.usual_lumbar_end() + 1e-9 {
            Load::Strained
        } else {
            Load::More
        }
    }

    /// Whether part of the movement is out of reach (by a noticeable amount).
    pub fn out_of_reach(&self) -> bool {
        self.unreached >= NOTICEABLE / 2.0
    }
}

/// Esola's lumbopelvic rhythm for free hips: `(hip, lumbar)` at a trunk inclination, summing
/// to it. Within each phase of [`RHYTHM`] a degree of trunk motion is split `1 : ratio`
/// between hip and lumbar spine; past the last phase the hips finish the bend.
pub fn rhythm(inclination: f64) -> (f64, f64) {
    let t = inclination.max(0.0);
    let mut lumbar = 0.0;
    for phase in RHYTHM {
        let span = (t.min(phase.to) - phase.from).max(0.0);
        lumbar += span * phase.ratio / (1.0 + phase.ratio);
    }
    (t - lumbar, lumbar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rhythm_at_phase_ends() {
        let (h, l) = rhythm(30.0);
        assert!((l / h - 1.9).abs() < 1e-9);
        let (h, l) = rhythm(0.0);
        assert_eq!((h, l), (0.0, 0.0));
    }
}
