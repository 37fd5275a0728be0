//! Putting a guide on the floor: every phase (the base, then each keyframe's end) is solved so
//! its declared contacts rest on the floor, and a contact that carries on from the phase
//! before is anchored where it was, so it cannot slide. Each step also gets a solved halfway
//! pose, so the interpolated motion keeps held contacts down and lifts moving ones clear.
//! A modification's own pose rests on the key picture's contacts.

use super::contact::{Contact, ContactPoint};
use super::guide::{Guide, View};
use super::kinematics::forward;
use super::pose::Pose;
use super::solve::{solve, Anchor};
use super::surface::drawn_parts;

/// Where each contact of a pose is, on the drawn body.
pub fn contact_points(
    pose: &Pose,
    view: View,
    contacts: &[Contact],
) -> Vec<(Contact, Vec<ContactPoint>)> {
    let body = forward(pose);
    let parts = drawn_parts(&body, view);
    contacts
        .iter()
        .map(|c| (*c, c.points(&body, &parts)))
        .collect()
}

/// The anchors of the `held` contacts: where they are in `pose`.
fn anchors(pose: &Pose, view: View, held: &[Contact]) -> Vec<Anchor> {
    contact_points(pose, view, held)
        .into_iter()
        .map(|(contact, ps)| Anchor {
            contact,
            at: ps.iter().map(|p| p.at).collect(),
        })
        .collect()
}

impl Guide {
    /// The guide with every phase's pose solved for its contacts, and each step's halfway
    /// pose. A guide without contacts is returned unchanged.
    pub fn grounded(&self) -> Guide {
        let mut out = self.clone();
        if self.contacts.is_empty() && self.keyframes.iter().all(|k| k.contacts.is_none()) {
            return out;
        }
        out.base = solve(&self.base, self.view, &self.contacts, &[]);
        let mut previous = out.base;
        let mut previous_written = (self.base, self.contacts.clone());
        for i in 0..self.keyframes.len() {
            let Some(written) = self.keyframes.get(i).map(|k| k.pose) else {
                continue;
            };
            let contacts = self.contacts_at(i + 1).to_vec();
            let held = self.held_at(i + 1);
            let fixed = anchors(&previous, self.view, &held);
            // A step back to the start (a loop's end, a release) lands exactly on the start,
            // and a pause (the same pose again) does not move.
            let solved = if written == self.base && contacts == self.contacts {
                out.base
            } else if (written, &contacts) == (previous_written.0, &previous_written.1) {
                previous
            } else {
                solve(&written, self.view, &contacts, &fixed)
            };
            let via = (solved != previous && !held.is_empty())
                .then(|| solve(&previous.lerp(&solved, 0.5), self.view, &held, &fixed));
            if let Some(k) = out.keyframes.get_mut(i) {
                k.pose = solved;
                k.via = via;
            }
            previous = solved;
            previous_written = (written, contacts);
        }
        // A modification's pose is the key picture as the modification has it, drawn beside
        // its words: it rests on the floor where the key picture does.
        let contacts = self.modification_contacts();
        for pose in out.modifications.values_mut() {
            *pose = solve(pose, self.view, contacts, &[]);
        }
        out
    }
}
