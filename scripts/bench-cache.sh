#!/bin/sh
# Times `plimsoll cache --history 100` on a real repository (a clone of this one, whose Dockerfile
# has a history of its own), next to `git log -p` over the same 100 commits as the baseline: the
# cost of reading those commits' changes at all. One hyperfine run; not part of the test suite.
#
#   scripts/bench-cache.sh [REPOSITORY]     (default: this repository)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
source=${1:-$repo}
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
[ -f "$repo/cli/target/plimsoll.jar" ] || (cd "$repo" && ./mvnw -B -q -DskipTests package)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --no-local "$source" "$work/repo"
echo "commits reachable from HEAD: $(git -C "$work/repo" rev-list --count HEAD)"
"$repo/bin/plimsoll" cache "$work/repo" --history 100

out="$work/hyperfine.json"
hyperfine --warmup 2 --runs 10 --export-json "$out" \
  -n "plimsoll cache --history 100" \
  "$repo/bin/plimsoll cache $work/repo --history 100 --format json -o /dev/null" \
  -n "git log -p -100" \
  "git -C $work/repo log -p -100 --date-order >/dev/null"
python3 - "$out" <<'PY'
import json, sys
r = {x["command"]: (x["mean"], x["stddev"]) for x in json.load(open(sys.argv[1]))["results"]}
base = r["git log -p -100"][0]
for name, (mean, sd) in r.items():
    print("%-30s %7.3f s ± %.3f   %.2fx git log -p" % (name, mean, sd, mean / base))
PY
