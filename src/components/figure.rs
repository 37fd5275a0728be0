//! The animated figure (filled in by the stretch-guide work).
