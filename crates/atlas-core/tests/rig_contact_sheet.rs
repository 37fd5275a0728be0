//! Renders every guide's key poses (start, each keyframe, hold, both sides; the guide's one
//! key picture labelled "key") into an HTML
//! contact sheet of phone-sized SVG figures, drawn as the app draws them, for a human (and
//! the `figures` end-to-end spec, which photographs each one) to look at.
//!
//! Always builds the sheet (a smoke test of the figure geometry); writes it to the path in
//! `RIG_CONTACT_SHEET` (e.g. /tmp/guides.html) when that variable is set.
#![cfg(feature = "toml")]

mod common;

use std::fmt::Write as _;

use atlas_core::rig::figure::{EYE_RADIUS, NOSE_RADIUS};
use atlas_core::rig::ghost::{ghost, other_end, Ghost};
use atlas_core::rig::still::{key_index, key_pose, lit_side, still_muscles};
use atlas_core::rig::{
    figure_lit, figure_working, DrawOrder, Figure, Ground, Guide, Side, ViewBox,
};

/// One figure as SVG, `width` CSS pixels wide, in the view's whole box.
fn svg(fig: &Figure, label: &str, id: &str, width: f32) -> String {
    svg_in(fig, fig.view_box, label, id, width)
}

/// The box around a figure as a still crops it: the figure and the floor, with a margin.
fn cropped(fig: &Figure) -> ViewBox {
    let (x0, y0, x1, y1) = fig.bounds();
    let m = 10.0;
    ViewBox {
        x: x0 - m,
        y: y0 - m,
        width: x1 - x0 + 2.0 * m,
        height: (y1.max(0.0) - y0 + 2.0 * m).max(40.0),
    }
}

/// One figure as SVG in the box `vb`, `width` CSS pixels wide.
fn svg_in(fig: &Figure, vb: ViewBox, label: &str, id: &str, width: f32) -> String {
    svg_with(fig, None, vb, label, id, width)
}

/// One figure as SVG with a move's other end drawn faint behind it (as the app's stills do).
fn svg_with(
    fig: &Figure,
    ghost: Option<&Ghost>,
    vb: ViewBox,
    label: &str,
    id: &str,
    width: f32,
) -> String {
    let mut s = format!(
        r#"<svg id="{id}" xmlns="http://www.w3.org/2000/svg" viewBox="{}" width="{width}" height="{}">"#,
        vb.attr(),
        width * vb.height / vb.width
    );
    let _ = write!(
        s,
        r##"<rect x="{}" y="{}" width="{}" height="{}" fill="#fbf6ee"/>"##,
        vb.x, vb.y, vb.width, vb.height
    );
    match fig.ground {
        Ground::Line { x1, x2, y } => {
            let _ = write!(
                s,
                r##"<line x1="{x1}" x2="{x2}" y1="{y}" y2="{y}" stroke="#b9a78f" stroke-width="2"/>"##
            );
        }
        Ground::Floor { corners, rim } => {
            let points = |ps: &[(f32, f32)]| {
                ps.iter()
                    .map(|(x, y)| format!("{x},{y}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            // assets/player.css `.fig-mat-edge`, then `.fig-mat` over it.
            let _ = write!(
                s,
                r##"<polygon points="{}" fill="#c9b497" stroke="#a8947a" stroke-width="1"/><polygon points="{}" fill="#eadfce" stroke="#b9a78f" stroke-width="1"/>"##,
                points(&rim),
                points(&corners)
            );
        }
        Ground::Mat {
            x,
            y,
            width,
            height,
        } => {
            let _ = write!(
                s,
                r##"<rect x="{x}" y="{y}" width="{width}" height="{height}" rx="6" fill="#eadfce"/>"##
            );
        }
    }
    // Contact shadows on the mat (assets/player.css `.fig-shadow`).
    if !fig.shadows.is_empty() {
        let _ = write!(
            s,
            r##"<path d="{}" fill="#6b5140" fill-opacity="0.3"/>"##,
            fig.shadows
        );
    }
    // The other end of a move (assets/player.css `.fig-ghost`), behind the figure.
    if let Some(g) = ghost {
        let style = r##"fill="#efe4d8" stroke="#c8ad96" stroke-width="0.8""##;
        for o in &g.outlines {
            let _ = write!(s, r#"<path d="{o}" {style}/>"#);
        }
        if let Some((cx, cy, r)) = g.head {
            let _ = write!(s, r#"<circle cx="{cx}" cy="{cy}" r="{r}" {style}/>"#);
        }
    }
    // The app's colours (assets/player.css): far side lightest, near side darkest.
    for layer in [DrawOrder::Far, DrawOrder::Body, DrawOrder::Near] {
        let colour = match layer {
            DrawOrder::Far => "#e4cdb9",
            DrawOrder::Body => "#cfa98b",
            DrawOrder::Near => "#bf967a",
        };
        // Limbs carry a soft edge so crossing parts stay apart; the trunk is fill only.
        let edge = if layer == DrawOrder::Body {
            String::new()
        } else {
            r##" stroke="#9c735a" stroke-opacity="0.55" stroke-width="0.8""##.to_string()
        };
        for l in fig.limbs.iter().filter(|l| l.layer == layer) {
            let _ = write!(s, r#"<path d="{}" fill="{colour}"{edge}/>"#, l.outline);
        }
        if layer == DrawOrder::Body {
            let h = fig.head;
            let _ = write!(
                s,
                r#"<circle cx="{}" cy="{}" r="{}" fill="{colour}"/>"#,
                h.cx, h.cy, h.r
            );
            if let Some((x, y)) = h.nose {
                let _ = write!(
                    s,
                    r##"<circle cx="{x}" cy="{y}" r="{NOSE_RADIUS}" fill="{colour}" stroke="#9c735a" stroke-width="0.8"/>"##
                );
            }
            for (x, y) in h.eyes.into_iter().flatten() {
                let _ = write!(
                    s,
                    r##"<circle cx="{x}" cy="{y}" r="{EYE_RADIUS}" fill="{colour}" stroke="#9c735a" stroke-width="0.8"/>"##
                );
            }
            // The mouth (assets/player.css `.fig-mouth`).
            if let Some([(x0, y0), (x1, y1)]) = h.mouth {
                let _ = write!(
                    s,
                    r##"<path d="M{x0} {y0}L{x1} {y1}" fill="none" stroke="#9c735a" stroke-width="1" stroke-linecap="round"/>"##
                );
            }
        }
    }
    for m in &fig.muscles {
        // A belly behind a limb or deep: paler and solid (assets/player.css `.fig-belly--behind`).
        let (fill, edge) = if m.layer == DrawOrder::Far {
            ("#e7a084", "#b5563a")
        } else {
            ("#c4532c", "#8a3a20")
        };
        let _ = write!(
            s,
            r##"<path d="{}" fill="{fill}" fill-opacity="{:.2}" stroke="{edge}" stroke-width="0.8"/>"##,
            m.belly,
            0.25 + 0.75 * m.intensity
        );
    }
    // The pelvis's turn (assets/player.css `.fig-arrow`), in front of the figure.
    if let Some(d) = ghost.and_then(|g| g.arrow.as_ref()) {
        let _ = write!(
            s,
            r##"<path d="{d}" fill="none" stroke="#1f5753" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>"##
        );
    }
    let _ = write!(
        s,
        r##"<text x="{}" y="{}" font-size="8" fill="#1f5753">{label}</text></svg>"##,
        vb.x + 4.0,
        vb.y + 10.0
    );
    s
}

/// The key poses of a guide: start, each keyframe's end (the hold among them), on each side.
fn key_poses(g: &Guide) -> Vec<(String, atlas_core::rig::Pose, Side)> {
    let mut out = Vec::new();
    for (side, name) in [(Side::Left, "left"), (Side::Right, "right")] {
        for phase in 0..=g.keyframes.len() {
            let pose = g.pose_at(phase);
            let pose = if side == Side::Left {
                pose
            } else {
                pose.mirrored()
            };
            let key = if key_index(g, false) == phase.checked_sub(1) {
                " key"
            } else {
                ""
            };
            let what = match phase {
                0 => "start".to_string(),
                p if g.hold_index() == Some(p - 1) => format!("kf{} hold{key}", p - 1),
                p => format!("kf{}{key}", p - 1),
            };
            out.push((format!("{what} {name}"), pose, side));
        }
    }
    out
}

#[test]
fn contact_sheet_renders_every_guide() {
    let mut html = String::from(
        "<!doctype html><meta charset=utf-8><title>Guides' key poses</title>\
         <body style=\"margin:8px;background:#f6efe4;font:12px sans-serif\">",
    );
    // Optional: only some guides (comma-separated ids), and the figure width in CSS pixels
    // (390, a phone's width, by default).
    let only = std::env::var("RIG_SHEET_ONLY").unwrap_or_default();
    let width: f32 = std::env::var("RIG_SHEET_WIDTH")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(390.0);
    for g in common::load_guide_assets()
        .into_iter()
        .filter(|g| only.is_empty() || only.split(',').any(|o| o == g.stretch))
    {
        let _ = write!(
            html,
            "<section data-guide=\"{}\"><h2>{} ({:?})</h2>",
            g.stretch, g.stretch, g.view
        );
        for (i, (label, pose, side)) in key_poses(&g).into_iter().enumerate() {
            let fig = figure_lit(&pose, g.view, &g.muscles, Some(side));
            assert!(!fig.limbs.is_empty());
            let id = format!("{}-{i:02}", g.stretch);
            html.push_str(&svg(&fig, &label, &id, width));
        }
        html.push_str("</section>");
    }
    // Each guide's one key picture alone, cropped as a still is and without its name, for a
    // reader who does not know the moves (issue 22: "picks the right move from the list").
    // Drawn as the app's stills draw them (`src/components/stills.rs`): the side `lit_side`
    // names (both of the butterfly's inner thighs; the sheet once lit only the left), and an
    // exercise's key picture is its top, lit by what it works.
    let kb = common::load_assets();
    let stretch = |id: &str| kb.stretches.iter().find(|s| s.id == id);
    let working = |id: &str| stretch(id).is_some_and(|s| s.is_exercise());
    let still = |g: &Guide, pose: &atlas_core::rig::Pose| {
        let side = lit_side(g, stretch(&g.stretch).is_none_or(|s| s.dose.each_side));
        let muscles = still_muscles(g, pose, side, working(&g.stretch));
        if working(&g.stretch) {
            figure_working(pose, g.view, &muscles, side, &g.base)
        } else {
            figure_lit(pose, g.view, &muscles, side)
        }
    };
    html.push_str("<section data-keys>");
    for g in common::load_guide_assets()
        .into_iter()
        .filter(|g| only.is_empty() || only.split(',').any(|o| o == g.stretch))
    {
        let w = working(&g.stretch);
        if key_index(&g, w).is_none() {
            continue;
        }
        let pose = key_pose(&g, w);
        let fig = still(&g, &pose);
        let ghost = other_end(&g, w).map(|end| ghost(&end, &pose, g.view));
        let mut vb = cropped(&fig);
        if let Some(gh) = &ghost {
            let (x0, y0, x1, y1) = gh.bounds;
            let (m, right, bottom) = (10.0, vb.x + vb.width, vb.y + vb.height);
            vb.x = vb.x.min(x0 - m);
            vb.y = vb.y.min(y0 - m);
            vb.width = right.max(x1 + m) - vb.x;
            vb.height = bottom.max(y1 + m) - vb.y;
        }
        html.push_str(&svg_with(
            &fig,
            ghost.as_ref(),
            vb,
            "",
            &format!("key-{}", g.stretch),
            width,
        ));
    }
    html.push_str("</section>");
    // Each modification's own pose (`[modifications.<precaution>]`), cropped as a still is:
    // the picture the stretch page shows beside the modification's words.
    html.push_str("<section data-modifications>");
    for g in common::load_guide_assets()
        .into_iter()
        .filter(|g| only.is_empty() || only.split(',').any(|o| o == g.stretch))
    {
        for (precaution, pose) in &g.modifications {
            let fig = still(&g, pose);
            let id = format!("modification-{}-{precaution}", g.stretch);
            html.push_str(&svg_in(&fig, cropped(&fig), "", &id, width));
        }
    }
    html.push_str("</section>");
    if let Ok(path) = std::env::var("RIG_CONTACT_SHEET") {
        std::fs::write(path, html).expect("write contact sheet");
    }
}
