//! What the map shows and what it leaves out of sight: the side and layer it opens on for
//! the muscles a page names, and why a named muscle cannot be seen (under other muscles, or on
//! the other side of the body on a phone).

use atlas_core::bodymap::{placement, Facing, Layer};

use super::{art, BodyMapProps, Marks};

/// Why a muscle cannot be seen in the current view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Hidden {
    /// It is a deep muscle and the surface layer is showing.
    Deep,
    /// On a phone, it is drawn on the other side of the body.
    Facing(Facing),
}

/// Whether `muscle` is out of sight with this side and layer, and why; with the muscle's
/// `'static` id from the artwork.
pub(super) fn hidden_reason(
    muscle: &str,
    side: Facing,
    layer: Layer,
) -> Option<(Hidden, &'static str)> {
    let id = art_id(muscle)?;
    let (its_side, its_layer) = placement(id)?;
    if its_layer == Layer::Deep && layer == Layer::Surface {
        Some((Hidden::Deep, id))
    } else if its_side != side {
        Some((Hidden::Facing(its_side), id))
    } else {
        None
    }
}

/// In explain mode, the marked muscles the surface layer leaves out (they lie under other
/// muscles), named for a reader and separated by commas. `None` when every marked muscle is in
/// sight, or outside explain mode (elsewhere the map turns to the deep layer itself, see
/// [`wanted_layer`]).
pub(super) fn deep_team_members(props: &BodyMapProps, layer: Layer) -> Option<String> {
    if props.marks != Marks::Teams || layer != Layer::Surface {
        return None;
    }
    let mut names: Vec<&str> = Vec::new();
    for muscle in wished(props) {
        if !matches!(placement(muscle), Some((_, Layer::Deep))) {
            continue;
        }
        // A muscle the map does not draw has no place to show: it leaves the others named.
        if let Some(name) = art_id(muscle).map(art::name_of) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// The artwork's own `'static` id for `muscle`, if the map draws it.
fn art_id(muscle: &str) -> Option<&'static str> {
    art::views()
        .iter()
        .flat_map(|v| v.groups.iter())
        .find(|g| g.muscle == muscle)
        .map(|g| g.muscle)
}

/// The muscles the props name, selected first.
fn wished(props: &BodyMapProps) -> impl Iterator<Item = &str> {
    props
        .selected
        .iter()
        .chain(props.highlighted.iter())
        .chain(props.second.iter())
        .map(String::as_str)
}

/// Deep when any selected or related muscle is deep, so it is never hidden under the surface.
/// Explain mode's teams mix both layers; there the surface shows unless every marked muscle is
/// deep, since the deep layer would draw the surface team members faintly and unmarked.
pub(super) fn wanted_layer(props: &BodyMapProps) -> Layer {
    let is_deep = |m: &str| matches!(placement(m), Some((_, Layer::Deep)));
    let deep = if props.marks == Marks::Teams {
        let mut marked = wished(props).peekable();
        marked.peek().is_some() && marked.all(is_deep)
    } else {
        wished(props).any(is_deep)
    };
    if deep {
        Layer::Deep
    } else {
        Layer::Surface
    }
}

/// On a phone: the view of the first selected or related muscle; otherwise the back, where
/// most of the hip and low-back muscles are.
pub(super) fn wanted_view(props: &BodyMapProps) -> Facing {
    // Explain mode's teams: the back, where most of both teams are, whenever any is there.
    if props.marks == Marks::Teams
        && wished(props).any(|m| matches!(placement(m), Some((Facing::Back, _))))
    {
        return Facing::Back;
    }
    wished(props)
        .find_map(|m| placement(m).map(|(view, _)| view))
        .unwrap_or(Facing::Back)
}
