//! The bundled, validated content (filled in once the content model lands).
