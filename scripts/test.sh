#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: formatting, the Node tests of the static
# server and the CSP copies, clippy (host and wasm32), native tests, browser tests in headless
# Chromium, and end-to-end tests of the release build under the production
# Content-Security-Policy (Playwright + axe). Screenshots land in artifacts/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
cd "$ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "node tests (static server, CSP)"
# Node only, no build: fails fast, before the slow cargo steps.
node --test --test-reporter=spec tests/node/

step "clippy (host)"
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "clippy (wasm32)"
cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests (content, geometry, rig, render)"
# atlas-core/toml reads assets/ in the core's tests. The guides' contact sheet is written for the
# end-to-end step, which photographs every key pose (tests/e2e/figures.spec.mjs).
RIG_CONTACT_SHEET="${TMPDIR:-/tmp}/atlas-key-poses.html" cargo test --workspace --all-features

step "native tests with the second content set (tests/fixtures/second-content)"
# The same app built with another clinic's content (other names, one move fewer): every render
# test must hold for whatever content the build holds, except these few, which check the
# sample content's own words on purpose.
SAMPLE_ONLY=" render_exercise render_stills "
any_content=()
for file in tests/*.rs; do
  name="$(basename "$file" .rs)"
  case "$name" in browser*) continue ;; esac # wasm only
  [[ "$SAMPLE_ONLY" == *" $name "* ]] || any_content+=(--test "$name")
done
ATLAS_CONTENT=tests/fixtures/second-content cargo test -p hip-back-atlas --all-features "${any_content[@]}"

step "browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test -p hip-back-atlas --target wasm32-unknown-unknown

step "release build"
# The embed (embed.spec.mjs) may be framed by a "clinic site" the test serves on this origin.
ATLAS_EMBED_ORIGIN=http://127.0.0.1:8190 trunk build --release --offline

step "end-to-end tests (Playwright + axe, release build under the CSP)"
npx playwright test

step "release build with the second content set (dist-second)"
# The same app and build pipeline with another clinic's content: the pre-rendered pages, the
# shell and the end-to-end tests below must hold for whatever content the build holds.
ATLAS_CONTENT=tests/fixtures/second-content ATLAS_EMBED_ORIGIN=http://127.0.0.1:8190 \
  trunk build --release --offline --dist dist-second

step "the wasm is the same for either content set (issue 25: content beside the code)"
# Only the content file may differ between the two builds: the wasm (and so its hashed name)
# must be byte for byte the same, and the content files must not be.
one_file() { local found=("$@"); [[ ${#found[@]} == 1 && -f "${found[0]}" ]] && echo "${found[0]}"; }
wasm_a="$(one_file dist/*_bg.wasm)" && wasm_b="$(one_file dist-second/*_bg.wasm)" \
  && content_a="$(one_file dist/content-*.bin)" && content_b="$(one_file dist-second/content-*.bin)" \
  || { echo "expected one wasm and one content file in dist/ and dist-second/"; exit 1; }
cmp "$wasm_a" "$wasm_b" || { echo "the wasm differs between content sets: $wasm_a $wasm_b"; exit 1; }
if cmp -s "$content_a" "$content_b"; then echo "the two content sets gave the same content file"; exit 1; fi
echo "same wasm ($(basename "$wasm_a")), content files $(basename "$content_a") and $(basename "$content_b")"

step "end-to-end tests with the second content set"
# The suites that read names from the build (support.mjs headingOf), not the sample's words.
# content-file.spec.mjs looks for the content set's words in the content file, not the wasm.
ATLAS_CONTENT=tests/fixtures/second-content E2E_DIST=dist-second E2E_PORT=8093 npx playwright test \
  content-file.spec.mjs prerender.spec.mjs atlas.spec.mjs boot.spec.mjs figures.spec.mjs bend-model.spec.mjs frame.spec.mjs \
  first-use.spec.mjs explain.spec.mjs no-switches.spec.mjs embed.spec.mjs
