#!/bin/sh
# Import time and database size for the whole OSV corpus (../shared/corpus/osv: Go, PyPI and
# GitHub advisories): `plimsoll db import` into a fresh database, RUNS times, then the best and
# median wall-clock times, the database's size and the corpus's. Not part of the test suite.
#
#   scripts/bench-db.sh [RUNS] [CORPUS]     (default: 5 runs, ../shared/corpus/osv)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
corpus=${2:-$repo/../shared/corpus/osv}
[ -d "$corpus" ] || { echo "error: $corpus: no such folder" >&2; exit 2; }
[ -f "$repo/cli/target/plimsoll.jar" ] || (cd "$repo" && ./mvnw -B -q -DskipTests package)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
  rm -f "$work/db.sqlite"
  start=$(date +%s%N)
  "$repo/bin/plimsoll" db import "$corpus" --db "$work/db.sqlite" >"$work/out.txt"
  end=$(date +%s%N)
  echo $(((end - start) / 1000000)) >>"$work/times"
  i=$((i + 1))
done
sort -n "$work/times" >"$work/sorted"
best=$(head -n 1 "$work/sorted")
median=$(sed -n "$(((runs + 1) / 2))p" "$work/sorted")
records=$(sed -n 's/^imported \([0-9]*\) records.*/\1/p' "$work/out.txt")
dbsize=$(wc -c <"$work/db.sqlite")
corpussize=$(find "$corpus" -name '*.json' -type f -exec cat {} + | wc -c)
echo "records:          $records"
echo "import (runs=$runs): best $(awk "BEGIN{printf \"%.2f\", $best/1000}") s, median $(awk "BEGIN{printf \"%.2f\", $median/1000}") s (bin/plimsoll, JVM start included)"
echo "database size:    $dbsize bytes ($(awk "BEGIN{printf \"%.1f\", $dbsize/1048576}") MiB)"
echo "corpus JSON size: $corpussize bytes ($(awk "BEGIN{printf \"%.1f\", $corpussize/1048576}") MiB)"
echo "load average:     $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
