//! The SVG view box of each view: fixed per view, so the figure never rescales while it
//! moves (the player fits a guide's own box inside it).

use super::guide::View;
use crate::svg_number::num;

/// The SVG view box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl ViewBox {
    /// The `viewBox` attribute value.
    pub fn attr(&self) -> String {
        format!(
            "{} {} {} {}",
            num(self.x),
            num(self.y),
            num(self.width),
            num(self.height)
        )
    }

    /// Whether a point lies inside with at least `margin` to spare.
    pub fn contains(&self, x: f32, y: f32, margin: f32) -> bool {
        x >= self.x + margin
            && x <= self.x + self.width - margin
            && y >= self.y + margin
            && y <= self.y + self.height - margin
    }
}

/// The fixed view box of each view, so the figure never rescales while it moves.
pub fn view_box(view: View) -> ViewBox {
    match view {
        View::Sagittal => ViewBox {
            x: -125.0,
            y: -200.0,
            width: 250.0,
            height: 215.0,
        },
        View::Frontal => ViewBox {
            x: -110.0,
            y: -238.0,
            width: 220.0,
            height: 253.0,
        },
        View::ThreeQuarter => ViewBox {
            x: -100.0,
            y: -110.0,
            width: 200.0,
            height: 200.0,
        },
        // Room for a standing body or one lying along any direction, and the floor in front.
        View::Oblique { .. } => ViewBox {
            x: -130.0,
            y: -200.0,
            width: 260.0,
            height: 290.0,
        },
        View::Top => ViewBox {
            x: -125.0,
            y: -95.0,
            width: 250.0,
            height: 190.0,
        },
    }
}
