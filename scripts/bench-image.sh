#!/bin/sh
# Times `plimsoll image` on a real image of about 600 MB (built here on the test stack's Docker
# Engine from Debian, with gzip layers in an OCI layout), next to the floor: only decompressing and
# listing its layers (`tar -tzf` over each layer blob, one after another), in one hyperfine run;
# then the peak memory of the analysis. Not part of the test suite.
#
#   scripts/bench-image.sh [STACK_DIR]   (default: a stack started in /tmp/plimsoll-bench-stack
#                                          and stopped at the end)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
[ -f "$repo/cli/target/plimsoll.jar" ] || (cd "$repo" && ./mvnw -B -q -DskipTests package)
stack=${1:-}
if [ -z "$stack" ]; then
  stack=/tmp/plimsoll-bench-stack
  "$repo/scripts/stack.sh" start "$stack"
  trap '"$repo/scripts/stack.sh" stop "$stack"' EXIT
fi
set -a
# shellcheck disable=SC1091
. "$stack/stack.env"
set +a
work=${TMPDIR:-/tmp}/plimsoll-bench-image
mkdir -p "$work/ctx"
cat >"$work/ctx/Dockerfile" <<'DOCKERFILE'
FROM local/debian:bookworm
RUN for i in 1 2 3; do cp -a /usr /usr-copy$i; done
RUN head -c 150000000 /dev/urandom > /blob.bin && cp -a /var /var-copy
RUN rm -rf /usr-copy1 /blob.bin
DOCKERFILE
if [ ! -d "$work/oci" ]; then
  "$PLIMSOLL_DOCKER" build -q --network host -t plimsoll-bench/image:1 "$work/ctx"
  "$PLIMSOLL_DOCKER" save -o "$work/image.tar" plimsoll-bench/image:1
  skopeo copy -q --dest-compress --dest-compress-format gzip \
    "docker-archive:$work/image.tar" "oci:$work/oci:1"
  rm -f "$work/image.tar"
fi
echo "image: $(du -sh "$work/oci" | cut -f1) stored (gzip layers)"
layers=$(python3 - "$work/oci" <<'PY'
import json, sys, os
root = sys.argv[1]
index = json.load(open(os.path.join(root, "index.json")))
m = index["manifests"][0]["digest"].split(":")[1]
manifest = json.load(open(os.path.join(root, "blobs/sha256", m)))
print(" ".join(os.path.join(root, "blobs/sha256", l["digest"].split(":")[1]) for l in manifest["layers"]))
PY
)
floor="for l in $layers; do tar -tzf \$l >/dev/null; done"
hyperfine --warmup 1 --runs 5 \
  -n "plimsoll image" "$repo/bin/plimsoll image oci:$work/oci:1 -f json -o /dev/null --fail-on none" \
  -n "tar -tzf over each layer" "$floor"
/usr/bin/time -f "plimsoll image: peak memory %M kB, %e s wall, %U s user" \
  "$repo/bin/plimsoll" image "oci:$work/oci:1" -f json -o /dev/null --fail-on none
