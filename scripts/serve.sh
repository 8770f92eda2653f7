#!/usr/bin/env bash
# Serves the app for development on http://127.0.0.1:8080 (trunk serve, rebuilds on change).
# Installs what is missing first. Extra arguments go to `trunk serve`.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
WANT_BROWSER=0 bash scripts/setup.sh
exec trunk serve "${TRUNK_FLAGS[@]}" "$@"
