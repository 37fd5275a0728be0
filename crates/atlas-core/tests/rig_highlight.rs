//! The lit muscle lies on the body (issue 22, item 4): in every guide's start and keyframes,
//! on both sides, as the stills and the player draw it, each lit muscle's line runs inside the
//! figure's outline (within some drawn part) between its attachments and never below the floor
//! line, and its belly is big enough to see on a phone.
#![cfg(feature = "toml")]

mod common;

use atlas_core::rig::belly::stations;
use atlas_core::rig::silhouette::taper;
use atlas_core::rig::{figure_lit, Figure, Ground, Guide, Limb, Pose, Side};

/// The points of a muscle's line: an SVG polyline as the core writes it (`M x y`, then `l dx dy`
/// relative steps, numbers in the shortest form: `-.5`, `1.2-3`).
fn points(d: &str) -> Vec<(f32, f32)> {
    let mut nums: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in d.chars() {
        let starts_new = c == '-' || (c == '.' && cur.contains('.'));
        if c.is_ascii_digit() || c == '.' || c == '-' {
            if starts_new && !cur.is_empty() {
                nums.push(std::mem::take(&mut cur));
            }
            cur.push(c);
        } else if !cur.is_empty() {
            nums.push(std::mem::take(&mut cur));
        }
    }
    nums.extend((!cur.is_empty()).then_some(cur));
    let nums: Vec<f32> = nums.iter().map(|n| n.parse().expect("a number")).collect();
    let mut out: Vec<(f32, f32)> = Vec::new();
    for c in nums.chunks_exact(2) {
        let next = match out.last() {
            None => (c[0], c[1]),
            Some(at) => (at.0 + c[0], at.1 + c[1]),
        };
        out.push(next);
    }
    out
}

/// Distance from `p` to the segment `a`-`b`.
fn to_segment(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let ((x, y), _) = nearest_on(p, a, b);
    (p.0 - x).hypot(p.1 - y)
}

/// The point of segment `a`-`b` nearest `p`, and how far along the segment it lies (0..=1).
fn nearest_on(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> ((f32, f32), f32) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 1e-6 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    ((a.0 + t * dx, a.1 + t * dy), t)
}

/// How far `p` lies outside the part `l` (negative inside): its distance from the part's
/// axis less half its drawn width.
fn outside(p: (f32, f32), l: &Limb) -> f32 {
    let d = match l.points.len() {
        0 => f32::INFINITY,
        1 => (p.0 - l.points[0].0).hypot(p.1 - l.points[0].1),
        _ => l
            .points
            .windows(2)
            .map(|w| to_segment(p, w[0], w[1]))
            .fold(f32::INFINITY, f32::min),
    };
    d - l.width / 2.0
}

/// How far `p` lies outside the part `l` as drawn, narrowing toward its end by its taper
/// (negative inside).
fn outside_tapered(p: (f32, f32), l: &Limb) -> f32 {
    if l.points.len() < 2 {
        return outside(p, l);
    }
    let last = (l.points.len() - 1) as f32;
    let narrow = taper(l.part) - 1.0;
    l.points
        .windows(2)
        .enumerate()
        .map(|(i, w)| {
            let ((x, y), t) = nearest_on(p, w[0], w[1]);
            let half = l.width / 2.0 * (1.0 + narrow * (i as f32 + t) / last);
            (p.0 - x).hypot(p.1 - y) - half
        })
        .fold(f32::INFINITY, f32::min)
}

/// Points every centimetre along a polyline.
fn along(pts: &[(f32, f32)]) -> Vec<(f32, f32)> {
    let mut out = Vec::new();
    for w in pts.windows(2) {
        let len = (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1);
        let n = (len.ceil() as usize).max(1);
        for i in 0..n {
            let t = i as f32 / n as f32;
            out.push((
                w[0].0 + t * (w[1].0 - w[0].0),
                w[0].1 + t * (w[1].1 - w[0].1),
            ));
        }
    }
    out.extend(pts.last());
    out
}

/// The problems of one drawn figure: a muscle point outside every part, or below the floor.
fn problems(fig: &Figure, what: &str) -> Vec<String> {
    let mut out = Vec::new();
    let head = |p: (f32, f32)| (p.0 - fig.head.cx).hypot(p.1 - fig.head.cy) - fig.head.r;
    for m in &fig.muscles {
        let line = points(&m.path);
        let worst = along(&line)
            .into_iter()
            .map(|p| {
                let o = fig
                    .limbs
                    .iter()
                    .map(|l| outside(p, l))
                    .fold(head(p), f32::min);
                (o, p)
            })
            .fold((f32::NEG_INFINITY, (0.0, 0.0)), |a, b| {
                if b.0 > a.0 {
                    b
                } else {
                    a
                }
            });
        if worst.0 > TOLERANCE {
            out.push(format!(
                "{what}: {} {:?} runs {:.1} cm outside the body at {:?}",
                m.muscle.id(),
                m.side,
                worst.0,
                worst.1
            ));
        }
        if let Ground::Line { y, .. } = fig.ground {
            let low = line.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max);
            if low > y + TOLERANCE {
                out.push(format!(
                    "{what}: {} {:?} reaches {:.1} cm below the floor",
                    m.muscle.id(),
                    m.side,
                    low - y
                ));
            }
        }
        // The belly, not only its line: each station lies inside some part by the belly's
        // half-width there, and above the floor by it (reader 13 saw the bridge's belly stand
        // past the thigh's outline and hip rocks' in the floor).
        let halves = stations(&line, m.intensity);
        for (p, st) in line.iter().zip(&halves) {
            let o = fig
                .limbs
                .iter()
                .map(|l| outside_tapered(*p, l))
                .fold(head(*p), f32::min);
            if o + st.half > TOLERANCE {
                out.push(format!(
                    "{what}: {} {:?}'s belly stands {:.1} cm outside the body at {p:?}",
                    m.muscle.id(),
                    m.side,
                    o + st.half
                ));
            }
            if let Ground::Line { y, .. } = fig.ground {
                if p.1 + st.half > y + TOLERANCE {
                    out.push(format!(
                        "{what}: {} {:?}'s belly reaches {:.1} cm into the floor at {p:?}",
                        m.muscle.id(),
                        m.side,
                        p.1 + st.half - y
                    ));
                }
            }
        }
        let length: f32 = line
            .windows(2)
            .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
            .sum();
        if length < SHORTEST {
            out.push(format!(
                "{what}: {} {:?} is drawn only {length:.1} cm long",
                m.muscle.id(),
                m.side
            ));
        }
    }
    out
}

/// Slack (cm) for the outline's taper, the one-decimal paths and a straight chord between two
/// kept points cutting a bent part's inner corner (the belly drawn through them is smooth).
const TOLERANCE: f32 = 0.8;

/// The shortest a lit muscle's line may be drawn (cm, SVG units). With the belly at least 4 cm
/// wide, a muscle seen end-on still shows as a mark of about 8 by 8 px on a 390 px phone
/// showing a 2 m figure; a small muscle foreshortened by the view (gluteus minimus seen from
/// beyond the feet) is about 5 cm long on the screen.
const SHORTEST: f32 = 4.0;

fn poses(g: &Guide) -> Vec<(String, Pose)> {
    (0..=g.keyframes.len())
        .map(|p| (format!("phase {p}"), g.pose_at(p)))
        .collect()
}

#[test]
fn every_lit_muscle_lies_inside_the_body_and_above_the_floor() {
    let mut all = Vec::new();
    for g in common::load_guide_assets() {
        for (phase, pose) in poses(&g) {
            for (side, pose) in [(Side::Left, pose), (Side::Right, pose.mirrored())] {
                let fig = figure_lit(&pose, g.view, &g.muscles, None);
                all.extend(problems(&fig, &format!("{} {phase} {side:?}", g.stretch)));
            }
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn a_muscle_drawn_off_the_body_or_under_the_floor_is_found() {
    // The check itself: a line moved 30 cm below a standing figure's floor is refused.
    let g = common::load_guide_assets()
        .into_iter()
        .find(|g| g.stretch == "standing-quad")
        .expect("standing-quad");
    let mut fig = figure_lit(&g.base, g.view, &g.muscles, None);
    assert!(problems(&fig, "as drawn").is_empty());
    let m = fig.muscles.first_mut().expect("a lit muscle");
    let line = points(&m.path);
    let (x, y) = line[0];
    m.path = format!("M{x} {y}l0 {}", 30.0 - y);
    let found = problems(&fig, "moved");
    assert!(
        found.iter().any(|p| p.contains("outside the body"))
            && found.iter().any(|p| p.contains("below the floor")),
        "{found:?}"
    );
}

/// How far `p` lies on the floor's side of the line through `a` and `b` (cm; negative on the
/// ceiling's side). SVG y grows toward the floor.
fn floor_side(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = dx.hypot(dy);
    // The unit normal of the axis that points down the screen, toward the floor.
    let (nx, ny) = if dx >= 0.0 {
        (-dy / len, dx / len)
    } else {
        (dy / len, -dx / len)
    };
    (p.0 - a.0) * nx + (p.1 - a.1) * ny
}

#[test]
fn the_bridge_lights_the_buttock_and_the_back_of_the_thigh() {
    // Reader 6 took the bridge's lit muscle for a hip flexor: gluteus maximus ran from the
    // sacrum straight to the femur's axis, across the hip's crease. At the top of a bridge
    // the back of the thigh and the buttock face the floor, so the worked muscles' bellies lie
    // on the floor's half of the near thigh (reader 13 still saw the front: the belly stood
    // past the outline, kept only by its line).
    let g = common::load_guide_assets()
        .into_iter()
        .find(|g| g.stretch == "bridge")
        .expect("bridge");
    let key = atlas_core::rig::still::key_pose(&g, true);
    for (side, pose, start) in [
        (Side::Left, key, g.base),
        (Side::Right, key.mirrored(), g.base.mirrored()),
    ] {
        let fig = atlas_core::rig::figure_working(&pose, g.view, &g.muscles, Some(side), &start);
        let thigh = fig
            .limbs
            .iter()
            .find(|l| l.part == atlas_core::rig::shapes::Part::Thigh && l.side == Some(side))
            .expect("the near thigh");
        let (hip, knee) = (thigh.points[0], thigh.points[thigh.points.len() - 1]);
        let lit: Vec<_> = fig.muscles.iter().filter(|m| m.side == side).collect();
        assert_eq!(lit.len(), 2, "gluteus maximus and the hamstrings, {side:?}");
        for m in lit {
            let line = points(&m.path);
            for (p, st) in line.iter().zip(stations(&line, m.intensity)) {
                // Its edge toward the sky: how far the belly reaches on the floor's side.
                let top = floor_side(*p, hip, knee) - st.half;
                assert!(
                    top >= -1.0,
                    "{} {side:?}: the belly at {p:?} reaches {:.1} cm past the thigh's axis \
                     {hip:?}-{knee:?} toward the sky; it must lie on the back of the thigh",
                    m.muscle.id(),
                    -top
                );
            }
        }
    }
}
