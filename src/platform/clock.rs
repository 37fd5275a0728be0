//! Browser clock (filled in by the stretch-guide work).
