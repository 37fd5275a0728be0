//! Browser motion (filled in by the stretch-guide work).
