//! The body map (filled in by the atlas work).
