//! Reusable pieces of the page.

pub mod body_map;
pub mod claim;
pub mod entity_link;
pub mod figure;
pub mod footer;
pub mod header;
#[cfg(feature = "shell")]
pub mod lazy_page;
pub mod page_title;
pub mod player;
