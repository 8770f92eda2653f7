#!/usr/bin/env bash
# How far two annotators agree: a second gold, written blind to the first, scored
# against it with the same scorer as the extractor (both ways). The ceiling any
# extractor scored this way can reach. Usage: scripts/agreement.sh
set -euo pipefail
cd "$(dirname "$0")/.."
score=../shared/tools/score_figures.py
for second in eval/agreement/holdout*-second.json; do
  set_name=$(basename "$second" -second.json)
  first=""
  for d in eval/$set_name extract/tests/$set_name; do
    [ -f "$d/gold.json" ] && first=$d/gold.json
  done
  [ -n "$first" ] || { echo "$set_name: no first gold found" >&2; continue; }
  echo "$set_name, second annotator scored against the first:"
  python3 "$score" "$first" "$second"
  echo "$set_name, first annotator scored against the second:"
  python3 "$score" "$second" "$first"
done
