#!/usr/bin/env bash
# Speed of `plimsoll lint`, measured against a baseline in the same run. Prints medians.
#   1. whole process on one Dockerfile (JVM start included): bin/plimsoll vs dockerfile-utils
#      (npm `dockerfile-utils`, the validator behind VS Code's Docker support), with hyperfine;
#   2. the whole binnacle gold corpus (406 files): plimsoll in one run vs dockerfile-utils once
#      per file (it takes one file per process);
#   3. JMH: parse + lint throughput in files per second, in a warm JVM;
#   4. what AppCDS really archived, per library, from -Xlog:class+load.
# Usage: scripts/bench.sh [CORPUS_DIR]     (default ../shared/corpus/dockerfiles/binnacle-gold)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=${1:-$root/../shared/corpus/dockerfiles/binnacle-gold}
out=$root/bench/target/results
mkdir -p "$out"

if [ ! -f cli/target/plimsoll.jar ] || [ ! -f bench/target/benchmarks.jar ]; then
  ./mvnw -B -q -ntp -DskipTests package
fi
for tool in hyperfine jq; do
  command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq $tool; }
done
node_dir=$root/bench/target/node
[ -x "$node_dir/node_modules/.bin/dockerfile-utils" ] \
  || npm install --silent --no-audit --no-fund --prefix "$node_dir" dockerfile-utils@0.16.3 >/dev/null
dfu=$node_dir/node_modules/.bin/dockerfile-utils

files=("$corpus"/*.Dockerfile)
one=${files[0]}
echo "== 1. one file, whole process ($one)"
hyperfine -N --warmup 3 --runs 30 -i --export-json "$out/one-file.json" \
  "bin/plimsoll lint --format json $one" \
  "bin/plimsoll lint --no-shellcheck --format json $one" \
  "bin/plimsoll --version" \
  "$dfu lint $one" >/dev/null
jq -r '.results[] | "\(.command | split(" ")[0:3] | join(" ") | split("/")[-1]): median \(.median * 1000 | floor) ms (mean \(.mean * 1000 | floor) ms, n=\(.times | length))"' "$out/one-file.json"

echo "== 2. the whole corpus (${#files[@]} files)"
hyperfine --warmup 1 --runs 5 -i --export-json "$out/corpus.json" \
  "bin/plimsoll lint --format json $corpus > /dev/null" \
  "for f in $corpus/*.Dockerfile; do $dfu lint \$f > /dev/null; done" >/dev/null
jq -r '.results[] | "\(.command | split(" ")[0:3] | join(" ") | split("/")[-1]): median \(.median * 1000 | floor) ms"' "$out/corpus.json"

echo "== 3. JMH parse + lint throughput (files/s)"
java -jar bench/target/benchmarks.jar -p corpus="$corpus" -f 1 -wi 3 -i 5 -w 2s -r 2s \
  -rf json -rff "$out/jmh.json" LintBenchmark 2>&1 | grep -E '^(Benchmark|LintBenchmark)'

echo "== 4. AppCDS: classes loaded from the archive, per library"
java -Xshare:auto -XX:SharedArchiveFile=cli/target/plimsoll.jsa -XX:+UseSerialGC \
  -XX:TieredStopAtLevel=1 -Xlog:class+load=info -jar cli/target/plimsoll.jar lint \
  --format json "$one" 2>/dev/null | { grep -E '^\[' || true; } | awk '
  { name = $2; shared = ($0 ~ /shared objects file/) ? 1 : 0
    lib = "jdk"
    if (name ~ /^dev\.plimsoll\./) lib = "plimsoll"
    else if (name ~ /^picocli\./) lib = "picocli"
    else if (name ~ /^com\.fasterxml\./) lib = "jackson"
    else if (name ~ /^org\.yaml\./) lib = "snakeyaml"
    total[lib]++; archived[lib] += shared }
  END { for (l in total) printf "  %-9s %4d of %4d classes from the archive\n", l, archived[l], total[l] }' | sort
