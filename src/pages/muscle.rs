//! A muscle group's page: its document (`atlas_core::content::document_for`) drawn by the one
//! renderer in a [`PageHost`] that keeps focus where a reader expects it.
//!
//! Focus on navigation (for keyboard and screen-reader users):
//! - Arriving at a muscle page any other way (a link, the atlas map, back/forward, a deep link)
//!   moves focus to the `h1`, so a screen reader announces the new page and Tab continues from
//!   the top of its content, as it would after a full page load.
//! - Choosing another muscle on THIS page's map keeps focus on the map region just chosen: the
//!   user is exploring the map and expects to press Tab or Enter again from where they are. A
//!   polite live region announces the new page's name instead.

use std::cell::RefCell;
use std::rc::Rc;

use crate::router::{use_navigator, Navigator};
use atlas_core::content::{document_for, EntityRef};
use yew::prelude::*;

use crate::data::{kb, words, Word};
use crate::pages::entry::{document_in, PageHost};
use crate::route::Route;

/// Props for [`MuscleView`].
#[derive(Properties, PartialEq)]
pub struct MuscleViewProps {
    /// The muscle's id (one the knowledge base holds).
    pub id: AttrValue,
}

/// The page of a muscle the knowledge base holds (the entry page says when it does not).
#[component]
pub fn MuscleView(props: &MuscleViewProps) -> Html {
    let heading = use_node_ref();
    // Set just before this page's map navigates, read by the focus effect below.
    let from_map = use_mut_ref(|| false);
    {
        let heading = heading.clone();
        let from_map = from_map.clone();
        use_effect_with(props.id.clone(), move |_| {
            if !from_map.replace(false) {
                if let Some(h1) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h1.focus();
                }
            }
        });
    }
    let announce = *from_map.borrow();
    let onselect = select_from_map(use_navigator(), from_map);
    let Some(doc) = document_for(kb(), &EntityRef::Muscle(props.id.to_string())) else {
        return Html::default();
    };
    let host = PageHost {
        heading,
        announce: announce.then(|| words(Word::MuscleShowing, &[("muscle", doc.title)])),
        onselect,
    };
    document_in(&doc, &host)
}

/// Navigates to the chosen muscle, remembering that the map asked (see the module comment).
fn select_from_map(navigator: Navigator, from_map: Rc<RefCell<bool>>) -> Callback<String> {
    Callback::from(move |id: String| {
        *from_map.borrow_mut() = true;
        // A new history entry (Back returns to the previous muscle), but the page neither
        // scrolls to its top nor takes focus from the map.
        navigator.push_in_place(&Route::Muscle { id });
    })
}
