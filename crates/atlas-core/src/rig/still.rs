//! The one pose a still picture of a guide shows: the keyframe the guide names as its key
//! picture (`key = <index>` in its TOML), else the hold of a held stretch, or, for a move
//! paced by the breath (which has no hold and ends where it began), the keyframe where the
//! guide's muscles are most lit. For a strengthening exercise that is its top, where the
//! worked muscles are shortest; for a stretch, where they are longest.

use super::guide::{Guide, View};
use super::joints::Side;
use super::muscles::{intensity, working_intensity};
use super::pose::Pose;

/// The pose to draw a guide's still in. `working` is true for a strengthening exercise, whose
/// muscles light as they shorten from the start rather than as they lengthen.
pub fn key_pose(guide: &Guide, working: bool) -> Pose {
    key_index(guide, working)
        .and_then(|i| guide.keyframes.get(i))
        .map_or(guide.base, |k| k.pose)
}

/// The keyframe a guide's still shows (see [`key_pose`]); `None` only for a guide without
/// keyframes.
pub fn key_index(guide: &Guide, working: bool) -> Option<usize> {
    if let Some(key) = guide.key.filter(|k| *k < guide.keyframes.len()) {
        return Some(key);
    }
    if let Some(hold) = guide.hold_index() {
        return Some(hold);
    }
    let lit = |pose: &Pose| -> f64 {
        guide
            .muscles
            .iter()
            .flat_map(|m| [Side::Left, Side::Right].map(|side| (*m, side)))
            .map(|(m, side)| {
                if working {
                    working_intensity(m, side, pose, &guide.base)
                } else {
                    intensity(m, side, pose)
                }
            })
            .sum()
    };
    // The first of equally lit keyframes, so a pause at the top picks the move's own top.
    let mut best: Option<(f64, usize)> = None;
    for (i, pose) in guide.keyframes.iter().map(|k| k.pose).enumerate() {
        let score = lit(&pose);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The side whose muscles a still lights (`None`: both). A move done on each side lights the
/// side its guide is written for (the left), not the resting side as faint extra shapes; a
/// move of both sides at once lights both where the view shows both (the butterfly's two
/// inner thighs, seen from the front), and the near side where the far one only repeats it
/// behind the body (cat-cow or the bridge seen from the side).
pub fn lit_side(guide: &Guide, each_side: bool) -> Option<Side> {
    let both_seen = matches!(guide.view, View::Frontal | View::Top | View::ThreeQuarter);
    (each_side || !both_seen).then_some(Side::Left)
}

/// The least lighting (a share of a comfortable end-of-range stretch, as [`intensity`]
/// measures it) at which a stretch's muscle is lit in a still: the share a moving guide's
/// muscles must reach to count as lengthened at all (`crosscheck::lengthens`).
pub const STILL_LIT: f64 = 0.25;

/// The muscles a still of `guide` in `pose` lights on `side` (both when `None`): for a
/// stretch, those of the guide's muscles that this pose really lengthens (at least
/// [`STILL_LIT`]); a guide's muscles are the ones its hold lengthens, and a key picture that is
/// not the hold (figure-4's crossed ankle, before the legs are drawn in) drew the hamstrings,
/// which only the hold lengthens, as a lit strip along the thigh (reader 12). All of them when
/// the pose lengthens none (as the player draws them, faint), and for an exercise, whose
/// worked muscles light as they shorten.
pub fn still_muscles(
    guide: &Guide,
    pose: &Pose,
    side: Option<Side>,
    working: bool,
) -> Vec<super::muscles::MuscleId> {
    if working {
        return guide.muscles.clone();
    }
    let sides = side.map_or(vec![Side::Left, Side::Right], |s| vec![s]);
    let lit: Vec<_> = guide
        .muscles
        .iter()
        .copied()
        .filter(|m| sides.iter().any(|s| intensity(*m, *s, pose) >= STILL_LIT))
        .collect();
    if lit.is_empty() {
        guide.muscles.clone()
    } else {
        lit
    }
}
