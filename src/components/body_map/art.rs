//! The body-map artwork, prepared once for drawing: both views' paths as `&'static str`, each
//! muscle's left and right shapes gathered into one group, names from the knowledge base, and the
//! hover label already laid out. Nothing here changes while the page lives, so it is computed on
//! first use and every render after that only borrows it.

use atlas_core::bounds::within_f32;
use std::sync::OnceLock;

use atlas_core::bodymap::{view_art, Facing, Layer};

use crate::data::kb;

/// One view (front or back), ready to draw.
pub struct ViewData {
    /// The SVG `viewBox` attribute.
    pub view_box: String,
    /// Outline of the body.
    pub silhouette: Vec<String>,
    /// Orientation marks (ribs, spine, pelvis rim…): path, and whether it is a line to stroke
    /// rather than a shape to fill.
    pub landmarks: Vec<(String, bool)>,
    /// One group per muscle, in the order the artwork draws them.
    pub groups: Vec<Group>,
}

/// One muscle group on one view: both sides' shapes and its label.
pub struct Group {
    /// Knowledge-base id.
    pub muscle: &'static str,
    /// Display name (the accessible name of its button).
    pub name: &'static str,
    /// Surface or deep.
    pub layer: Layer,
    /// Left and right shapes (one shape for a midline group).
    pub paths: Vec<String>,
    /// The hover label, laid out.
    pub label: Label,
}

/// A label's position and lines, kept inside the view box.
pub struct Label {
    /// Anchor x (text is centred on it).
    pub x: f32,
    /// Baseline of the first line.
    pub y: f32,
    /// Font size in user units.
    pub size: f32,
    /// One or two lines.
    pub lines: Vec<String>,
}

/// Both views, computed once.
pub fn views() -> &'static [ViewData; 2] {
    static VIEWS: OnceLock<[ViewData; 2]> = OnceLock::new();
    VIEWS.get_or_init(|| [prepare(Facing::Front), prepare(Facing::Back)])
}

/// The prepared data for one view.
pub fn view_data(view: Facing) -> &'static ViewData {
    let [front, back] = views();
    if view == Facing::Front {
        front
    } else {
        back
    }
}

/// The display name of a muscle id, falling back to the id for art without an entry (the
/// content tests keep the two in step, so the fallback is only a guard).
pub fn name_of(id: &'static str) -> &'static str {
    kb().muscle(id).map(|m| m.name.as_str()).unwrap_or(id)
}

/// Gathers one view's regions by muscle and lays out their labels.
fn prepare(view: Facing) -> ViewData {
    let art = view_art(view);
    let (x0, y0, w, h) = art.view_box;
    // About 15 px on a 330 px wide phone map; it scales with the map on larger screens.
    let size = w * 0.048;
    // (muscle, layer, paths, union of both sides' bounds as (left, top, right, bottom))
    let mut gathered: Vec<(&'static str, Layer, Vec<String>, [f32; 4])> = Vec::new();
    for region in art.regions {
        let b = region.bounds;
        let edges = [b.x, b.y, b.x + b.w, b.y + b.h];
        match gathered.iter_mut().find(|g| g.0 == region.muscle) {
            Some(group) => {
                group.2.push(region.path);
                let u = &mut group.3;
                *u = [
                    u[0].min(edges[0]),
                    u[1].min(edges[1]),
                    u[2].max(edges[2]),
                    u[3].max(edges[3]),
                ];
            }
            None => gathered.push((region.muscle, region.layer, vec![region.path], edges)),
        }
    }
    let groups = gathered
        .into_iter()
        .map(|(muscle, layer, paths, union)| {
            let name = name_of(muscle);
            Group {
                muscle,
                name,
                layer,
                paths,
                label: layout_label(name, union, (x0, y0, w, h), size),
            }
        })
        .collect();
    ViewData {
        view_box: [x0, y0, w, h].map(atlas_core::svg_number::num).join(" "),
        silhouette: art.silhouette,
        landmarks: art
            .landmarks
            .into_iter()
            .map(|l| (l.path, l.kind.is_line()))
            .collect(),
        groups,
    }
}

/// Places a label just above the group (below it when there is no room above), centred
/// between its left and right shapes, so it never hides the shapes it names; long names break
/// over two lines, and the text stays inside the view box. Text width is estimated (about
/// 0.56 em per character for the system sans-serif): enough to keep a label off the edge
/// without measuring it in the browser.
fn layout_label(name: &str, union: [f32; 4], view_box: (f32, f32, f32, f32), size: f32) -> Label {
    let [left, top, right, bottom] = union;
    let lines = split_name(name);
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f32;
    let half = longest * size * 0.56 / 2.0 + size * 0.4;
    let (x0, y0, w, h) = view_box;
    let (lo, hi) = (x0 + half, x0 + w - half);
    let centre = (left + right) / 2.0;
    let x = if lo > hi {
        x0 + w / 2.0
    } else {
        within_f32(centre, lo, hi)
    };
    let block = size * 1.2 * lines.len() as f32;
    let gap = size * 0.3;
    let block_top = if top - gap - block >= y0 {
        top - gap - block
    } else {
        bottom + gap
    };
    let block_top = within_f32(block_top, y0, (y0 + h - block).max(y0));
    Label {
        x,
        y: block_top + size * 0.95,
        size,
        lines,
    }
}

/// One line for short names; two for long ones, broken at the space nearest the middle.
fn split_name(name: &str) -> Vec<String> {
    if name.chars().count() <= 16 {
        return vec![name.to_string()];
    }
    let middle = name.len() / 2;
    let best = name
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match best {
        Some(i) => vec![name[..i].to_string(), name[i + 1..].to_string()],
        None => vec![name.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_break_near_the_middle() {
        assert_eq!(split_name("Hamstrings"), vec!["Hamstrings"]);
        assert_eq!(
            split_name("Piriformis and deep hip rotators"),
            vec!["Piriformis and", "deep hip rotators"]
        );
    }

    #[test]
    fn labels_sit_beside_their_group_and_inside_the_view_box() {
        let view_box = (0.0, 0.0, 200.0, 400.0);
        // No room above a group at the top: the label goes below it.
        let label = layout_label(
            "Tensor fasciae latae",
            [0.0, 5.0, 20.0, 50.0],
            view_box,
            10.0,
        );
        assert!(label.x > 35.0 && label.y > 50.0, "{} {}", label.x, label.y);
        // Room above: the label ends above the group, centred between its sides.
        let label = layout_label("Hamstrings", [40.0, 200.0, 160.0, 300.0], view_box, 10.0);
        assert!(
            label.x == 100.0 && label.y < 200.0,
            "{} {}",
            label.x,
            label.y
        );
    }
}
