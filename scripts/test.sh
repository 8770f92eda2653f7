#!/usr/bin/env bash
# Runs every test: native (extraction, suites, seed gold, app model) and, in real
# headless Chromium, end-to-end against the release build served by a plain static
# server under a sub-path. Installs whatever is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
SHARED="${TALLY_SHARED:-$ROOT/../shared}"
START=$SECONDS
step() { printf '\n=== %s (at %ds)\n' "$*" "$((SECONDS - START))"; }

step "tools"
bash scripts/setup.sh

step "native tests (cargo test --workspace)"
cargo test --workspace --locked

step "scores of the release CLI (informational; the assertions are in the tests above)"
cargo build --release --locked --bin tally
if [ -d "$SHARED" ]; then
  target/release/tally extract corpus/*.txt > target/seeds.json
  python3 "$SHARED/tools/score_figures.py" "$SHARED/seed-gold.json" target/seeds.json | tail -n 3
  python3 "$SHARED/tools/score_numbers.py" --suite "$SHARED/number-suites/numbers.jsonl" -- target/release/tally numbers | sed -n '1,8p'
  python3 "$SHARED/tools/score_numbers.py" --suite "$SHARED/number-suites/ranges.jsonl" -- target/release/tally numbers --ranges | sed -n '1,8p'
  target/release/tally extract extract/tests/holdout/*.txt > target/holdout.json
  python3 "$SHARED/tools/score_figures.py" extract/tests/holdout/gold.json target/holdout.json | tail -n 1
  python3 "$SHARED/tools/score_numbers.py" --suite "$SHARED/number-suites/dates.jsonl" -- target/release/tally dates | sed -n '1,8p'
fi

step "release build under a sub-path (/tally/)"
rm -rf dist-test
trunk build --release "${TRUNK_FLAGS[@]}" --public-url /tally/ --dist dist-test
step "release size"
bash scripts/sizes.sh dist-test

step "release build on a generated corpus of 1,000 articles"
cargo build --release --locked --bin tally-gen
rm -rf target/corpus-1k dist-scale
target/release/tally-gen --articles 1000 --seed 7 --out target/corpus-1k >/dev/null
TALLY_CORPUS="$ROOT/target/corpus-1k" trunk build --release "${TRUNK_FLAGS[@]}" --public-url /tally/ --dist dist-scale
bash scripts/sizes.sh dist-scale

step "end-to-end in headless Chromium"
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
fi
DIST="$ROOT/dist-test" DIST_SCALE="$ROOT/dist-scale" node --test --test-concurrency=1 tests/e2e/
echo "scripts/test.sh: all steps passed in $((SECONDS - START)) s"
