//! Reusable pieces of the page.

pub mod bend_model;
pub mod body_map;
pub mod claim;
pub mod clinic;
pub mod entity_link;
pub mod figure;
pub mod footer;
pub mod header;
pub mod later;
pub mod page_title;
pub mod player;
pub mod precautions;
pub mod qr;
pub mod stills;
pub mod update_notice;
