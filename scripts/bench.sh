#!/usr/bin/env bash
# Benchmarks: native extraction speed, corpus build time, release sizes, and browser
# timings at the seeds, 1k, 10k (and, natively, 100k) generated articles. Prints a
# table with the budgets and appends every measure to bench/history.tsv
# (date, commit, metric, value, unit).
#
#   scripts/bench.sh            everything (release wasm builds take minutes each)
#   scripts/bench.sh --quick    no 100k, no browser, only the seeds wasm build
#   scripts/bench.sh --reuse    reuse .bench/dist-<size> builds that exist (no rebuild)
#
# Work files go to .bench/ (git-ignored); cargo builds to $CARGO_TARGET_DIR, default
# .bench/target, so the benchmark never disturbs target/.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
QUICK=0; REUSE=0
for a in "$@"; do
  case "$a" in
    --quick) QUICK=1 ;;
    --reuse) REUSE=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done
W="$ROOT/.bench"
mkdir -p "$W" bench
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$W/target}"
RESULTS="$W/results.tsv"; : > "$RESULTS"
step() { printf '\n=== %s\n' "$*" >&2; }
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$RESULTS"; }   # metric value unit
grab() { grep '^BENCH' | cut -f2- >> "$RESULTS"; }

# other work on the machine skews every timing: keep the load next to the numbers
record load_avg_1min "$(cut -d' ' -f1 /proc/loadavg)" load
SIZES="1k:1000 10k:10000"; [ "$QUICK" = 1 ] || SIZES="$SIZES 100k:100000"
WEB="seeds 1k 10k"; [ "$QUICK" = 1 ] && WEB="seeds"

gz() { gzip -9 -c "$1" | wc -c; }
step "generated corpora (tally-gen, seed 1)"
cargo build --release --locked -q -p tally-extract --bin tally-gen
for s in $SIZES; do
  label=${s%%:*}; n=${s##*:}; dir="$W/corpus-$label"
  # kept only if it has n articles and the generator still writes the same (a smaller
  # corpus is a prefix of a bigger one: compare the first few files)
  rm -rf "$W/gen-probe"; "$CARGO_TARGET_DIR/release/tally-gen" --articles 5 --seed 1 --out "$W/gen-probe" >/dev/null
  if [ -f "$dir/manifest.tsv" ] && [ "$(($(wc -l < "$dir/manifest.tsv") - 1))" = "$n" ] \
     && (cd "$W/gen-probe" && for f in g*.txt; do cmp -s "$f" "$dir/$f" || exit 1; done); then
    echo "$dir: $n articles (kept)" >&2
  else
    rm -rf "$dir"
    "$CARGO_TARGET_DIR/release/tally-gen" --articles "$n" --seed 1 --out "$dir"
  fi
done

step "native extraction throughput (cargo bench, one core)"
cargo bench --locked -q -p tally-extract --bench throughput | tee "$W/throughput.txt" | grep -v '^BENCH' >&2
grab < "$W/throughput.txt"

step "corpus build (read folder, extract_corpus, the index build.rs embeds)"
rm -rf "$W/json"
DIRS="seeds=$ROOT/corpus"; for s in $SIZES; do DIRS="$DIRS${DIRS:+,}${s%%:*}=$W/corpus-${s%%:*}"; done
TALLY_BENCH_SAVE="$W/json" TALLY_BENCH_DIRS="$DIRS" cargo bench --locked -q -p tally-extract --bench throughput | tee "$W/corpus-build.txt" | grep -v '^BENCH' >&2
grab < "$W/corpus-build.txt"
# the embedded index: what build.rs packs (same code: src/data.rs, src/pack.rs)
for f in "$W"/json/*.bin; do
  l=$(basename "$f" .bin)
  record "size_${l}_index_raw" "$(( $(wc -c < "$f") / 1024 ))" KB
  record "size_${l}_index_gzip" "$(( $(gzip -9 -c "$f" | wc -c) / 1024 ))" KB
done

step "what a filter change and the start cost, natively (cargo bench -p tally-view --bench view)"
for s in $WEB; do
  corpus="$ROOT/corpus"; [ "$s" = seeds ] || corpus="$W/corpus-$s"
  TALLY_BENCH_CORPUS="$corpus" cargo bench --locked -q -p tally-view --bench view | tee "$W/view-$s.txt" | grep -v '^BENCH' >&2
  grep '^BENCH' "$W/view-$s.txt" | sed "s/view_start_native/view_${s}_start_native/" | cut -f2- >> "$RESULTS"
done

step "release builds (trunk, wasm) and sizes"
for s in $WEB; do
  dist="$W/dist-$s"; corpus="$ROOT/corpus"; [ "$s" = seeds ] || corpus="$W/corpus-$s"
  if [ "$REUSE" = 1 ] && [ -f "$dist/index.html" ]; then
    echo "$dist: reused" >&2
  else
    rm -rf "$dist"
    t0=$(date +%s.%N)
    TALLY_CORPUS="$corpus" trunk build --release "${TRUNK_FLAGS[@]}" --public-url /tally/ --dist "$dist" > "$W/build-$s.log" 2>&1 \
      || { tail -30 "$W/build-$s.log" >&2; echo "bench.sh: the $s build failed (log: $W/build-$s.log)" >&2; exit 1; }
    python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$t0" "$(date +%s.%N)" > "$dist.buildtime"
  fi
  [ -f "$dist.buildtime" ] && record "build_wasm_${s}_time" "$(cat "$dist.buildtime")" s
  wasm=$(ls "$dist"/tally-app-*_bg.wasm); js=$(ls "$dist"/tally-app-*.js | grep -v _bg)
  [ -f "$dist/tally-worker_bg.wasm" ] && record "size_${s}_worker_wasm_gzip" "$(( $(gz "$dist/tally-worker_bg.wasm") / 1024 ))" KB
  record "size_${s}_wasm_raw" "$(( $(wc -c < "$wasm") / 1024 ))" KB
  record "size_${s}_wasm_gzip" "$(( $(gz "$wasm") / 1024 ))" KB
  record "size_${s}_js_raw" "$(( $(wc -c < "$js") / 1024 ))" KB
  record "size_${s}_js_gzip" "$(( $(gz "$js") / 1024 ))" KB
  [ -d "$dist/bodies" ] && record "size_${s}_bodies_raw" "$(( $(cat "$dist"/bodies/* | wc -c) / 1024 ))" KB
  if [ "$s" = seeds ]; then
    # app code: wasm + JS, gzip, less the embedded index's gzip (approximate)
    record app_code_gzip "$(( ($(gz "$wasm") + $(gz "$js") - $(gz "$W/json/seeds.bin")) / 1024 ))" KB
  fi
done

if [ "$QUICK" = 0 ]; then
  step "browser timings (headless Chromium)"
  if [ ! -d tests/e2e/node_modules/playwright-core ]; then
    npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
  fi
  for s in $WEB; do
    runs=7; [ "$s" = 10k ] && runs=5
    node tests/e2e/bench.mjs --dist "$W/dist-$s" --label "$s" --runs "$runs" --filter-runs 20 --trace 1 | tee "$W/browser-$s.txt" | grep -v '^BENCH' >&2 \
      || echo "bench.sh: browser run for $s failed" >&2
    grab < "$W/browser-$s.txt"
  done
fi

step "results"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && commit="$commit+dirty"
python3 - "$RESULTS" "$commit" <<'EOF'
import sys, datetime
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
vals = {m: float(v) for m, v, u in rows}
# metric: (comparison, limit, what)
budgets = {
    'app_code_gzip': ('<=', 150, 'app code ≤ 150 KB gzip'),
    'browser_seeds_table_on_screen_median': ('<=', 300, 'table on screen ≤ 300 ms (seeds)'),
    'browser_seeds_table_on_screen_p95': ('<=', 300, 'table on screen ≤ 300 ms (seeds)'),
    'browser_10k_table_on_screen_median': ('<=', 800, 'table on screen ≤ 800 ms (10k)'),
    'browser_10k_table_on_screen_p95': ('<=', 800, 'table on screen ≤ 800 ms (10k)'),
    'browser_10k_filter_change_median': ('<=', 16, 'filter change ≤ 16 ms (10k)'),
    'browser_10k_filter_change_p95': ('<=', 16, 'filter change ≤ 16 ms (10k)'),
    'extract_seeds_pipeline_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
    'extract_generated_pipeline_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
    'extract_seeds_article_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
    'extract_generated_article_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
    'extract_dense_pipeline_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
    'extract_dense_article_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
    'extract_written_pipeline_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
    'extract_written_article_cpu': ('>=', 50, 'extraction ≥ 50 MB/s'),
}
print(f"{'metric':<44} {'value':>11} {'unit':<6} {'budget':<8} {'':<5}")
for m, v, u in rows:
    b = budgets.get(m)
    verdict = budget = ''
    if b:
        op, lim, _ = b
        ok = float(v) <= lim if op == '<=' else float(v) >= lim
        verdict, budget = ('pass' if ok else 'FAIL'), f'{op} {lim}'
    x = float(v)
    shown = f'{x:.0f}' if u in ('KB', 'count') or x >= 1000 else f'{x:.1f}'
    print(f"{m:<44} {shown:>11} {u:<6} {budget:<8} {verdict}")
missing = [m for m in budgets if m not in vals]
if missing:
    print('not measured this run:', ', '.join(missing))
EOF
today=$(date -u +%Y-%m-%dT%H:%M:%SZ)
[ -f bench/history.tsv ] || printf 'date\tcommit\tmetric\tvalue\tunit\n' > bench/history.tsv
awk -v d="$today" -v c="$commit" -F'\t' '{ printf "%s\t%s\t%s\t%s\t%s\n", d, c, $1, $2, $3 }' "$RESULTS" >> bench/history.tsv
echo "appended $(wc -l < "$RESULTS") rows to bench/history.tsv" >&2
