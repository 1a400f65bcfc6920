#!/bin/sh
# Scan time of the real image of ScanRealImageIT (cli/src/test/resources/scan-it/real: Debian 12
# with python3-urllib3, lodash 4.17.15, log4j-core 2.14.1 and a Go binary), and match throughput.
#   1. builds the image on a running test stack (scripts/stack.sh start STACK_DIR);
#   2. imports ../shared/corpus/osv and the hand-written Debian records into a fresh database
#      (import time and size of the corpus alone: scripts/bench-db.sh);
#   3. with the database warm (one scan first, not counted), times RUNS scans of docker:TAG (the
#      engine's export included) and of a docker save archive of it, JVM start included;
#   4. JMH MatchBenchmark: packages per second against the whole imported corpus.
# Not part of the test suite.
#
#   scripts/bench-scan.sh STACK_DIR [RUNS]     (default: 5 runs)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
stack=${1:?usage: $0 STACK_DIR [RUNS]}
runs=${2:-5}
corpus=$repo/../shared/corpus/osv
fixtures=$repo/cli/src/test/resources/scan-it
[ -f "$stack/stack.env" ] || { echo "error: $stack/stack.env: no stack; run scripts/stack.sh start $stack" >&2; exit 2; }
set -a
# shellcheck source=/dev/null # written by scripts/stack.sh
. "$stack/stack.env"
set +a
if [ ! -f "$repo/cli/target/plimsoll.jar" ] || [ ! -f "$repo/bench/target/benchmarks.jar" ]; then
  (cd "$repo" && ./mvnw -B -q -DskipTests -Dplimsoll.fuzz.skip=true package)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tag=plimsoll-bench/scan-real:latest
ca=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}
secret=""
[ -f "$ca" ] && secret="--secret id=cacerts,src=$ca"
ms() { echo $((($(date +%s%N) - $1) / 1000000)); }
secs() { awk "BEGIN{printf \"%.2f\", $1/1000}"; }

start=$(date +%s%N)
# shellcheck disable=SC2086 # $secret is two words or none
"$PLIMSOLL_DOCKER" build --network host -q $secret -t "$tag" "$fixtures/real" >/dev/null
echo "image build:      $(secs "$(ms "$start")") s (the engine's cache makes reruns quick)"
"$PLIMSOLL_DOCKER" save -o "$work/image.tar" "$tag"

start=$(date +%s%N)
"$repo/bin/plimsoll" db import "$corpus" "$fixtures/debian-osv" --db "$work/db.sqlite" >/dev/null
echo "import:           $(secs "$(ms "$start")") s, database $(($(wc -c <"$work/db.sqlite") / 1048576)) MiB"

# Times RUNS scans of $1; prints best and median.
time_scan() {
  "$repo/bin/plimsoll" scan "$1" --db "$work/db.sqlite" -f json --fail-on none >"$work/scan.json"
  : >"$work/times"
  i=0
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$repo/bin/plimsoll" scan "$1" --db "$work/db.sqlite" -f json --fail-on none >/dev/null
    ms "$start" >>"$work/times"
    i=$((i + 1))
  done
  sort -n "$work/times" >"$work/sorted"
  echo "best $(secs "$(head -n 1 "$work/sorted")") s, median $(secs "$(sed -n "$(((runs + 1) / 2))p" "$work/sorted")") s"
}
echo "scan docker:$tag (runs=$runs): $(time_scan "docker:$tag")"
echo "scan docker-archive (runs=$runs): $(time_scan "docker-archive:$work/image.tar")"
echo "  $(jq '.packages' "$work/scan.json") packages, $(jq '.vulnerabilities | length' "$work/scan.json") vulnerabilities, image $(($(wc -c <"$work/image.tar") / 1048576)) MiB saved"

echo "== JMH MatchBenchmark (packages/s)"
java -jar "$repo/bench/target/benchmarks.jar" MatchBenchmark -p corpus="$corpus" -f 1 -wi 3 -i 5 \
  -w 2s -r 2s -rf json -rff "$work/jmh.json" >"$work/jmh.txt"
jq -r '.[] | "\(.benchmark | split(".")[-1]): \(.primaryMetric.score | floor) ± \(.primaryMetric.scoreError | floor) packages/s"' "$work/jmh.json"
echo "load average:     $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
