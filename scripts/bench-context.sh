#!/bin/sh
# Times `plimsoll context` against GNU tar walking the same generated build context with the same
# exclusions, in one hyperfine run, and prints the ratio. Not part of the test suite.
#
#   scripts/bench-context.sh [TREE_DIR]     (default: ${TMPDIR:-/tmp}/plimsoll-bench-context)
#
# The tree holds 200,000 files: sources that are sent, and node_modules, .git, dist, coverage,
# logs and docs that .dockerignore keeps out (docs with one `!` exception, so that folder must be
# walked). tar writes to /dev/null, where GNU tar stats files without reading them, as the walk
# does. tar has no `!` exceptions, so its list lacks that one line.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
tree=${1:-${TMPDIR:-/tmp}/plimsoll-bench-context}
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 2; }
tar --version 2>/dev/null | grep -q 'GNU tar' || { echo "GNU tar is needed" >&2; exit 2; }
[ -f "$repo/cli/target/plimsoll.jar" ] || (cd "$repo" && ./mvnw -B -q -DskipTests package)

if [ ! -f "$tree/.generated" ]; then
  rm -rf "$tree"
  mkdir -p "$tree"
  python3 - "$tree" <<'PY'
import os, sys
root = sys.argv[1]
def files(base, count, per_dir, ext, size):
    for i in range(count):
        d = os.path.join(root, base, "d%03d" % (i // per_dir // 20), "m%03d" % (i // per_dir))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "f%06d%s" % (i, ext)), "wb") as f:
            f.write(b"x" * (size + i % 97))
files("src", 60000, 50, ".ts", 400)
files("node_modules", 100000, 40, ".js", 900)
files(".git/objects", 20000, 100, "", 300)
files("dist", 8000, 50, ".js", 2000)
files("coverage", 4000, 50, ".html", 800)
files("docs", 3000, 50, ".md", 1000)
files("logs", 4998, 100, ".log", 200)
with open(os.path.join(root, "docs", "README.md"), "w") as f:
    f.write("# docs\n")
with open(os.path.join(root, "Dockerfile"), "w") as f:
    f.write("FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"dist/index.js\"]\n")
PY
  printf '.git\nnode_modules\ndist\ncoverage\n**/*.log\ndocs\n!docs/README.md\n' >"$tree/.dockerignore"
  touch "$tree/.generated"
fi
printf '.git\nnode_modules\ndist\ncoverage\n*.log\ndocs\n' >"$tree/../plimsoll-bench-tar-exclude"
echo "files in the tree: $(find "$tree" -type f | wc -l)"

out=$(mktemp)
hyperfine --warmup 2 --runs 10 --export-json "$out" \
  -n "plimsoll context (excluded folders skipped)" \
  "$repo/bin/plimsoll context $tree --format json --no-excluded-sizes -o /dev/null" \
  -n "plimsoll context (excluded sizes measured)" \
  "$repo/bin/plimsoll context $tree --format json -o /dev/null" \
  -n "tar -c --exclude-from" \
  "tar -C $tree -c --exclude-from=$tree/../plimsoll-bench-tar-exclude -f /dev/null ."
python3 - "$out" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
tar = r["tar -c --exclude-from"]
for name, mean in r.items():
    print("%-46s %7.3f s   %.2fx tar" % (name, mean, mean / tar))
PY
rm -f "$out"
