//! Reusable pieces of the page.

pub mod footer;
pub mod header;
pub mod page_title;
