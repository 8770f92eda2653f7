#!/usr/bin/env bash
# Runs every test: native (extraction, suites, seed gold, app model) and, in real
# headless Chromium, end-to-end against the release build served by a plain static
# server under a sub-path. Installs whatever is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
SHARED="${TALLY_SHARED:-$ROOT/../shared}"
T="${CARGO_TARGET_DIR:-$ROOT/target}"   # cargo's output folder
mkdir -p "$T"
START=$SECONDS
step() { printf '\n=== %s (at %ds)\n' "$*" "$((SECONDS - START))"; }

step "tools"
bash scripts/setup.sh

step "native tests (cargo test --workspace)"
cargo test --workspace --locked

step "scores of the release CLI (informational; the assertions are in the tests above)"
cargo build --release --locked --bin tally
if [ -d "$SHARED" ]; then
  "$T/release/tally" extract corpus/*.txt > "$T/seeds.json"
  python3 "$SHARED/tools/score_figures.py" "$SHARED/seed-gold.json" "$T/seeds.json" | tail -n 3
  python3 "$SHARED/tools/score_numbers.py" --suite "$SHARED/number-suites/numbers.jsonl" -- "$T/release/tally" numbers | sed -n '1,8p'
  python3 "$SHARED/tools/score_numbers.py" --suite "$SHARED/number-suites/ranges.jsonl" -- "$T/release/tally" numbers --ranges | sed -n '1,8p'
  # held-out sets: extract/tests/holdout* were tuned on; eval/* are blind (never tuned on)
  for d in extract/tests/holdout*/ eval/*/; do
    [ -f "$d/gold.json" ] || continue  # eval/ may hold no blind set yet
    "$T/release/tally" extract "$d"*.txt > "$T/holdout.json" 2>/dev/null
    printf '%-28s %s\n' "$d" "$(python3 "$SHARED/tools/score_figures.py" "$d/gold.json" "$T/holdout.json" | tail -n 1)"
  done
  python3 "$SHARED/tools/score_numbers.py" --suite "$SHARED/number-suites/dates.jsonl" -- "$T/release/tally" dates | sed -n '1,8p'
fi

step "release build under a sub-path (/tally/)"
rm -rf dist-test
trunk build --release "${TRUNK_FLAGS[@]}" --public-url /tally/ --dist dist-test
step "release size"
bash scripts/sizes.sh dist-test

step "release build on a generated corpus of 1,000 articles"
cargo build --release --locked --bin tally-gen
rm -rf "$T/corpus-1k" dist-scale
"$T/release/tally-gen" --articles 1000 --seed 7 --out "$T/corpus-1k" >/dev/null
TALLY_CORPUS="$T/corpus-1k" trunk build --release "${TRUNK_FLAGS[@]}" --public-url /tally/ --dist dist-scale
bash scripts/sizes.sh dist-scale

step "end-to-end in headless Chromium"
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
fi
DIST="$ROOT/dist-test" DIST_SCALE="$ROOT/dist-scale" node --test --test-concurrency=1 tests/e2e/
echo "scripts/test.sh: all steps passed in $((SECONDS - START)) s"
