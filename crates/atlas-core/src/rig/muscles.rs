//! Muscles as attachment points on segments, and their length as a function of the pose.
//!
//! Length model (documented modelling choice): a muscle-tendon unit's length changes with each
//! joint it crosses by `moment_arm × Δangle` (angle in radians), the standard moment-arm
//! relation. Signs come from the muscle's actions in clinical-reference.md: a muscle is
//! lengthened by the opposite of what it does. One interaction term is allowed where the
//! literature reports a moment arm that changes with another joint angle: piriformis turns
//! from an external into an internal rotator as the hip flexes (Delp et al. 1999), which is why
//! the figure-4 position stretches it. Drawn lines still run through the attachment points,
//! because a 2D projection cannot show rotation or abduction faithfully.

use serde::{Deserialize, Serialize};

use super::joints::{Joint, Side};
use super::kinematics::{lateral, Body};
use super::math::Vec3;
use super::pose::Pose;
use super::skeleton::Segment;

/// The shared muscle ids (serialised in kebab case, e.g. `gluteus-maximus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MuscleId {
    /// Gluteus maximus.
    GluteusMaximus,
    /// Gluteus medius.
    GluteusMedius,
    /// Gluteus minimus.
    GluteusMinimus,
    /// Piriformis.
    Piriformis,
    /// Iliopsoas (psoas major and iliacus).
    Iliopsoas,
    /// Rectus femoris.
    RectusFemoris,
    /// Tensor fasciae latae.
    TensorFasciaeLatae,
    /// Adductor group (longus, brevis, magnus).
    Adductors,
    /// Hamstrings (biceps femoris, semitendinosus, semimembranosus).
    Hamstrings,
    /// Quadratus lumborum.
    QuadratusLumborum,
    /// Erector spinae (lumbar part).
    ErectorSpinae,
    /// Multifidus (lumbar part).
    Multifidus,
}

impl MuscleId {
    /// All twelve muscles.
    pub const ALL: [MuscleId; 12] = [
        MuscleId::GluteusMaximus,
        MuscleId::GluteusMedius,
        MuscleId::GluteusMinimus,
        MuscleId::Piriformis,
        MuscleId::Iliopsoas,
        MuscleId::RectusFemoris,
        MuscleId::TensorFasciaeLatae,
        MuscleId::Adductors,
        MuscleId::Hamstrings,
        MuscleId::QuadratusLumborum,
        MuscleId::ErectorSpinae,
        MuscleId::Multifidus,
    ];

    /// The shared string id, e.g. `"gluteus-maximus"`.
    pub fn id(self) -> &'static str {
        use MuscleId::*;
        match self {
            GluteusMaximus => "gluteus-maximus",
            GluteusMedius => "gluteus-medius",
            GluteusMinimus => "gluteus-minimus",
            Piriformis => "piriformis",
            Iliopsoas => "iliopsoas",
            RectusFemoris => "rectus-femoris",
            TensorFasciaeLatae => "tensor-fasciae-latae",
            Adductors => "adductors",
            Hamstrings => "hamstrings",
            QuadratusLumborum => "quadratus-lumborum",
            ErectorSpinae => "erector-spinae",
            Multifidus => "multifidus",
        }
    }

    /// Looks a muscle up by its string id.
    pub fn from_id(id: &str) -> Option<MuscleId> {
        MuscleId::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// A quantity of the pose that a muscle's length depends on, seen from the muscle's side.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Dof {
    HipFlex,
    HipAbd,
    HipExtRot,
    KneeFlex,
    LumbarFlex,
    /// Side bend toward the muscle's own side.
    LumbarBendOwnSide,
    /// Trunk rotation toward the muscle's own side.
    LumbarTurnOwnSide,
}

impl Dof {
    fn radians(self, pose: &Pose, side: Side) -> f64 {
        let deg = match self {
            Dof::HipFlex => pose.get(Joint::HipFlex(side)),
            Dof::HipAbd => pose.get(Joint::HipAbd(side)),
            Dof::HipExtRot => pose.get(Joint::HipRot(side)),
            Dof::KneeFlex => pose.get(Joint::KneeFlex(side)),
            Dof::LumbarFlex => pose.lumbar_flexion(),
            Dof::LumbarBendOwnSide => side.sign() * pose.lumbar_side_bend(),
            Dof::LumbarTurnOwnSide => side.sign() * pose.lumbar_rotation(),
        };
        deg.to_radians()
    }
}

/// A point on a segment, given for the left side (mirrored for the right).
type Attach = (Segment, Vec3);

/// One muscle's model.
struct Model {
    path: Vec<Attach>,
    /// Musculotendon length standing (cm).
    rest: f64,
    /// `(dof, moment arm in cm per radian)`; positive means increasing the angle lengthens.
    arms: &'static [(Dof, f64)],
    /// Interaction `(a, b, cm per radian²)` where a moment arm depends on another angle.
    coupling: Option<(Dof, Dof, f64)>,
    /// Stretch treated as "fully lit" (a comfortable end-of-range stretch).
    full: f64,
}

const fn v(x: f64, y: f64, z: f64) -> Vec3 {
    Vec3::new(x, y, z)
}

// Attachment sides are in the left limb's frame; segments of limbs get their side later.
const L: Side = Side::Left;

fn model(m: MuscleId) -> Model {
    use Dof::*;
    use MuscleId::*;
    use Segment::*;
    match m {
        GluteusMaximus => Model {
            // Posterior ilium and sacrum -> over the buttock -> gluteal tuberosity / iliotibial
            // tract. The via point and the insertion sit behind the hip and the femur, where
            // the belly is: a line straight from the sacrum to the femur's axis crossed the
            // hip's crease and read as a hip flexor in the bridge (reader 6).
            path: vec![
                (Pelvis, v(-10.0, 5.0, 4.0)),
                (Pelvis, v(-9.0, -5.0, 8.0)),
                (Thigh(L), v(-5.0, -12.0, 5.0)),
            ],
            rest: 28.0,
            arms: &[(HipFlex, 6.0), (HipAbd, -1.0), (HipExtRot, -1.5)],
            coupling: None,
            full: 0.4,
        },
        GluteusMedius => Model {
            path: vec![(Pelvis, v(-2.0, 12.0, 12.0)), (Thigh(L), v(0.0, -1.0, 7.0))],
            rest: 15.0,
            arms: &[(HipAbd, -4.0), (HipFlex, 0.5)],
            coupling: None,
            full: 0.2,
        },
        GluteusMinimus => Model {
            path: vec![(Pelvis, v(1.0, 9.0, 11.0)), (Thigh(L), v(2.0, -1.0, 7.0))],
            rest: 11.0,
            arms: &[(HipAbd, -3.5), (HipExtRot, 1.0)],
            coupling: None,
            full: 0.2,
        },
        Piriformis => Model {
            // Anterior sacrum -> top of the greater trochanter.
            path: vec![(Pelvis, v(-7.0, 5.0, 2.0)), (Thigh(L), v(-1.0, 1.0, 7.0))],
            rest: 12.0,
            arms: &[(HipFlex, 1.0), (HipAbd, -1.0), (HipExtRot, -0.8)],
            // Rotation moment arm -0.8 + 1.2 × flexion: external rotator upright, internal
            // rotator beyond ~40 degrees of flexion.
            coupling: Some((HipExtRot, HipFlex, 1.2)),
            full: 0.2,
        },
        Iliopsoas => Model {
            // Lumbar bodies -> over the pubic rim -> lesser trochanter.
            path: vec![
                (L12, v(0.0, 3.0, 3.0)),
                (Pelvis, v(6.0, 1.0, 6.0)),
                (Thigh(L), v(0.0, -6.0, -2.0)),
            ],
            rest: 25.0,
            arms: &[(HipFlex, -3.0), (LumbarFlex, -0.5)],
            coupling: None,
            full: 0.04,
        },
        RectusFemoris => Model {
            // Anterior inferior iliac spine -> over the patella -> tibial tuberosity.
            path: vec![
                (Pelvis, v(4.0, 4.0, 10.0)),
                (Thigh(L), v(6.0, -41.0, 0.0)),
                (Shank(L), v(4.0, -7.0, 0.0)),
            ],
            rest: 40.0,
            arms: &[(HipFlex, -3.5), (KneeFlex, 4.0)],
            coupling: None,
            full: 0.25,
        },
        TensorFasciaeLatae => Model {
            path: vec![(Pelvis, v(4.0, 10.0, 12.0)), (Thigh(L), v(2.0, -14.0, 7.0))],
            rest: 20.0,
            arms: &[(HipFlex, -2.5), (HipAbd, -2.5), (HipExtRot, 0.5)],
            coupling: None,
            full: 0.08,
        },
        Adductors => Model {
            path: vec![
                (Pelvis, v(4.0, -2.0, 3.0)),
                (Thigh(L), v(-1.0, -30.0, -3.0)),
            ],
            rest: 20.0,
            arms: &[(HipAbd, 3.5), (HipFlex, 0.3)],
            coupling: None,
            full: 0.18,
        },
        Hamstrings => Model {
            // Ischial tuberosity -> behind the knee -> fibular head / medial tibia.
            path: vec![
                (Pelvis, v(-6.0, -6.0, 6.0)),
                (Thigh(L), v(-5.0, -38.0, 0.0)),
                (Shank(L), v(-2.0, -5.0, 0.0)),
            ],
            rest: 40.0,
            arms: &[(HipFlex, 5.0), (KneeFlex, -3.0)],
            coupling: None,
            full: 0.2,
        },
        QuadratusLumborum => Model {
            // Posterior iliac crest -> lumbar transverse processes -> 12th rib.
            path: vec![
                (Pelvis, v(-5.0, 14.0, 7.0)),
                (L34, v(-1.0, 3.0, 5.0)),
                (Thorax, v(-3.0, 3.0, 7.0)),
            ],
            rest: 12.0,
            arms: &[(LumbarBendOwnSide, -4.0), (LumbarFlex, 0.5)],
            coupling: None,
            full: 0.14,
        },
        ErectorSpinae => Model {
            path: vec![
                (Pelvis, v(-10.0, 8.0, 3.0)),
                (L34, v(-6.0, 3.0, 3.0)),
                (Thorax, v(-8.0, 14.0, 4.0)),
            ],
            rest: 30.0,
            arms: &[(LumbarFlex, 5.0), (LumbarBendOwnSide, -2.5)],
            coupling: None,
            full: 0.11,
        },
        Multifidus => Model {
            path: vec![
                (Pelvis, v(-9.0, 10.0, 1.5)),
                (L5, v(-6.0, 3.0, 1.5)),
                (L12, v(-6.0, 5.0, 1.5)),
            ],
            rest: 15.0,
            // It turns the trunk to the opposite side, so turning toward its own side
            // lengthens it.
            arms: &[
                (LumbarFlex, 3.5),
                (LumbarBendOwnSide, -1.0),
                (LumbarTurnOwnSide, 1.5),
            ],
            coupling: None,
            full: 0.12,
        },
    }
}

/// Musculotendon length (cm) of one muscle on one side in a pose.
pub fn muscle_length(m: MuscleId, side: Side, pose: &Pose) -> f64 {
    let md = model(m);
    let linear: f64 = md
        .arms
        .iter()
        .map(|(dof, arm)| arm * dof.radians(pose, side))
        .sum();
    let coupled = md
        .coupling
        .map(|(a, b, k)| k * a.radians(pose, side) * b.radians(pose, side))
        .unwrap_or(0.0);
    md.rest + linear + coupled
}

/// Relative stretch: `length(pose) / length(standing) - 1` (negative when shortened).
pub fn stretch(m: MuscleId, side: Side, pose: &Pose) -> f64 {
    muscle_length(m, side, pose) / muscle_length(m, side, &Pose::neutral()) - 1.0
}

/// The relative stretch the model treats as a comfortable end-of-range stretch for this muscle
/// (where [`intensity`] reaches 1). Muscles differ (a long two-joint hamstring lengthens far
/// more than iliopsoas), so rules about "how much" are stated as a share of this.
pub fn comfortable_stretch(m: MuscleId) -> f64 {
    model(m).full
}

/// Stretch as a 0..=1 lighting intensity, 1 at a comfortable end-of-range stretch.
pub fn intensity(m: MuscleId, side: Side, pose: &Pose) -> f64 {
    (stretch(m, side, pose) / model(m).full).clamp(0.0, 1.0)
}

/// How much shorter a muscle is in `pose` than in `start`, as a share of a comfortable
/// end-of-range stretch (negative when the pose lengthens it). A strengthening exercise's
/// worked muscles shorten on the way to the top (`crosscheck::works`).
pub fn shortening(m: MuscleId, side: Side, pose: &Pose, start: &Pose) -> f64 {
    (stretch(m, side, start) - stretch(m, side, pose)) / comfortable_stretch(m)
}

/// Shortening (see [`shortening`]) at which a worked muscle is drawn fully lit: half a
/// comfortable stretch, which the shipped exercises' main muscles reach at the top.
pub const WORKING_FULL: f64 = 0.5;

/// How strongly to light a worked muscle, 0..=1: its shortening from the exercise's start.
pub fn working_intensity(m: MuscleId, side: Side, pose: &Pose, start: &Pose) -> f64 {
    (shortening(m, side, pose, start) / WORKING_FULL).clamp(0.0, 1.0)
}

/// World positions of the muscle's attachment (and via) points, origin first.
pub fn muscle_path(body: &Body, m: MuscleId, side: Side) -> Vec<Vec3> {
    model(m)
        .path
        .iter()
        .map(|(seg, p)| {
            let seg = match seg {
                Segment::Thigh(_) => Segment::Thigh(side),
                Segment::Shank(_) => Segment::Shank(side),
                other => *other,
            };
            body.point(seg, lateral(*p, side))
        })
        .collect()
}
