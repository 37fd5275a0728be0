//! Positions measured from the rig: what a guide's poses do to each hip and the low back, and
//! how the body rests on the floor. These numbers, not hand-typed tags, decide which
//! precautions a move needs (`crosscheck::precautions` joins them with the content's
//! position rules).
//!
//! Every guide is measured at its start and at the end of every keyframe ("phases", as in
//! [`Guide::pose_at`]), on both sides of the body. A guide is played on both sides (the
//! right as the mirror of the left), and every measure is taken for the left and the right
//! hip, so a measure on one side of the written guide covers the mirrored side too.

use super::contact::Contact;
use super::guide::Guide;
use super::joints::{Joint, Side};
use super::kinematics::forward;
use super::pose::Pose;
use super::skeleton::Segment;

/// One number a position rule can test, measured on one side of the body (the lumbar
/// measures are the same on both sides). Degrees, except [`Measure::FootAcrossMidline`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    /// Hip flexion (the thigh forward of the pelvis), degrees; 0 when extended.
    HipFlexion,
    /// Hip extension (the thigh behind the pelvis), degrees; 0 when flexed.
    HipExtension,
    /// Hip abduction (the leg out to the side), degrees; 0 when adducted.
    HipAbduction,
    /// Hip adduction past the midline (the leg taken across the body), degrees.
    HipAdduction,
    /// Hip internal rotation (the knee turned in), degrees.
    HipInternalRotation,
    /// Hip external rotation (the knee turned out), degrees.
    HipExternalRotation,
    /// Knee flexion, degrees (0 is a straight knee).
    KneeFlexion,
    /// Ankle dorsiflexion (the foot pulled up toward the shin), degrees.
    AnkleDorsiflexion,
    /// Lumbar flexion (the low back rounded), degrees over the three lumbar joints.
    LumbarFlexion,
    /// Lumbar extension (the low back arched), degrees.
    LumbarExtension,
    /// Lumbar rotation either way, degrees.
    LumbarRotation,
    /// Lumbar side bend either way, degrees.
    LumbarSideBend,
    /// How far this side's ankle lies past the body's midline, toward the other side, in
    /// centimetres (0 when it stays on its own side): the legs crossed, as in an ankle
    /// resting on the opposite knee.
    FootAcrossMidline,
    /// Lumbar flexion while the spine carries the upper body's weight (sitting, kneeling,
    /// on hands and knees, standing); 0 when lying down.
    LoadedLumbarFlexion,
}

impl Measure {
    /// Every measure, in table order.
    pub const ALL: [Measure; 14] = [
        Measure::HipFlexion,
        Measure::HipExtension,
        Measure::HipAbduction,
        Measure::HipAdduction,
        Measure::HipInternalRotation,
        Measure::HipExternalRotation,
        Measure::KneeFlexion,
        Measure::AnkleDorsiflexion,
        Measure::LumbarFlexion,
        Measure::LumbarExtension,
        Measure::LumbarRotation,
        Measure::LumbarSideBend,
        Measure::FootAcrossMidline,
        Measure::LoadedLumbarFlexion,
    ];

    /// The name the content's position rules use, e.g. `hip-flexion`.
    pub fn id(self) -> &'static str {
        match self {
            Measure::HipFlexion => "hip-flexion",
            Measure::HipExtension => "hip-extension",
            Measure::HipAbduction => "hip-abduction",
            Measure::HipAdduction => "hip-adduction",
            Measure::HipInternalRotation => "hip-internal-rotation",
            Measure::HipExternalRotation => "hip-external-rotation",
            Measure::KneeFlexion => "knee-flexion",
            Measure::AnkleDorsiflexion => "ankle-dorsiflexion",
            Measure::LumbarFlexion => "lumbar-flexion",
            Measure::LumbarExtension => "lumbar-extension",
            Measure::LumbarRotation => "lumbar-rotation",
            Measure::LumbarSideBend => "lumbar-side-bend",
            Measure::FootAcrossMidline => "foot-across-midline",
            Measure::LoadedLumbarFlexion => "loaded-lumbar-flexion",
        }
    }

    /// The measure a rule names, if it is one.
    pub fn from_id(id: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.id() == id)
    }

    /// The unit its numbers are in, for messages.
    pub fn unit(self) -> &'static str {
        match self {
            Measure::FootAcrossMidline => " cm",
            _ => "°",
        }
    }

    /// Whether the measure belongs to one leg (and so is read on one side at a time).
    pub fn is_sided(self) -> bool {
        !matches!(
            self,
            Measure::LumbarFlexion
                | Measure::LumbarExtension
                | Measure::LumbarRotation
                | Measure::LumbarSideBend
                | Measure::LoadedLumbarFlexion
        )
    }
}

/// How the body rests, read from what the guide declares on the floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Position {
    /// Lying on the back (the back or the back of the head on the floor).
    OnBack,
    /// Lying face down.
    OnFront,
    /// Lying on one side.
    OnSide,
    /// On hands (or forearms) and knees, the spine carrying the trunk between them.
    HandsAndKnees,
    /// Kneeling upright on one or both knees.
    Kneeling,
    /// Sitting on the floor.
    Sitting,
    /// Standing on both feet.
    Standing,
    /// Standing on one foot.
    StandingOnOneLeg,
}

impl Position {
    /// Every position, in table order.
    pub const ALL: [Position; 8] = [
        Position::OnBack,
        Position::OnFront,
        Position::OnSide,
        Position::HandsAndKnees,
        Position::Kneeling,
        Position::Sitting,
        Position::Standing,
        Position::StandingOnOneLeg,
    ];

    /// The name the content's position rules use, e.g. `hands-and-knees`.
    pub fn id(self) -> &'static str {
        match self {
            Position::OnBack => "on-back",
            Position::OnFront => "on-front",
            Position::OnSide => "on-side",
            Position::HandsAndKnees => "hands-and-knees",
            Position::Kneeling => "kneeling",
            Position::Sitting => "sitting",
            Position::Standing => "standing",
            Position::StandingOnOneLeg => "standing-on-one-leg",
        }
    }

    /// The position a rule names, if it is one.
    pub fn from_id(id: &str) -> Option<Position> {
        Position::ALL.into_iter().find(|p| p.id() == id)
    }

    /// Whether the spine carries the upper body's weight here (not lying down).
    pub fn loads_spine(self) -> bool {
        !matches!(
            self,
            Position::OnBack | Position::OnFront | Position::OnSide
        )
    }

    /// The position of a pose with these contacts on the floor.
    ///
    /// The body rolled onto a side (root roll past 45°) is lying on the side; knees with
    /// hands or forearms down is hands and knees (child's pose, cat-cow); a knee alone is
    /// kneeling; the back or the back of the head (or the body pitched back past 60°) is
    /// lying on the back; the forehead (or pitched forward past 60°) is lying face down; the
    /// seat alone is sitting; feet alone are standing, on one leg when only one side's foot
    /// is down.
    pub fn of(contacts: &[Contact], pose: &Pose) -> Position {
        let has = |f: fn(&Contact) -> bool| contacts.iter().any(f);
        let knee = has(|c| matches!(c, Contact::Knee(_)));
        let hand = has(|c| matches!(c, Contact::Hand(_) | Contact::Forearm(_)));
        if pose.get(Joint::RootRoll).abs() >= 45.0 {
            return Position::OnSide;
        }
        if knee && hand {
            return Position::HandsAndKnees;
        }
        if knee {
            return Position::Kneeling;
        }
        if has(|c| matches!(c, Contact::Back | Contact::BackOfHead)) {
            return Position::OnBack;
        }
        if has(|c| matches!(c, Contact::Forehead)) || pose.get(Joint::RootPitch) >= 60.0 {
            return Position::OnFront;
        }
        if pose.get(Joint::RootPitch) <= -60.0 {
            return Position::OnBack;
        }
        if has(|c| matches!(c, Contact::Pelvis)) {
            return Position::Sitting;
        }
        let foot_down = |side: Side| {
            contacts.iter().any(|c| {
                matches!(c, Contact::Foot(s) | Contact::Heel(s) | Contact::Toes(s) if *s == side)
            })
        };
        if foot_down(Side::Left) && foot_down(Side::Right) {
            Position::Standing
        } else {
            Position::StandingOnOneLeg
        }
    }
}

/// One measure's value for one side of one pose.
pub fn measure(m: Measure, side: Side, pose: &Pose, position: Position) -> f64 {
    let g = |j: Joint| pose.get(j);
    match m {
        Measure::HipFlexion => g(Joint::HipFlex(side)).max(0.0),
        Measure::HipExtension => (-g(Joint::HipFlex(side))).max(0.0),
        Measure::HipAbduction => g(Joint::HipAbd(side)).max(0.0),
        Measure::HipAdduction => (-g(Joint::HipAbd(side))).max(0.0),
        Measure::HipInternalRotation => (-g(Joint::HipRot(side))).max(0.0),
        Measure::HipExternalRotation => g(Joint::HipRot(side)).max(0.0),
        Measure::KneeFlexion => g(Joint::KneeFlex(side)).max(0.0),
        Measure::AnkleDorsiflexion => (-g(Joint::Ankle(side))).max(0.0),
        Measure::LumbarFlexion => pose.lumbar_flexion().max(0.0),
        Measure::LumbarExtension => (-pose.lumbar_flexion()).max(0.0),
        Measure::LumbarRotation => pose.lumbar_rotation().abs(),
        Measure::LumbarSideBend => pose.lumbar_side_bend().abs(),
        Measure::FootAcrossMidline => foot_across_midline(side, pose),
        Measure::LoadedLumbarFlexion if position.loads_spine() => pose.lumbar_flexion().max(0.0),
        Measure::LoadedLumbarFlexion => 0.0,
    }
}

/// How far `side`'s ankle lies past the midline of the pelvis toward the other side (cm),
/// read in the pelvis's own frame so the whole body's turn or roll does not count.
fn foot_across_midline(side: Side, pose: &Pose) -> f64 {
    let body = forward(pose);
    let pelvis = body.frame(Segment::Pelvis);
    let ankle = body.joint(Segment::Foot(side));
    let lateral = (ankle - pelvis.origin).dot(pelvis.rotation.axis(2));
    // The left side is +Z: its ankle crosses when it goes negative, and the right's when
    // it goes positive.
    (-lateral * side.sign()).max(0.0)
}

/// What one phase of a guide does, on one side.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseMeasures {
    /// 0 is the start, `i + 1` the end of keyframe `i` (as [`Guide::pose_at`]).
    pub phase: usize,
    /// The side of the body the sided measures are for.
    pub side: Side,
    /// How the body rests in this phase.
    pub position: Position,
    /// One value per [`Measure::ALL`] entry, in that order.
    pub values: [f64; Measure::ALL.len()],
}

impl PhaseMeasures {
    /// The value of one measure.
    pub fn get(&self, m: Measure) -> f64 {
        Measure::ALL
            .iter()
            .position(|x| *x == m)
            .and_then(|i| self.values.get(i))
            .copied()
            .unwrap_or(0.0)
    }
}

/// Every phase of a guide (start and each keyframe's end), on both sides, measured.
pub fn guide_measures(guide: &Guide) -> Vec<PhaseMeasures> {
    let mut out = Vec::new();
    for phase in 0..=guide.keyframes.len() {
        let pose = guide.pose_at(phase);
        let position = Position::of(guide.contacts_at(phase), &pose);
        for side in [Side::Left, Side::Right] {
            let values = Measure::ALL.map(|m| measure(m, side, &pose, position));
            out.push(PhaseMeasures {
                phase,
                side,
                position,
                values,
            });
        }
    }
    out
}

/// Words for a phase in messages: "the start" or "keyframe 3 (\"Hold and breathe …\")",
/// numbered from 1 as a clinic reads the file.
pub fn phase_words(guide: &Guide, phase: usize) -> String {
    match phase.checked_sub(1).and_then(|i| guide.keyframes.get(i)) {
        None => "the start".to_string(),
        Some(k) => format!("keyframe {phase} (\"{}\")", k.cue),
    }
}
