//! The stretch player (filled in by the stretch-guide work).
