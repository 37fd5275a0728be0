#!/usr/bin/env bash
# Installs whatever this project needs that the machine lacks, and skips what is already there at
# the right version, so a second run takes seconds. Safe to run again at any time.
#   - Rust's wasm32 target (toolchain pinned in rust-toolchain.toml)
#   - trunk 0.21.14 and wasm-bindgen-cli (the exact version in Cargo.lock) from crates.io
#   - Chromium and ChromeDriver from Debian's packages (for browser and end-to-end tests)
#   - the npm dev tools in package-lock.json (binaryen's wasm-opt, Playwright, axe)
# Source it (`. scripts/setup.sh`) to also get node_modules/.bin and ~/.cargo/bin on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Sourced, this runs in the caller's shell: go back to where the caller was when done.
SETUP_CALLER_DIR="$PWD"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION="0.21.14"
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Rust target for the browser.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk (builds and serves the app). Trunk 0.22 needs a newer rustc than this machine has.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen CLI at exactly the version the lock file resolved (also brings the test runner).
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)"
if [ -z "$WBG_VERSION" ]; then
  cargo generate-lockfile
  WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 5 minutes, once)"
  # Not --locked: one crate in its lock file is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# 4. Chromium and ChromeDriver from Debian (Playwright's own browser download cannot work here).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 5. npm dev tools, exactly as locked; skipped while node_modules is newer than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools (wasm-opt, Playwright, axe)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# 6. Crates for offline builds.
cargo fetch --quiet
say "all tools present"
cd "$SETUP_CALLER_DIR"
