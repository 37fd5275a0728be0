//! The player's decisions about the screen: when Start scrolls it into view, which figures are
//! laid out above the readout in full screen, and the full-screen button's label.

use hip_back_atlas::components::player::stage::is_wide;
use hip_back_atlas::components::player::{fullscreen_label, needs_reveal};

#[test]
fn start_scrolls_only_when_the_playing_part_is_not_all_on_screen() {
    // All on an 800 px screen: the page stays put.
    assert!(!needs_reveal(0.0, 800.0, 800.0));
    assert!(!needs_reveal(120.0, 700.0, 800.0));
    // The top scrolled away, or the controls (or figure) below the bottom edge: scroll.
    assert!(needs_reveal(-1.0, 600.0, 800.0));
    assert!(needs_reveal(300.0, 800.5, 800.0));
    // Taller than the screen: scroll, so the top (the figure) comes first.
    assert!(needs_reveal(-200.0, 1200.0, 800.0));
}

#[test]
fn a_lying_figure_is_wide_a_standing_or_kneeling_one_is_not() {
    assert!(is_wide(250.0, 100.0));
    assert!(is_wide(160.0, 100.0));
    assert!(!is_wide(159.0, 100.0));
    assert!(!is_wide(100.0, 180.0));
}

#[test]
fn the_full_screen_button_says_what_it_will_do() {
    assert_eq!(fullscreen_label(false), "Full screen");
    assert_eq!(fullscreen_label(true), "Exit full screen");
}
