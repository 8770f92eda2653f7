#!/usr/bin/env bash
# Prints the size of a built app (raw and gzip -9): wasm, JS, CSS.
set -euo pipefail
dir="${1:-dist}"
printf '%-40s %10s %10s\n' "file" "raw B" "gzip B"
total_raw=0; total_gz=0
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' "total" "$total_raw" "$total_gz"
