//! Entry point: install the error screen, then mount the app. Everything else lives in the library.

fn main() {
    hip_back_atlas::start();
}
