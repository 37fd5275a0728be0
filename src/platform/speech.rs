//! Browser speech (filled in by the stretch-guide work).
