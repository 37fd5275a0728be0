//! Renders every guide's key poses into an SVG contact sheet for a human to look at.
//!
//! Always builds the sheet (a smoke test of the figure geometry); writes it to the path in
//! `RIG_CONTACT_SHEET` (e.g. /tmp/guides.html) when that variable is set.
#![cfg(feature = "toml")]

use std::fmt::Write as _;

use atlas_core::rig::{figure, load_guides, Figure, Ground, Guide, Layer};

fn guides() -> Vec<Guide> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/guides");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("guides dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read guide");
            (p.display().to_string(), text)
        })
        .collect();
    files.sort();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    load_guides(&refs).unwrap_or_else(|e| panic!("{e}"))
}

fn svg(fig: &Figure, lit: &[atlas_core::rig::MuscleId], label: &str, scale: f32) -> String {
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{}" width="{}" height="{}">"#,
        fig.view_box.attr(),
        fig.view_box.width * scale,
        fig.view_box.height * scale
    );
    match fig.ground {
        Ground::Line { x1, x2, y } => {
            let _ = write!(
                s,
                r##"<line x1="{x1}" x2="{x2}" y1="{y}" y2="{y}" stroke="#b9a78f" stroke-width="1.5"/>"##
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
    for layer in [Layer::Far, Layer::Body, Layer::Near] {
        let colour = match layer {
            Layer::Far => "#b9cfca",
            Layer::Body => "#7fa7a0",
            Layer::Near => "#6f9992",
        };
        for l in fig.limbs.iter().filter(|l| l.layer == layer) {
            let _ = write!(
                s,
                r#"<path d="{}" stroke="{colour}" stroke-width="{}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>"#,
                l.path, l.width
            );
        }
        if layer == Layer::Body {
            let h = fig.head;
            let _ = write!(
                s,
                r#"<circle cx="{}" cy="{}" r="{}" fill="{colour}"/>"#,
                h.cx, h.cy, h.r
            );
        }
        for m in fig
            .muscles
            .iter()
            .filter(|m| m.layer == layer && lit.contains(&m.muscle))
        {
            let _ = write!(
                s,
                r##"<path d="{}" stroke="#d2603a" stroke-opacity="{:.2}" stroke-width="4" stroke-linecap="round" fill="none"/>"##,
                m.path,
                0.1 + 0.9 * m.intensity
            );
        }
    }
    let vb = fig.view_box;
    let _ = write!(
        s,
        r##"<text x="{}" y="{}" font-size="9" fill="#1f5753">{label}</text></svg>"##,
        vb.x + 4.0,
        vb.y + 11.0
    );
    s
}

#[test]
fn contact_sheet_renders_every_guide() {
    let mut html = String::from(
        "<!doctype html><meta charset=utf-8><body style=\"margin:8px;background:#f6efe4;font:12px sans-serif\">",
    );
    // Optional: only some guides (comma-separated ids) and a larger scale, for close looks.
    let only = std::env::var("RIG_SHEET_ONLY").unwrap_or_default();
    let scale: f32 = std::env::var("RIG_SHEET_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    for g in guides()
        .into_iter()
        .filter(|g| only.is_empty() || only.split(',').any(|o| o == g.stretch))
    {
        let _ = write!(html, "<div><b>{}</b> ({:?})<br>", g.stretch, g.view);
        let mut t = 0.0;
        let mut frames = vec![(0.0, "start".to_string())];
        for (i, k) in g.keyframes.iter().enumerate() {
            frames.push((t + k.duration / 2.0, format!("mid {i}")));
            t += k.duration;
            frames.push((t, format!("kf {i}")));
        }
        frames.truncate(6);
        for (t, label) in frames {
            let f = g.sample(t);
            let fig = figure(&f.pose, g.view);
            assert!(!fig.limbs.is_empty());
            html.push_str(&svg(&fig, &g.muscles, &format!("{label} t={t:.1}"), scale));
        }
        html.push_str("</div>");
    }
    if let Ok(path) = std::env::var("RIG_CONTACT_SHEET") {
        std::fs::write(path, html).expect("write contact sheet");
    }
}
