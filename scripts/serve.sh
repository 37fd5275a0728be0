#!/usr/bin/env bash
# Sets up whatever is missing, then serves the app at http://127.0.0.1:8080 with live reload
# (and the production Content-Security-Policy, see Trunk.toml).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve --offline "$@"
