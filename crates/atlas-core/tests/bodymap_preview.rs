//! Writes preview pages of the body map to /tmp for looking at in a browser (not part of the
//! normal test run): `cargo test -p atlas-core --test bodymap_preview -- --ignored`.

use atlas_core::bodymap::{view_art, Facing, Layer, ViewArt};
use std::fmt::Write;

/// A calm palette per muscle, as suggested to the app.
fn colour(muscle: &str) -> &'static str {
    match muscle {
        "erector-spinae" => "#c47a62",
        "gluteus-medius" => "#d69a66",
        "gluteus-maximus" => "#c2665c",
        "tensor-fasciae-latae" => "#d9a85a",
        "rectus-femoris" => "#c46a6a",
        "adductors" => "#b07c94",
        "hamstrings" => "#a9606e",
        "quadratus-lumborum" => "#8a83b8",
        "multifidus" => "#6f93b8",
        "iliopsoas" => "#6f9fb0",
        "gluteus-minimus" => "#7fa38f",
        _ => "#9a82b0",
    }
}

/// One view as an SVG element, `layer` highlighted, at `width` CSS pixels.
fn svg(art: &ViewArt, layer: Layer, width: f32, labels: bool) -> String {
    let (x, y, w, h) = art.view_box;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {w} {h}" width="{width}" height="{}" style="background:#fbf7f2">"#,
        width * h / w
    );
    for d in &art.silhouette {
        let _ = write!(
            s,
            r##"<path d="{d}" fill="#f1dccb" stroke="#d8b59c" stroke-width="0.8"/>"##
        );
    }
    for lm in &art.landmarks {
        let style = if lm.kind.is_line() {
            r##"fill="none" stroke="#b38d72" stroke-width="0.9" stroke-linecap="round" opacity="0.7""##
        } else {
            r##"fill="#d9b89f" stroke="#b38d72" stroke-width="0.6" opacity="0.8""##
        };
        let _ = write!(s, r#"<path d="{}" {style}/>"#, lm.path);
    }
    for r in &art.regions {
        let on = r.layer == layer;
        let op = if on { 0.62 } else { 0.12 };
        let _ = write!(
            s,
            r##"<path d="{}" fill="{}" fill-opacity="{op}" stroke="#ffffff" stroke-opacity="{op}" stroke-width="0.8"/>"##,
            r.path,
            colour(r.muscle)
        );
    }
    if labels {
        for r in art.regions.iter().filter(|r| r.layer == layer) {
            let (lx, ly) = r.label_at;
            let _ = write!(
                s,
                r##"<circle cx="{lx}" cy="{ly}" r="1.5" fill="#333"/><text x="{lx}" y="{}" font-size="6" text-anchor="middle" font-family="sans-serif" fill="#222">{}</text>"##,
                ly - 3.0,
                r.muscle
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// A bare HTML page around `body`.
fn page(body: &str) -> String {
    format!("<!doctype html><html><body style=\"margin:0;background:#fff\">{body}</body></html>")
}

#[test]
#[ignore = "writes preview files to /tmp"]
fn write_previews() {
    // Every view and layer at the phone width, side by side, for one screenshot.
    let phone: String = Facing::ALL
        .into_iter()
        .flat_map(|v| Layer::ALL.map(|l| (v, l)))
        .map(|(v, l)| {
            format!(
                "<span style=\"display:inline-block;margin-right:8px\">{}</span>",
                svg(&view_art(v), l, 330.0, false)
            )
        })
        .collect();
    std::fs::write("/tmp/bodymap-phone.html", page(&phone)).unwrap();
    for view in Facing::ALL {
        let art = view_art(view);
        for layer in Layer::ALL {
            let name = format!(
                "/tmp/bodymap-{}-{}.html",
                view.label().to_lowercase(),
                layer.label().to_lowercase()
            );
            std::fs::write(&name, page(&svg(&art, layer, 330.0, false))).unwrap();
        }
        let big: String = Layer::ALL
            .into_iter()
            .map(|l| svg(&art, l, 520.0, true))
            .collect();
        let name = format!("/tmp/bodymap-{}-big.html", view.label().to_lowercase());
        std::fs::write(name, page(&big)).unwrap();
    }
}
