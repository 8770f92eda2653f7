#!/usr/bin/env bash
# Trunk post-build hook: copies the article body shards the app's embedded index
# names (b<16 hex>.txt, written by build.rs to <target>/<profile>/tally-bodies/) into
# the staging dist as bodies/. Fails the build, naming the shard, if one is missing.
set -euo pipefail
stage="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
src="${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
target="${CARGO_TARGET_DIR:-$src/target}"
wasm=$(ls "$stage"/tally-app-*_bg.wasm 2>/dev/null | head -1)
[ -n "$wasm" ] || { echo "bodies.sh: no tally-app wasm in $stage" >&2; exit 1; }
mapfile -t dirs < <(find "$target" -maxdepth 3 -type d -name tally-bodies 2>/dev/null)
[ "${#dirs[@]}" -gt 0 ] || { echo "bodies.sh: no tally-bodies folder under $target (build.rs writes it)" >&2; exit 1; }
mkdir -p "$stage/bodies"
n=0
while read -r name; do
  found=""
  for d in "${dirs[@]}"; do
    if [ -f "$d/$name" ]; then found="$d/$name"; break; fi
  done
  [ -n "$found" ] || { echo "bodies.sh: body shard $name is not in ${dirs[*]}" >&2; exit 1; }
  cp "$found" "$stage/bodies/$name"
  n=$((n + 1))
done < <(grep -aoE 'b[0-9a-f]{16}\.txt' "$wasm" | sort -u)
echo "bodies.sh: $n body shards copied to bodies/" >&2
