//! The contact solver: a small inverse-kinematics step that moves the root (position, pitch,
//! roll) and the contacts' limb chains so the declared contacts rest on one floor, stay where
//! they were placed (no sliding), and nothing else dips below that floor.
//!
//! Damped least squares (Levenberg–Marquardt) on a numeric Jacobian: the rig is small and this
//! runs when guides load (build script and tests), never per animation frame. Each joint's
//! stiffness says how much the solver would rather move it than leave a contact a centimetre
//! off (a modelling choice): the root moves first, then the distal joints, the spine least, so
//! the stretch the author wrote keeps its shape.

use super::contact::Contact;
use super::guide::View;
use super::joints::{Joint, LUMBAR_TOTAL_LIMITS, THORACIC_TOTAL_LIMITS};
use super::kinematics::forward;
use super::math::Vec3;
use super::pose::Pose;
use super::surface::{drawn_parts, head};

/// Slack (cm) a non-contact part may sit below the contacts before the solver pushes it up.
const SLACK: f64 = 0.5;

/// Residual weight per cm of contact error (lift, slide, a part below the floor).
const CONTACT_WEIGHT: f64 = 6.0;

/// A contact's points placed earlier (their world positions), which it must not slide from.
#[derive(Clone, Debug, PartialEq)]
pub struct Anchor {
    /// The contact.
    pub contact: Contact,
    /// World positions of its points (only the horizontal parts count).
    pub at: Vec<Vec3>,
}

/// Residual weight per degree (per cm for the root position) of moving a joint away from
/// what the guide wrote, against 1 per cm of contact error.
fn stiffness(j: Joint) -> f64 {
    use Joint::*;
    match j {
        RootX => 0.01,
        RootPitch => 0.04,
        RootRoll => 0.15,
        PelvisTilt => 0.3,
        HipFlex(_) | HipAbd(_) | HipRot(_) => 0.3,
        ThoracicLowerFlex | ThoracicUpperFlex => 0.1,
        KneeFlex(_) => 0.3,
        Ankle(_) | ShoulderFlex(_) | ShoulderAbd(_) => 0.05,
        ElbowFlex(_) => 0.15,
        Wrist(_) => 0.03,
        NeckFlex => 0.08,
        _ => 0.5,
    }
}

/// The joints the solver may move for these contacts. In a side view only joints that move
/// in the drawing plane are free: turning a leg out to lower a foot would read as a trick.
pub fn free_joints(contacts: &[Contact], view: View) -> Vec<Joint> {
    use Joint::*;
    let mut v = vec![RootX, RootPitch, RootRoll];
    for c in contacts {
        for j in c.chain() {
            if !v.contains(&j) {
                v.push(j);
            }
        }
    }
    if view == View::Sagittal {
        v.retain(|j| !matches!(j, RootRoll | HipAbd(_) | HipRot(_) | ShoulderAbd(_)));
    }
    v
}

/// Every residual of a pose: contact heights against their mean, anchors, parts below the
/// floor, the head's facing, and each free joint's distance from the written pose.
fn residuals(
    pose: &Pose,
    written: &Pose,
    view: View,
    contacts: &[Contact],
    anchors: &[Anchor],
    free: &[Joint],
) -> Vec<f64> {
    let body = forward(pose);
    let parts = drawn_parts(&body, view);
    let mut r = Vec::new();
    let placed: Vec<(Contact, Vec<super::contact::ContactPoint>)> = contacts
        .iter()
        .map(|c| (*c, c.points(&body, &parts)))
        .collect();
    let heights: Vec<f64> = placed
        .iter()
        .flat_map(|(_, ps)| ps.iter().map(|p| p.height))
        .collect();
    let mean = heights.iter().sum::<f64>() / heights.len().max(1) as f64;
    r.extend(heights.iter().map(|h| CONTACT_WEIGHT * (h - mean)));
    let floor = heights.iter().copied().fold(f64::INFINITY, f64::min);
    if floor.is_finite() {
        for d in &parts {
            for i in 0..d.points.len() {
                let low = d.low_at(i).unwrap_or(floor);
                r.push(CONTACT_WEIGHT * (floor - SLACK - low).max(0.0));
            }
        }
        let (c, rad) = head(&body);
        r.push(CONTACT_WEIGHT * (floor - SLACK - (c.y - rad)).max(0.0));
    }
    for a in anchors {
        if let Some((_, ps)) = placed.iter().find(|(c, _)| *c == a.contact) {
            for (p, at) in ps.iter().zip(&a.at) {
                r.push(CONTACT_WEIGHT * (p.at.x - at.x));
                r.push(CONTACT_WEIGHT * (p.at.z - at.z));
            }
        }
    }
    for c in contacts {
        r.push(CONTACT_WEIGHT * c.facing_error(&body));
    }
    // Whole-spine limits are sums of joints, which clamping each joint does not keep.
    let totals = [
        (
            pose.thoracic_flexion(),
            THORACIC_TOTAL_LIMITS.1,
            THORACIC_TOTAL_LIMITS.2,
        ),
        (
            pose.lumbar_flexion(),
            LUMBAR_TOTAL_LIMITS[0].1,
            LUMBAR_TOTAL_LIMITS[0].2,
        ),
    ];
    r.extend(
        totals
            .iter()
            .map(|(v, lo, hi)| 10.0 * ((lo - v).max(0.0) + (v - hi).max(0.0))),
    );
    r.extend(
        free.iter()
            .map(|j| stiffness(*j) * (pose.get(*j) - written.get(*j))),
    );
    r
}

fn cost(r: &[f64]) -> f64 {
    r.iter().map(|x| x * x).sum()
}

/// Solves `written` so `contacts` rest on the floor without sliding from `anchors`. Returns
/// the written pose unchanged when there is nothing to solve.
pub fn solve(written: &Pose, view: View, contacts: &[Contact], anchors: &[Anchor]) -> Pose {
    if contacts.is_empty() {
        return *written;
    }
    let free = free_joints(contacts, view);
    let res = |p: &Pose| residuals(p, written, view, contacts, anchors, &free);
    let mut pose = *written;
    let mut r = res(&pose);
    let mut mu = 1.0;
    for _ in 0..120 {
        let c0 = cost(&r);
        if c0 < 1e-4 {
            break;
        }
        // Numeric Jacobian, one forward difference per free joint.
        let h = 0.25;
        let cols: Vec<Vec<f64>> = free
            .iter()
            .map(|j| {
                let stepped = pose.with(*j, pose.get(*j) + h);
                let rs = res(&stepped);
                r.iter()
                    .zip(rs.iter().chain(std::iter::repeat(&0.0)))
                    .map(|(a, b)| (b - a) / h)
                    .collect()
            })
            .collect();
        let n = free.len();
        let mut a = vec![vec![0.0; n]; n];
        let mut g = vec![0.0; n];
        for i in 0..n {
            for k in 0..n {
                a[i][k] = dot(&cols[i], &cols[k]);
            }
            g[i] = -dot(&cols[i], &r);
        }
        let mut improved = false;
        for _ in 0..8 {
            let mut damped = a.clone();
            for (i, row) in damped.iter_mut().enumerate() {
                row[i] += mu * (1.0 + a[i][i]);
            }
            let Some(step) = solve_linear(damped, g.clone()) else {
                mu *= 4.0;
                continue;
            };
            let mut trial = pose;
            for (j, d) in free.iter().zip(&step) {
                let (lo, hi) = j.limits();
                trial.set(*j, crate::bounds::within(pose.get(*j) + d, lo, hi));
            }
            let rt = res(&trial);
            if cost(&rt) < c0 {
                pose = trial;
                r = rt;
                mu = (mu / 3.0).max(1e-6);
                improved = true;
                break;
            }
            mu *= 4.0;
        }
        if !improved {
            break;
        }
    }
    rounded(within_thoracic_total(pose))
}

/// The pose rounded to a hundredth of a degree (or cm): finer than anything drawn, and a
/// value that survives the JSON and binary bundles exactly.
fn rounded(mut pose: Pose) -> Pose {
    for j in Joint::all() {
        pose.set(j, (pose.get(j) * 100.0).round() / 100.0);
    }
    pose
}

/// The pose with any excess of the thoracic total (the penalty leaves a hair over) taken
/// evenly off its two segments.
fn within_thoracic_total(mut pose: Pose) -> Pose {
    let (_, lo, hi) = THORACIC_TOTAL_LIMITS;
    let total = pose.thoracic_flexion();
    let excess = (total - hi).max(0.0) - (lo - total).max(0.0);
    for j in [Joint::ThoracicLowerFlex, Joint::ThoracicUpperFlex] {
        pose.set(j, pose.get(j) - excess / 2.0);
    }
    pose
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Gaussian elimination with partial pivoting; `None` when the system is singular.
fn solve_linear(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|x, y| a[*x][col].abs().total_cmp(&a[*y][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        let pivot_row = a[col].clone();
        for row in col + 1..n {
            let f = a[row][col] / pivot_row[col];
            for (cell, p) in a[row].iter_mut().zip(&pivot_row).skip(col) {
                *cell -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    Some(x)
}
