//! Browser tone (filled in by the stretch-guide work).
