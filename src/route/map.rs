//! The body map's view as part of its URL (`#/atlas?side=front&layer=deep&lit=piriformis`), so
//! Back returns to the same view with the same muscles lit, and a therapist can share it.
//! Pure functions, tested natively with the other routes.

use atlas_core::bodymap::{Facing, Layer};

use super::url;

/// At most this many muscles are lit at once: there are twelve groups, and a crafted URL must
/// not make the page do unbounded work.
pub const MAX_LIT: usize = 12;

/// Longest muscle id kept from a URL (the real ones are under 30 characters).
const MAX_ID_LEN: usize = 40;

/// What the body map shows: which side on a phone, which layer, and which muscles are lit.
/// `None` means "as the map would choose" (the side or layer of the lit muscles).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapState {
    /// The side shown on a phone (both show from tablet width).
    pub facing: Option<Facing>,
    /// Surface or deep muscles.
    pub layer: Option<Layer>,
    /// Lit muscle ids, in the order they were chosen (the last one's card is shown).
    pub lit: Vec<String>,
}

impl MapState {
    /// Whether this is the map as it opens, with nothing chosen.
    pub fn is_default(&self) -> bool {
        *self == MapState::default()
    }

    /// The muscle whose card shows: the one chosen last.
    pub fn focus(&self) -> Option<&str> {
        self.lit.last().map(String::as_str)
    }

    /// Reads the state from a query string such as `side=back&lit=piriformis,hamstrings`.
    /// Unknown keys and values are ignored; ids are kept as typed (the page ignores ids that
    /// are not muscles), without duplicates, at most [`MAX_LIT`].
    pub fn from_query(query: &str) -> MapState {
        let mut state = MapState::default();
        for (key, value) in query
            .split('&')
            .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        {
            match (key, value) {
                ("side", "front") => state.facing = Some(Facing::Front),
                ("side", "back") => state.facing = Some(Facing::Back),
                ("layer", "surface") => state.layer = Some(Layer::Surface),
                ("layer", "deep") => state.layer = Some(Layer::Deep),
                ("lit", ids) => {
                    for id in url::decode(ids).split(',') {
                        let id = id.trim();
                        let fits = !id.is_empty() && id.len() <= MAX_ID_LEN;
                        if fits && state.lit.len() < MAX_LIT && !state.lit.iter().any(|l| l == id) {
                            state.lit.push(id.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        state
    }

    /// The query string for this state (empty for the default), the inverse of
    /// [`MapState::from_query`].
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(side) = self.facing {
            parts.push(match side {
                Facing::Front => "side=front".to_string(),
                Facing::Back => "side=back".to_string(),
            });
        }
        if let Some(layer) = self.layer {
            parts.push(match layer {
                Layer::Surface => "layer=surface".to_string(),
                Layer::Deep => "layer=deep".to_string(),
            });
        }
        if !self.lit.is_empty() {
            let ids: Vec<String> = self.lit.iter().map(|id| url::encode(id)).collect();
            parts.push(format!("lit={}", ids.join(",")));
        }
        parts.join("&")
    }

    /// The state after the reader taps `id`: alone, it becomes the only lit muscle (tapping the
    /// only lit one again clears it); together, it is added, or taken away if already lit.
    pub fn tapped(&self, id: &str, together: bool) -> MapState {
        let mut next = self.clone();
        let was_lit = self.lit.iter().any(|l| l == id);
        if together {
            next.lit.retain(|l| l != id);
            if !was_lit && next.lit.len() < MAX_LIT {
                next.lit.push(id.to_string());
            }
        } else if was_lit && self.lit.len() == 1 {
            next.lit.clear();
        } else {
            next.lit = vec![id.to_string()];
        }
        next
    }
}
