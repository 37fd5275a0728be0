//! Tiny 3D vector and rotation-matrix arithmetic for the rig.
//!
//! The rig works in 3D and projects to a drawing plane, because a pure 2D chain cannot show
//! hip rotation or abduction (figure-4, butterfly, knees dropping sideways). Coordinates are
//! centimetres in the body's anatomical frame: X anterior, Y up, Z toward the subject's left.

use std::ops::{Add, Mul, Neg, Sub};

/// A point or direction in 3D, in centimetres.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Vec3 {
    /// Anterior (forward) component.
    pub x: f64,
    /// Superior (up) component.
    pub y: f64,
    /// Component toward the subject's left.
    pub z: f64,
}

impl Vec3 {
    /// Builds a vector from its components.
    pub const fn new(x: f64, y: f64, z: f64) -> Self {
        Self { x, y, z }
    }

    /// Dot product.
    pub fn dot(self, o: Vec3) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }

    /// Euclidean length.
    pub fn length(self) -> f64 {
        self.dot(self).sqrt()
    }

    /// The same vector with Z negated: the mirror image across the body's midline.
    pub fn mirror_z(self) -> Vec3 {
        Vec3::new(self.x, self.y, -self.z)
    }
}

impl Add for Vec3 {
    type Output = Vec3;
    fn add(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}

impl Sub for Vec3 {
    type Output = Vec3;
    fn sub(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x - o.x, self.y - o.y, self.z - o.z)
    }
}

impl Mul<f64> for Vec3 {
    type Output = Vec3;
    fn mul(self, s: f64) -> Vec3 {
        Vec3::new(self.x * s, self.y * s, self.z * s)
    }
}

impl Neg for Vec3 {
    type Output = Vec3;
    fn neg(self) -> Vec3 {
        self * -1.0
    }
}

/// A 3x3 rotation matrix (row-major). Columns are the rotated frame's axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mat3 {
    /// Rows of the matrix.
    pub m: [[f64; 3]; 3],
}

impl Default for Mat3 {
    fn default() -> Self {
        Self::IDENTITY
    }
}

impl Mat3 {
    /// The identity rotation.
    pub const IDENTITY: Mat3 = Mat3 {
        m: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    };

    /// Rotation about X (the anterior axis) by `deg` degrees, right-handed: +Y turns toward +Z.
    pub fn rot_x(deg: f64) -> Mat3 {
        let (s, c) = deg.to_radians().sin_cos();
        Mat3 {
            m: [[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]],
        }
    }

    /// Rotation about Y (the long axis) by `deg` degrees, right-handed: +Z turns toward +X.
    pub fn rot_y(deg: f64) -> Mat3 {
        let (s, c) = deg.to_radians().sin_cos();
        Mat3 {
            m: [[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]],
        }
    }

    /// Rotation about Z (the lateral axis) by `deg` degrees, right-handed: +X turns toward +Y.
    pub fn rot_z(deg: f64) -> Mat3 {
        let (s, c) = deg.to_radians().sin_cos();
        Mat3 {
            m: [[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]],
        }
    }

    /// Matrix product `self * o` (apply `o` first, in `self`'s frame).
    pub fn then(self, o: Mat3) -> Mat3 {
        let mut r = [[0.0; 3]; 3];
        for (i, row) in r.iter_mut().enumerate() {
            for (j, cell) in row.iter_mut().enumerate() {
                *cell = (0..3).map(|k| self.m[i][k] * o.m[k][j]).sum();
            }
        }
        Mat3 { m: r }
    }

    /// Rotates a vector.
    pub fn apply(self, v: Vec3) -> Vec3 {
        let m = self.m;
        Vec3::new(
            m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z,
            m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z,
            m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z,
        )
    }

    /// The rotated frame's axis `i` (0 = X, 1 = Y, 2 = Z) in world coordinates.
    pub fn axis(self, i: usize) -> Vec3 {
        let i = i.min(2);
        Vec3::new(self.m[0][i], self.m[1][i], self.m[2][i])
    }
}
