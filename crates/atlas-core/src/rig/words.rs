//! What a stretch's steps say that a pose can prove: a small table of checkable words, each
//! with the measure of the guide's poses that must agree ("knee straight or softly bent" →
//! the raised knee bent 25° or less in the key picture). A guide whose pictures contradict
//! the words its stretch's steps use teaches the wrong position, so the build refuses it
//! (`crosscheck::steps`, which finds the words in the content).
//!
//! Guides are written for the left side (the player mirrors them for the right), so "worked"
//! below is the subject's left: the raised leg, the reaching arm, the top knee.

use super::guide::Guide;
use super::joints::{Joint, Side};
use super::kinematics::{forward, Body};
use super::math::Vec3;
use super::pose::Pose;
use super::skeleton::{dims, Segment};

/// The worked side of a guide as written.
const WORKED: Side = Side::Left;

/// A number measured on a pose, in degrees or centimetres.
#[derive(Clone, Copy, Debug)]
pub enum StepMeasure {
    /// A joint of the worked side (or an unsided joint).
    Worked(fn(Side) -> Joint),
    /// A joint of the other side.
    Other(fn(Side) -> Joint),
    /// An unsided joint.
    Joint(Joint),
    /// Whole-lumbar flexion (+) / extension (-), degrees.
    LumbarFlexion,
    /// Degrees the trunk (hip centre to C7) leans toward the side away from the worked one,
    /// seen from the front.
    TrunkLeanAway,
    /// Degrees the trunk leans further forward than in the starting position (leaning
    /// forward is a change from where the move starts), seen from the side.
    TrunkLeanForward,
    /// Centimetres from the hip centre to the worked side's heel.
    HipsToHeel,
    /// Centimetres between the two ankles.
    FeetApart,
    /// Centimetres between the two knees.
    KneesApart,
    /// How far the knees' midpoint lies to the worked side of the hips (cm, across the body,
    /// level with the floor): both knees dropped to one side.
    KneesToWorkedSide,
    /// Centimetres from the worked ankle to the other knee.
    AnkleToOtherKnee,
    /// How far the worked knee lies past the body's midline toward the other side (cm, in the
    /// pelvis's own frame).
    KneeAcrossMidline,
    /// The angle at the hip between the shoulders and the worked knee (degrees; 180 is a
    /// straight line from shoulders to knees).
    ShoulderHipKnee,
    /// Centimetres from the farther of the two hands (its middle) to the worked leg's thigh
    /// or shin: both hands holding that leg.
    HandsOnWorkedLeg,
}

/// Which of a guide's poses a rule is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// The starting position (the base).
    Start,
    /// The key picture ([`super::still::key_index`]).
    Key,
    /// Every keyframe.
    Every,
    /// At least one keyframe (a move's two ends).
    Some,
}

/// One checkable phrase and what it requires.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The words, lower case, as a step or modification writes them.
    pub words: &'static str,
    /// Which poses.
    pub at: At,
    /// What is measured.
    pub measure: StepMeasure,
    /// Allowed range.
    pub min: f64,
    /// Allowed range.
    pub max: f64,
    /// What the measure is, in plain words, for the error.
    pub what: &'static str,
}

const fn rule(
    words: &'static str,
    at: At,
    measure: StepMeasure,
    range: (f64, f64),
    what: &'static str,
) -> Rule {
    Rule {
        words,
        at,
        measure,
        min: range.0,
        max: range.1,
        what,
    }
}

/// Unbounded above or below.
const BIG: f64 = 1e6;

/// The table. Thresholds are modelling choices read off the words: "straight or softly bent"
/// is 25° or less, "together" is within a hand's width (ankle or knee centres 14 to 20 cm
/// apart: the rig's hips are 18 cm apart), "a right angle" is 90° with 5° of
/// drawing slack.
pub const RULES: &[Rule] = &[
    rule(
        "knee straight or softly bent",
        At::Key,
        StepMeasure::Worked(Joint::KneeFlex),
        (0.0, 25.0),
        "the raised knee's bend",
    ),
    rule(
        "lift the other leg",
        At::Key,
        StepMeasure::Worked(Joint::HipFlex),
        (60.0, BIG),
        "the raised hip's bend",
    ),
    rule(
        "lean gently to the opposite side",
        At::Key,
        StepMeasure::TrunkLeanAway,
        (12.0, 35.0),
        "the trunk's lean away from the raised arm",
    ),
    rule(
        "reach one arm overhead",
        At::Key,
        StepMeasure::Worked(Joint::ShoulderAbd),
        (150.0, BIG),
        "the reaching arm's lift",
    ),
    rule(
        "sit back toward your heels",
        At::Key,
        StepMeasure::HipsToHeel,
        (0.0, 32.0),
        "the hips' distance from the heels",
    ),
    // Side-lying, the top foot resting on the bottom one puts the ankle centres about an
    // ankle's width apart (9-10 cm in the rig); 12 lets the drawing breathe but refuses a top
    // foot lifted off the bottom one.
    rule(
        "keeping your feet together",
        At::Every,
        StepMeasure::FeetApart,
        (0.0, 12.0),
        "the distance between the feet",
    ),
    rule(
        "hips and knees bent",
        At::Start,
        StepMeasure::Worked(Joint::KneeFlex),
        (60.0, BIG),
        "the knees' bend",
    ),
    rule(
        "lift your top knee",
        At::Key,
        StepMeasure::KneesApart,
        (25.0, BIG),
        "the distance between the knees",
    ),
    rule(
        "knees bent and together",
        At::Start,
        StepMeasure::KneesApart,
        (0.0, 16.0),
        "the distance between the knees",
    ),
    rule(
        "both knees lower slowly to one side",
        At::Key,
        StepMeasure::KneesToWorkedSide,
        (15.0, BIG),
        "how far the knees drop to the side",
    ),
    rule(
        "do your repetitions to one side",
        At::Every,
        StepMeasure::KneesToWorkedSide,
        (-3.0, BIG),
        "how far the knees drop to the side (the other side comes after the switch)",
    ),
    rule(
        "let your belly sink",
        At::Some,
        StepMeasure::LumbarFlexion,
        (-BIG, -12.0),
        "the low back's arch",
    ),
    rule(
        "round your back",
        At::Some,
        StepMeasure::LumbarFlexion,
        (20.0, BIG),
        "the low back's rounding",
    ),
    // From lying on the back, a knee brought toward the chest passes upright: the hip bent
    // well past a right angle (at 95 a reader saw the thigh standing straight up, not pulled
    // in). A modification that stops at a right angle has its own pose and its own words.
    rule(
        "bring one knee toward your chest",
        At::Key,
        StepMeasure::Worked(Joint::HipFlex),
        (105.0, BIG),
        "the raised hip's bend",
    ),
    // "Both hands" on the hugged leg: each hand's middle within a limb's half-width and a
    // hand's thickness of the thigh's or shin's axis. A far hand left by the body's side, or
    // reaching only to the midline, drew one hand on the leg and a reader saw nothing holding
    // the shin.
    rule(
        "hold it with both hands behind the thigh or over the shin",
        At::Key,
        StepMeasure::HandsOnWorkedLeg,
        (0.0, 12.0),
        "the farther hand's distance from the raised leg",
    ),
    rule(
        "no more than a right angle",
        At::Key,
        StepMeasure::Worked(Joint::HipFlex),
        (0.0, 95.0),
        "the raised hip's bend",
    ),
    rule(
        "cross one ankle over the opposite knee",
        At::Key,
        StepMeasure::AnkleToOtherKnee,
        (0.0, 16.0),
        "the crossed ankle's distance from the other knee",
    ),
    rule(
        "draw it across your body",
        At::Key,
        StepMeasure::KneeAcrossMidline,
        (2.0, BIG),
        "how far the knee crosses the body's midline",
    ),
    rule(
        "both legs straight",
        At::Start,
        StepMeasure::Other(Joint::KneeFlex),
        (0.0, 10.0),
        "the knees' bend",
    ),
    rule(
        "keep your knees close together",
        At::Key,
        StepMeasure::KneesApart,
        (0.0, 20.0),
        "the distance between the knees",
    ),
    rule(
        "bend one knee and hold your ankle",
        At::Key,
        StepMeasure::Worked(Joint::KneeFlex),
        (110.0, BIG),
        "the held knee's bend",
    ),
    rule(
        "soles of your feet together",
        At::Key,
        StepMeasure::FeetApart,
        (0.0, 14.0),
        "the distance between the feet",
    ),
    rule(
        "knees falling out",
        At::Key,
        StepMeasure::Worked(Joint::HipRot),
        (25.0, BIG),
        "the hips' turn out",
    ),
    rule(
        "lean forward a little",
        At::Key,
        StepMeasure::TrunkLeanForward,
        (5.0, 35.0),
        "the trunk's lean forward from the start",
    ),
    rule(
        "in a line from shoulders to knees",
        At::Key,
        StepMeasure::ShoulderHipKnee,
        (160.0, 200.0),
        "the angle at the hip between shoulders and knees",
    ),
    rule(
        "flatten your low back",
        At::Some,
        StepMeasure::Joint(Joint::PelvisTilt),
        (-BIG, -3.0),
        "the pelvis's tilt",
    ),
    rule(
        "tilting your pelvis forward",
        At::Some,
        StepMeasure::Joint(Joint::PelvisTilt),
        (3.0, BIG),
        "the pelvis's tilt",
    ),
];

fn knee(body: &Body, side: Side) -> Vec3 {
    body.joint(Segment::Shank(side))
}

fn ankle(body: &Body, side: Side) -> Vec3 {
    body.joint(Segment::Foot(side))
}

/// Distance from `p` to the segment from `a` to `b`.
fn to_segment(p: Vec3, a: Vec3, b: Vec3) -> f64 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.dot(ab).max(1e-9)).clamp(0.0, 1.0);
    (p - (a + ab * t)).length()
}

fn degrees(a: f64, b: f64) -> f64 {
    a.atan2(b).to_degrees()
}

impl StepMeasure {
    /// The measure's value on a pose, and the joint (or body part) the error names.
    pub fn of(self, pose: &Pose) -> (f64, String) {
        let body = forward(pose);
        let hips = body.joint(Segment::Pelvis);
        let c7 = body.point(Segment::UpperThorax, dims::C7);
        let trunk = c7 - hips;
        let other = WORKED.other();
        match self {
            StepMeasure::Worked(j) => (pose.get(j(WORKED)), j(WORKED).name()),
            StepMeasure::Other(j) => (pose.get(j(other)), j(other).name()),
            StepMeasure::Joint(j) => (pose.get(j), j.name()),
            StepMeasure::LumbarFlexion => (pose.lumbar_flexion(), "lumbar flexion".into()),
            StepMeasure::TrunkLeanAway => (
                degrees(-WORKED.sign() * trunk.z, trunk.y),
                "lumbar side bend".into(),
            ),
            StepMeasure::TrunkLeanForward => (degrees(trunk.x, trunk.y), "hip flexion".into()),
            StepMeasure::HipsToHeel => {
                let heel = body.point(Segment::Foot(WORKED), dims::HEEL);
                (
                    (heel - hips).length(),
                    format!("knee_flex_{}", WORKED.name()),
                )
            }
            StepMeasure::FeetApart => (
                (ankle(&body, WORKED) - ankle(&body, other)).length(),
                "the ankles".into(),
            ),
            StepMeasure::KneesApart => (
                (knee(&body, WORKED) - knee(&body, other)).length(),
                "the knees".into(),
            ),
            StepMeasure::KneesToWorkedSide => {
                let mid = (knee(&body, WORKED) + knee(&body, other)) * 0.5;
                // Across the body at the hips, level with the floor.
                let across = body.frame(Segment::Pelvis).rotation.axis(2) * WORKED.sign();
                let flat = Vec3::new(across.x, 0.0, across.z);
                let len = flat.length().max(1e-9);
                ((mid - hips).dot(flat * (1.0 / len)), "the knees".into())
            }
            StepMeasure::AnkleToOtherKnee => (
                (ankle(&body, WORKED) - knee(&body, other)).length(),
                format!("hip_rot_{}", WORKED.name()),
            ),
            StepMeasure::KneeAcrossMidline => {
                let lateral = body.frame(Segment::Pelvis).rotation.axis(2);
                let z = (knee(&body, WORKED) - hips).dot(lateral);
                (-WORKED.sign() * z, format!("hip_abd_{}", WORKED.name()))
            }
            StepMeasure::HandsOnWorkedLeg => {
                let limbs = [Segment::Thigh(WORKED), Segment::Shank(WORKED)];
                let from_leg = |p: Vec3| {
                    limbs
                        .iter()
                        .map(|s| to_segment(p, body.joint(*s), body.end(*s)))
                        .fold(f64::INFINITY, f64::min)
                };
                let hand = |side: Side| {
                    let h = Segment::Hand(side);
                    from_leg((body.joint(h) + body.end(h)) * 0.5)
                };
                let (l, r) = (hand(Side::Left), hand(Side::Right));
                let far = if l >= r { Side::Left } else { Side::Right };
                (l.max(r), format!("shoulder_abd_{}", far.name()))
            }
            StepMeasure::ShoulderHipKnee => {
                let to_knee = knee(&body, WORKED) - hips;
                let cos = trunk.dot(to_knee) / (trunk.length() * to_knee.length()).max(1e-9);
                (
                    cos.clamp(-1.0, 1.0).acos().to_degrees(),
                    format!("hip_flex_{}", WORKED.name()),
                )
            }
        }
    }
}

/// One keyframe that contradicts a rule: the field that names it (`base` or
/// `keyframes[i]`), the joint, the value.
#[derive(Clone, Debug)]
pub struct Contradiction {
    /// The rule broken.
    pub rule: Rule,
    /// `base` or `keyframes[i]`.
    pub field: String,
    /// The joint or body part the measure is about.
    pub joint: String,
    /// The measured value (the one nearest the range for [`At::Some`]).
    pub value: f64,
}

impl Rule {
    fn fits(&self, v: f64) -> bool {
        v >= self.min - 1e-6 && v <= self.max + 1e-6
    }

    /// Checks `guide` (its key picture at keyframe `key`, `None` for the base): the
    /// contradiction, if the poses disagree with the words.
    pub fn check(&self, guide: &Guide, key: Option<usize>) -> Option<Contradiction> {
        let field = |i: Option<usize>| i.map_or("base".to_string(), |i| format!("keyframes[{i}]"));
        let pose = |i: Option<usize>| {
            i.and_then(|i| guide.keyframes.get(i))
                .map_or(guide.base, |k| k.pose)
        };
        // A lean is measured from the start.
        let from = match self.measure {
            StepMeasure::TrunkLeanForward => self.measure.of(&guide.base).0,
            _ => 0.0,
        };
        let broken = |i: Option<usize>| {
            let (value, joint) = self.measure.of(&pose(i));
            let value = value - from;
            (!self.fits(value)).then(|| Contradiction {
                rule: *self,
                field: field(i),
                joint,
                value,
            })
        };
        let all = (0..guide.keyframes.len()).map(Some);
        match self.at {
            At::Start => broken(None),
            At::Key => broken(key),
            At::Every => all.clone().find_map(broken),
            At::Some => {
                let misses: Vec<Contradiction> = all.clone().map_while(broken).collect();
                // Every keyframe missed: report the one that came closest.
                (misses.len() == guide.keyframes.len())
                    .then(|| {
                        misses.into_iter().min_by(|a, b| {
                            self.distance(a.value).total_cmp(&self.distance(b.value))
                        })
                    })
                    .flatten()
            }
        }
    }

    fn distance(&self, v: f64) -> f64 {
        (self.min - v).max(v - self.max).max(0.0)
    }
}
