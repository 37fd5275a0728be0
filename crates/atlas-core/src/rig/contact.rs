//! What touches the floor: named contacts (feet, knees, hands, forearms, forehead, pelvis,
//! back) and where each one is on the drawn body.
//!
//! A contact is measured on the surface the figure draws ([`super::surface`]), so a knee "on
//! the floor" is a knee a client sees on the floor line.

use serde::{Deserialize, Serialize};

use super::joints::{Joint, Side};
use super::kinematics::Body;
use super::math::Vec3;
use super::shapes::Part;
use super::surface::{head, DrawnPart};

/// A body point that a guide declares on the floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Contact {
    /// The whole sole: heel and toes.
    Foot(Side),
    /// The heel only (a foot flexed up, as in a lunge's front foot lifting its toes).
    Heel(Side),
    /// The toes and ball of the foot (a kneeling back foot).
    Toes(Side),
    /// The front of the knee (kneeling).
    Knee(Side),
    /// The palm.
    Hand(Side),
    /// The forearm, elbow to wrist.
    Forearm(Side),
    /// The forehead (the head resting face down).
    Forehead,
    /// The back of the head (lying on the back).
    BackOfHead,
    /// The seat or the sacrum: the pelvis resting on the floor.
    Pelvis,
    /// The upper back, at the shoulder blades (lying on the back).
    Back,
}

/// A sided contact kind: constructor and name stem.
type SidedContact = (fn(Side) -> Contact, &'static str);

/// Sided contact kinds with their name stems.
const SIDED: [SidedContact; 6] = [
    (Contact::Foot, "foot"),
    (Contact::Heel, "heel"),
    (Contact::Toes, "toes"),
    (Contact::Knee, "knee"),
    (Contact::Hand, "hand"),
    (Contact::Forearm, "forearm"),
];

/// Unsided contacts with their names.
const UNSIDED: [(Contact, &str); 4] = [
    (Contact::Forehead, "forehead"),
    (Contact::BackOfHead, "back_of_head"),
    (Contact::Pelvis, "pelvis"),
    (Contact::Back, "back"),
];

/// One point of a contact: world position and the height of the drawn surface under it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContactPoint {
    /// World position of the point on the part's axis (its horizontal part must not slide).
    pub at: Vec3,
    /// Height of the lowest drawn surface there (cm; the floor is where contacts rest).
    pub height: f64,
}

impl Contact {
    /// Every contact, in a stable order.
    pub fn all() -> Vec<Contact> {
        let mut v: Vec<Contact> = UNSIDED.iter().map(|(c, _)| *c).collect();
        for (make, _) in SIDED {
            v.push(make(Side::Left));
            v.push(make(Side::Right));
        }
        v
    }

    /// The data name, e.g. `left_knee` or `forehead`.
    pub fn name(self) -> String {
        if let Some((_, n)) = UNSIDED.iter().find(|(c, _)| *c == self) {
            return (*n).to_string();
        }
        for (make, stem) in SIDED {
            for side in [Side::Left, Side::Right] {
                if make(side) == self {
                    return format!("{}_{stem}", side.name());
                }
            }
        }
        String::new()
    }

    /// Looks a contact up by its data name.
    pub fn from_name(name: &str) -> Option<Contact> {
        Contact::all().into_iter().find(|c| c.name() == name)
    }

    /// The contact on the other side (for the mirrored pose of the second side).
    pub fn mirrored(self) -> Contact {
        match self {
            Contact::Foot(s) => Contact::Foot(s.other()),
            Contact::Heel(s) => Contact::Heel(s.other()),
            Contact::Toes(s) => Contact::Toes(s.other()),
            Contact::Knee(s) => Contact::Knee(s.other()),
            Contact::Hand(s) => Contact::Hand(s.other()),
            Contact::Forearm(s) => Contact::Forearm(s.other()),
            other => other,
        }
    }

    /// The joints the solver may move to bring this contact down: its limb chain. The root
    /// (position, pitch, roll) is always free.
    pub fn chain(self) -> Vec<Joint> {
        use Joint::*;
        match self {
            Contact::Foot(s) | Contact::Heel(s) | Contact::Toes(s) | Contact::Knee(s) => {
                vec![HipFlex(s), HipAbd(s), HipRot(s), KneeFlex(s), Ankle(s)]
            }
            Contact::Hand(s) | Contact::Forearm(s) => {
                vec![ShoulderFlex(s), ShoulderAbd(s), ElbowFlex(s), Wrist(s)]
            }
            Contact::Forehead | Contact::BackOfHead => {
                vec![NeckFlex, ThoracicUpperFlex, ThoracicLowerFlex]
            }
            Contact::Pelvis | Contact::Back => vec![PelvisTilt],
        }
    }

    /// Where this contact is on the drawn body: one point, or two for a contact as long as
    /// a sole or a forearm (both ends must rest).
    pub fn points(self, body: &Body, parts: &[DrawnPart]) -> Vec<ContactPoint> {
        let on = |part: Part, side: Option<Side>, which: &[usize]| -> Vec<ContactPoint> {
            parts
                .iter()
                .find(|d| d.part == part && d.segment.side() == side)
                .map(|d| {
                    which
                        .iter()
                        .filter_map(|i| {
                            let i = (*i).min(d.points.len().saturating_sub(1));
                            Some(ContactPoint {
                                at: *d.points.get(i)?,
                                height: d.low_at(i)?,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let last = usize::MAX;
        // The knee rests on whichever is lower where thigh and shank meet (the drawn thigh is
        // the wider of the two, so a steep thigh reaches the floor first).
        let knee = |s: Side| -> Vec<ContactPoint> {
            on(Part::Thigh, Some(s), &[last])
                .into_iter()
                .chain(on(Part::Shank, Some(s), &[0]))
                .min_by(|a, b| a.height.total_cmp(&b.height))
                .into_iter()
                .collect()
        };
        match self {
            Contact::Foot(s) => on(Part::Foot, Some(s), &[0, last]),
            Contact::Heel(s) => on(Part::Foot, Some(s), &[0]),
            Contact::Toes(s) => on(Part::Foot, Some(s), &[last]),
            Contact::Knee(s) => knee(s),
            // The palm and fingers: the hand's far end (the heel of the hand may rise a little
            // when the forearm rests too; the floor check keeps it from passing through).
            Contact::Hand(s) => on(Part::Hand, Some(s), &[last]),
            Contact::Forearm(s) => on(Part::Forearm, Some(s), &[0, last]),
            // The seat (sitting) or the sacrum (lying): the bottom of the drawn pelvis.
            Contact::Pelvis => on(Part::Pelvis, None, &[0]),
            // The shoulder blades: the top of the chest (the low back may lift, as in a bridge).
            Contact::Back => on(Part::Chest, None, &[last]),
            Contact::Forehead | Contact::BackOfHead => {
                // The drawn head is a circle: its lowest point rests, and the face must point
                // down (forehead) or up (back of the head), checked by `facing_ok`.
                let (c, r) = head(body);
                vec![ContactPoint {
                    at: c - Vec3::new(0.0, r, 0.0),
                    height: c.y - r,
                }]
            }
        }
    }

    /// Whether the head faces the way this contact needs (always true for other contacts):
    /// face down for the forehead, face up for the back of the head.
    pub fn facing_ok(self, body: &Body) -> bool {
        self.facing_error(body) <= 0.0
    }

    /// How far (in the forehead direction's vertical part, times 10) the head is from facing
    /// the way this contact needs; zero when it does.
    pub fn facing_error(self, body: &Body) -> f64 {
        let face = body
            .frame(super::skeleton::Segment::Head)
            .rotation
            .apply(Vec3::new(0.8, 0.6, 0.0));
        let miss = match self {
            Contact::Forehead => face.y + 0.5,
            Contact::BackOfHead => 0.5 - face.y,
            _ => 0.0,
        };
        10.0 * miss.max(0.0)
    }
}
