//! The lumbopelvic model: the published numbers (Esola 1996), its properties over a grid of
//! bends and hip capacities, the stride case, and the figure's poses (feet planted).

use atlas_core::lumbopelvic::{
    bend_pose, rhythm, stride_pose, Load, Movement, Share, MAX_BEND, MAX_HIP_FLEXION, MAX_STRIDE,
    NORMAL_HIP_EXTENSION, NORMAL_HIP_FLEXION, STRAINED_LUMBAR_EXTENSION, STRAINED_LUMBAR_FLEXION,
    TIGHT_HIP_FLEXION,
};
use atlas_core::rig::figure::Limb;
use atlas_core::rig::math::Vec3;
use atlas_core::rig::shapes::Part;
use atlas_core::rig::skeleton::Segment;
use atlas_core::rig::{figure, forward, Pose, Side, View};

const BEND: Movement = Movement::Bend;
const STRIDE: Movement = Movement::Stride;

/// Requests 0, 0.5, 1, … up to the movement's largest.
fn requests(m: Movement) -> impl Iterator<Item = f64> {
    let steps = (m.max_request() * 2.0) as usize;
    (0..=steps).map(|i| i as f64 / 2.0)
}

/// Capacities 0, 1, … up to a little past the hip's full range.
fn capacities(m: Movement) -> impl Iterator<Item = f64> {
    let top = match m {
        Movement::Bend => MAX_HIP_FLEXION,
        Movement::Stride => NORMAL_HIP_EXTENSION,
    };
    (0..=(top as usize + 5)).map(|c| c as f64)
}

#[test]
fn a_normal_full_bend_is_about_42_lumbar_and_69_hip() {
    let s = BEND.share(MAX_BEND, NORMAL_HIP_FLEXION);
    assert!((s.lumbar - 42.0).abs() < 1.0, "lumbar {}", s.lumbar);
    assert!((s.hip - 69.0).abs() < 2.0, "hip {}", s.hip);
    assert_eq!(s.unreached, 0.0);
    // Esola's mean full bend, 111: 42 + 69.
    let (hip, lumbar) = rhythm(111.0);
    assert!((hip - 69.0).abs() < 1.0 && (lumbar - 42.0).abs() < 1.0);
    // About 37 % lumbar / 63 % hip.
    assert!((s.lumbar_fraction() - 0.37).abs() < 0.02);
}

#[test]
fn the_phase_ratios_are_esolas() {
    let at = |t: f64| BEND.share(t, NORMAL_HIP_FLEXION);
    let ratio = |a: Share, b: Share| (b.lumbar - a.lumbar) / (b.hip - a.hip);
    let early = ratio(at(0.0), at(30.0));
    let middle = ratio(at(30.0), at(60.0));
    let late = ratio(at(60.0), at(90.0));
    assert!((early - 1.9).abs() < 0.05, "early {early}");
    assert!((middle - 0.9).abs() < 0.05, "middle {middle}");
    assert!((late - 0.4).abs() < 0.05, "late {late}");
    // The lumbar spine leads early; the hips carry the end.
    assert!(at(20.0).lumbar > at(20.0).hip);
    assert!(at(MAX_BEND).hip > at(MAX_BEND).lumbar);
}

#[test]
fn every_share_adds_up_and_keeps_its_limits() {
    for m in Movement::ALL {
        for cap in capacities(m) {
            for t in requests(m) {
                let s = m.share(t, cap);
                let sum = s.hip + s.lumbar + s.unreached;
                assert!((sum - t).abs() < 1e-9, "{m:?} {t} {cap}: {s:?}");
                if s.unreached == 0.0 {
                    assert!((s.reached() - t).abs() < 1e-9);
                }
                assert!(s.hip <= s.capacity + 1e-9 && s.hip >= 0.0);
                assert!(s.lumbar >= 0.0 && s.lumbar <= m.strained_limit() + 1e-9);
                assert!(s.unreached >= 0.0);
                // Something is out of reach only when the low back is at its strained limit.
                if s.unreached > 0.0 {
                    assert!((s.lumbar - m.strained_limit()).abs() < 1e-9);
                }
            }
        }
    }
}

#[test]
fn less_hip_capacity_never_lowers_the_lumbar_share() {
    for m in Movement::ALL {
        for t in requests(m) {
            let mut previous: Option<Share> = None;
            // From free hips down to none.
            for cap in capacities(m).collect::<Vec<_>>().into_iter().rev() {
                let s = m.share(t, cap);
                if let Some(p) = previous {
                    assert!(s.lumbar >= p.lumbar - 1e-9, "{m:?} {t}: {p:?} → {s:?}");
                    assert!(s.unreached >= p.unreached - 1e-9);
                    assert!(s.load() >= p.load());
                }
                previous = Some(s);
            }
        }
    }
}

#[test]
fn the_shares_grow_with_the_movement() {
    for m in Movement::ALL {
        for cap in capacities(m) {
            let mut previous: Option<Share> = None;
            for t in requests(m) {
                let s = m.share(t, cap);
                if let Some(p) = previous {
                    assert!(s.hip >= p.hip - 1e-9, "{m:?} cap {cap}: {p:?} → {s:?}");
                    assert!(s.lumbar >= p.lumbar - 1e-9);
                    assert!(s.unreached >= p.unreached - 1e-9);
                    assert!(s.reached() >= p.reached() - 1e-9);
                }
                previous = Some(s);
            }
        }
    }
}

#[test]
fn free_hips_keep_the_usual_share_and_tight_hips_strain_the_low_back() {
    for m in Movement::ALL {
        for t in requests(m) {
            let free = m.share(t, m.normal_capacity());
            assert_eq!(free.load(), Load::Usual, "{m:?} {t}");
            assert_eq!(free.extra_lumbar(), 0.0);
            assert!(!free.out_of_reach());
        }
        let tight = m.share(m.max_request(), m.tight_capacity());
        assert_eq!(tight.load(), Load::Strained, "{m:?}");
        assert!(tight.extra_lumbar() > 5.0);
    }
    // Tight hips in a full bend: the hip stops at its capacity, the low back reaches its
    // strained limit, and the last part of the bend is out of reach (Eur Spine J 2019: less hip
    // flexion, a higher lumbar share).
    let free = BEND.share(MAX_BEND, NORMAL_HIP_FLEXION);
    let tight = BEND.share(MAX_BEND, TIGHT_HIP_FLEXION);
    assert_eq!(tight.hip, TIGHT_HIP_FLEXION);
    assert_eq!(tight.lumbar, STRAINED_LUMBAR_FLEXION);
    assert!(tight.out_of_reach());
    assert!(tight.lumbar_fraction() > free.lumbar_fraction());
    // Early in the bend tight hips change nothing: the lumbar spine leads anyway.
    let (early_tight, early_free) = (BEND.share(20.0, TIGHT_HIP_FLEXION), BEND.share(20.0, 69.0));
    assert_eq!(
        (early_tight.hip, early_tight.lumbar),
        (early_free.hip, early_free.lumbar)
    );
    // Working harder before strained: a little past where the tight hip stops (at about 80).
    let more = BEND.share(82.0, TIGHT_HIP_FLEXION);
    assert_eq!(more.load(), Load::More, "{more:?}");
}

#[test]
fn the_stride_meets_tight_hip_flexors_with_pelvic_tilt_and_lumbar_extension() {
    // Free hips extend as far as the stride asks, up to 10–15 degrees.
    let s = STRIDE.share(12.0, NORMAL_HIP_EXTENSION);
    assert_eq!((s.hip, s.lumbar, s.pelvic_tilt()), (12.0, 0.0, 0.0));
    // Tight hip flexors: the pelvis tilts forward and the low back extends by the rest.
    let s = STRIDE.share(12.0, 5.0);
    assert_eq!((s.hip, s.lumbar, s.pelvic_tilt()), (5.0, 7.0, 7.0));
    assert_eq!(s.load(), Load::Strained);
    // A hip that cannot pass neutral: the whole stride comes from the pelvis and low back, up
    // to the strained limit.
    let s = STRIDE.share(MAX_STRIDE, 0.0);
    assert_eq!(s.lumbar, STRAINED_LUMBAR_EXTENSION.min(MAX_STRIDE));
    // In a bend the pelvis's rotation is the hip's share, not a separate tilt.
    assert_eq!(BEND.share(80.0, 30.0).pelvic_tilt(), 0.0);
}

#[test]
fn requests_and_capacities_outside_the_range_are_kept_within_it() {
    assert_eq!(BEND.share(500.0, 69.0), BEND.share(MAX_BEND, 69.0));
    assert_eq!(BEND.share(-5.0, 69.0).reached(), 0.0);
    assert_eq!(BEND.share(60.0, -3.0), BEND.share(60.0, 0.0));
    assert_eq!(STRIDE.share(f64::NAN, 15.0).reached(), 0.0);
    assert!(BEND.share(60.0, f64::NAN).hip.is_finite());
}

// ---- The figure's poses ----

fn feet(pose: &Pose) -> Vec<Limb> {
    figure(pose, View::Sagittal)
        .limbs
        .into_iter()
        .filter(|l| l.part == Part::Foot)
        .collect()
}

/// The lowest drawn point of a limb (SVG y grows downward).
fn bottom(l: &Limb) -> f32 {
    l.points
        .iter()
        .map(|(_, y)| y + l.width / 2.0)
        .fold(f32::MIN, f32::max)
}

/// The angle (degrees) a segment's long axis leans forward from the vertical.
fn lean(pose: &Pose, s: Segment) -> f64 {
    let up = forward(pose)
        .frame(s)
        .rotation
        .apply(Vec3::new(0.0, 1.0, 0.0));
    up.x.atan2(up.y).to_degrees()
}

#[test]
fn the_bending_figure_keeps_its_feet_planted() {
    let standing = feet(&Pose::neutral());
    for cap in [NORMAL_HIP_FLEXION, TIGHT_HIP_FLEXION, 20.0] {
        for t in requests(BEND) {
            let s = BEND.share(t, cap);
            let pose = bend_pose(&s);
            assert!(
                pose.violations().is_empty(),
                "{t} {cap}: {:?}",
                pose.violations()
            );
            let now = feet(&pose);
            for (a, b) in standing.iter().zip(&now) {
                for (p, q) in a.points.iter().zip(&b.points) {
                    assert!(
                        (p.0 - q.0).abs() < 0.2 && (p.1 - q.1).abs() < 0.2,
                        "{t} {cap}: the feet moved from {:?} to {:?}",
                        a.points,
                        b.points
                    );
                }
            }
            // Nothing (a hand, the head) goes below the soles.
            let lowest = figure(&pose, View::Sagittal).bounds().3;
            let soles = now.iter().map(bottom).fold(f32::MIN, f32::max);
            assert!((lowest - soles).abs() < 0.01, "{t} {cap}");
            // The trunk leans by exactly the angle reached.
            let trunk = lean(&pose, Segment::Thorax);
            assert!((trunk - s.reached()).abs() < 1e-6, "{t}: {trunk}");
            assert!((lean(&pose, Segment::Pelvis) - s.hip).abs() < 1e-6);
        }
    }
}

#[test]
fn the_striding_figure_stays_upright_on_its_toes_and_heel() {
    for cap in [NORMAL_HIP_EXTENSION, 5.0, 0.0] {
        for t in requests(STRIDE) {
            let s = STRIDE.share(t, cap);
            let pose = stride_pose(&s);
            assert!(
                pose.violations().is_empty(),
                "{t} {cap}: {:?}",
                pose.violations()
            );
            // The trunk stays upright; the pelvis tilts forward by the lumbar share.
            assert!(lean(&pose, Segment::Thorax).abs() < 1e-6);
            assert!((lean(&pose, Segment::Pelvis) - s.pelvic_tilt()).abs() < 1e-6);
            // The trailing thigh is behind the vertical by the angle reached: its knee is
            // behind its hip, so its upward axis leans forward by that angle.
            let thigh = lean(&pose, Segment::Thigh(Side::Left));
            assert!((thigh - s.reached()).abs() < 1e-6, "{t}: {thigh}");
            // Both feet touch the floor (the trailing toes, the leading heel).
            let f = feet(&pose);
            let floor = figure(&pose, View::Sagittal).bounds().3;
            for foot in &f {
                assert!(
                    (bottom(foot) - floor).abs() < 0.6,
                    "{t} {cap}: {:?}",
                    foot.points
                );
            }
        }
    }
}

#[test]
fn the_pose_builders_draw_either_movement() {
    let bend = BEND.share(50.0, 40.0);
    let stride = STRIDE.share(10.0, 5.0);
    assert_eq!(stride_pose(&bend), bend_pose(&bend));
    assert_eq!(bend_pose(&stride), stride_pose(&stride));
}
