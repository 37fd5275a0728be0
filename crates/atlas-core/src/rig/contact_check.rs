//! The validator's floor rules: in every phase a declared contact rests on the floor, a
//! contact carried on from the phase before has not slid, the head faces the way its contact
//! needs, and no part of the drawn body passes through the floor; the steps between phases
//! are sampled too, with a looser tolerance, because poses in between are interpolated.

use super::contact::Contact;
use super::grounding::contact_points;
use super::guide::Guide;
use super::kinematics::forward;
use super::pose::Pose;
use super::surface::{drawn_parts, head};

/// How far (cm) a declared contact may be above the floor, or a part below it, at a phase.
pub const LIFT_TOLERANCE: f64 = 1.5;
/// How far (cm) a contact may slide along the floor from one phase to the next.
pub const SLIDE_TOLERANCE: f64 = 2.0;
/// Lift and slide allowed (cm) part-way through a step, where poses are interpolated.
pub const STEP_TOLERANCE: f64 = 4.0;

/// Floor problems of one pose: `(what, message)`, `what` naming a contact or a part.
pub fn floor_problems(
    pose: &Pose,
    guide: &Guide,
    contacts: &[Contact],
    before: Option<(&Pose, &[Contact])>,
    tolerance: (f64, f64),
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if contacts.is_empty() {
        return out;
    }
    let placed = contact_points(pose, guide.view, contacts);
    let floor = placed
        .iter()
        .flat_map(|(_, ps)| ps.iter().map(|p| p.height))
        .fold(f64::INFINITY, f64::min);
    let body = forward(pose);
    for (c, ps) in &placed {
        let lift = ps.iter().map(|p| p.height - floor).fold(0.0, f64::max);
        if lift > tolerance.0 {
            out.push((
                format!("contacts.{}", c.name()),
                format!("{} leaves the floor by {lift:.1} cm", c.name()),
            ));
        }
        if !c.facing_ok(&body) {
            out.push((
                format!("contacts.{}", c.name()),
                format!("the head does not face the way {} needs", c.name()),
            ));
        }
    }
    if let Some((prev_pose, prev_contacts)) = before {
        let prev = contact_points(prev_pose, guide.view, prev_contacts);
        for (c, ps) in &placed {
            let Some((_, qs)) = prev.iter().find(|(p, _)| p == c) else {
                continue;
            };
            let slide = ps
                .iter()
                .zip(qs)
                .map(|(p, q)| (p.at.x - q.at.x).hypot(p.at.z - q.at.z))
                .fold(0.0, f64::max);
            if slide > tolerance.1 {
                out.push((
                    format!("contacts.{}", c.name()),
                    format!("{} slides {slide:.1} cm along the floor", c.name()),
                ));
            }
        }
    }
    let parts = drawn_parts(&body, guide.view);
    let (hc, hr) = head(&body);
    let lows = parts
        .iter()
        .map(|d| (format!("{:?}", d.part).to_lowercase(), d.lowest()))
        .chain(std::iter::once(("head".to_string(), hc.y - hr)));
    for (name, low) in lows {
        if low < floor - tolerance.0 {
            out.push((
                "pose".to_string(),
                format!("the {name} passes {:.1} cm through the floor", floor - low),
            ));
        }
    }
    out
}

impl Guide {
    /// Every floor problem of the guide as `(field, message)`: each phase, and three moments
    /// inside each step whose contacts carry on from the phase before.
    pub fn contact_problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let keep = (LIFT_TOLERANCE, SLIDE_TOLERANCE);
        for (f, m) in floor_problems(&self.base, self, &self.contacts, None, keep) {
            out.push((format!("base.{f}"), m));
        }
        for i in 0..self.keyframes.len() {
            let (before, now) = (self.pose_at(i), self.pose_at(i + 1));
            let is = self.contacts_at(i + 1);
            let field = format!("keyframes[{i}]");
            let held = self.held_at(i + 1);
            for (f, m) in floor_problems(&now, self, is, Some((&before, &held)), keep) {
                out.push((format!("{field}.{f}"), m));
            }
            // Contacts held through the step, checked part-way along it.
            let step = (STEP_TOLERANCE, STEP_TOLERANCE);
            for s in [0.25, 0.5, 0.75] {
                let mid = self.step_pose(i, s);
                for (f, m) in floor_problems(&mid, self, &held, Some((&before, &held)), step) {
                    let text = format!("{field}.{f}");
                    if !out.iter().any(|(o, _)| *o == text) {
                        out.push((text, format!("{m} part-way through the step")));
                    }
                }
            }
        }
        // A modification's own pose is a picture too: it rests where the key picture does.
        for (precaution, pose) in &self.modifications {
            let on = self.modification_contacts();
            for (f, m) in floor_problems(pose, self, on, None, keep) {
                out.push((format!("modifications.{precaution}.{f}"), m));
            }
        }
        out
    }
}
