#!/usr/bin/env bash
# Builds the deployable app into dist/ (plain static files).
#   scripts/build.sh                 for the site root
#   scripts/build.sh /tally/         for a sub-path (any static server, no rewrite rules)
# TALLY_CORPUS=/path/to/folder scripts/build.sh   embeds another corpus folder.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
PUBLIC_URL="${1:-/}"
WANT_BROWSER=0 bash scripts/setup.sh
trunk build --release "${TRUNK_FLAGS[@]}" --public-url "$PUBLIC_URL" --dist "${DIST:-dist}"
bash scripts/sizes.sh "${DIST:-dist}"
