//! The knowledge base, the stretch guides and the clinic's profile: one content file, validated
//! and written by `build.rs` (see `atlas_core::bundle::encode_bundle`), decoded once by
//! [`install`] and kept for the life of the page.
//!
//! In the browser the file is not in the wasm (the wasm is the same for every clinic and every
//! content edit): the boot module fetches `content-<hash>.bin` beside the wasm and `start()`
//! installs it before the app renders (`platform::content`); the browser tests install the
//! build's copy themselves. Natively (the pre-renderer, the render tests) the build's copy is
//! built in, [`BUILT`].

use std::sync::OnceLock;

use atlas_core::bundle::Bundle;
use atlas_core::clinic::Clinic;
pub use atlas_core::content::Word;
use atlas_core::content::{fill, AppSection, KnowledgeBase, Page, SearchIndex};
use atlas_core::rig::Guide;
use yew::virtual_dom::VText;
use yew::{AttrValue, Html};

/// The stamp of the model code a content file must carry (see `build.rs`'s `model_stamp`).
pub const STAMP: &str = env!("ATLAS_BUNDLE_STAMP");

/// The content file the build wrote, built in for native code only: the pre-renderer copies it
/// into the site, and renders pages from it, as the render tests do.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

static BUNDLE: OnceLock<Bundle> = OnceLock::new();

/// Decodes a content file and makes it the app's content; an error says why the file cannot be
/// read (not a content file, another build's, cut short). Installing again keeps the first.
pub fn install(bytes: &[u8]) -> Result<(), String> {
    if BUNDLE.get().is_none() {
        let bundle = atlas_core::bundle::decode_bundle(bytes, STAMP)?;
        let _ = BUNDLE.set(bundle);
    }
    Ok(())
}

/// The installed content.
fn bundle() -> &'static Bundle {
    #[cfg(not(target_arch = "wasm32"))]
    if BUNDLE.get().is_none() {
        // The build validated this exact file, so failing to read it is a build defect.
        install(BUILT).expect("the build's content file reads back");
    }
    // `start()` installs the content before the app renders, and a browser test before it
    // mounts anything: reaching this first is a defect, which the panic screen reports.
    BUNDLE
        .get()
        .expect("the content is installed before the app renders")
}

/// The clinic whose atlas this is (chosen at build time, see README).
pub fn clinic() -> &'static Clinic {
    &bundle().clinic
}

/// The whole knowledge base.
pub fn kb() -> &'static KnowledgeBase {
    &bundle().kb
}

/// The texts of one of the app's pages (title, lead, hint, cards) from `pages.toml`. `section`
/// is one of [`atlas_core::content::REQUIRED_PAGES`], which the build checks all exist.
pub fn page(section: AppSection) -> &'static Page {
    kb().page(section.as_str())
        .expect("the build checks that every page the app shows has its texts")
}

/// An interface word from the clinic's table (`interface.toml`), which the build checks has
/// every [`Word`]. Never inlined: a view's call is then an index and a call, a few bytes of
/// wasm instead of the lookup's code at each of the few hundred places that ask for a word.
#[inline(never)]
pub fn word(word: Word) -> &'static str {
    kb().word(word)
}

/// An interface word with its placeholders filled: `words(Word::BuilderCount, &[("count",
/// "1"), ("max", "2")])` → "The program (1 of 2)".
#[inline(never)]
pub fn words(word: Word, values: &[(&str, &str)]) -> String {
    fill(kb().word(word), values)
}

/// `n` in words: the `one` word for 1, else the `many` word with its `{count}` filled ("1
/// minute", "4 minutes").
pub fn counted(n: usize, one: Word, many: Word) -> String {
    match n {
        1 => word(one).to_string(),
        n => words(many, &[("count", &n.to_string())]),
    }
}

/// An interface word as a text node for a view's `html!`: a static text, so Yew neither
/// copies it nor converts it at each place that shows a word (`{ word(…) }` would go through
/// `ToString` and a new string each time, and cost the wasm more than the words it saves).
#[inline(never)]
pub fn show(word: Word) -> Html {
    Html::VText(VText::new(AttrValue::Static(self::word(word))))
}

/// An interface word with its placeholders filled, as a text node for a view's `html!`.
#[inline(never)]
pub fn show_with(word: Word, values: &[(&str, &str)]) -> Html {
    Html::VText(VText::new(words(word, values)))
}

/// The search index over the knowledge base, built on first search.
pub fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(kb()))
}

/// Every stretch guide.
pub fn guides() -> &'static [Guide] {
    &bundle().guides
}

/// The guide that animates stretch `id`, if any.
pub fn guide_for(stretch_id: &str) -> Option<&'static Guide> {
    guides().iter().find(|g| g.stretch == stretch_id)
}
