//! Browser wake lock (filled in by the stretch-guide work).
