#!/usr/bin/env bash
# The real components Plimsoll's integration tests run against, started once per test run.
#
#   scripts/stack.sh start DIR   install what is missing (Debian packages), then start a Docker
#                                Engine (BuildKit inside), three registries on 127.0.0.1 (plain,
#                                htpasswd, bearer token with its token server) and load the base images local/debian:bookworm and
#                                local/busybox; writes DIR/stack.env. Re-running is quick.
#   scripts/stack.sh stop DIR    stop what start started, by PID, unmount leftovers, remove DIR.
#
# Everything lives under DIR (daemon data, sockets, registry blobs, logs), so several stacks can
# run side by side. Only the debootstrap tarball is kept between runs, in $PLIMSOLL_CACHE
# (default /var/cache/plimsoll). Needs root and Debian 12; the only network it needs is the
# Debian mirror. No public image registry is used.
set -euo pipefail
shopt -s inherit_errexit # $(...) stops at its first failure too

readonly DOCKER=/usr/bin/docker # Debian's 20.10 client: BuildKit built in (/usr/local/bin's has no buildx)
readonly CACHE=${PLIMSOLL_CACHE:-/var/cache/plimsoll}
readonly REGISTRY_USER=plimsoll
readonly PACKAGES=(docker.io docker-registry skopeo umoci buildah docker-compose debootstrap
  busybox-static apache2-utils shellcheck curl chromium)
T0=$(date +%s)

log() { printf '[stack %3ss] %s\n' "$(($(date +%s) - T0))" "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}

# A pidfile's process, when it runs and is not a zombie (PID 1 may reap orphans only every few s).
alive_pid() {
  local st
  st=$(ps -o stat= -p "$1" 2>/dev/null) && [ -n "$st" ] && [ "${st#Z}" = "$st" ]
}
alive() { [ -s "$1" ] && alive_pid "$(cat "$1")"; }

install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Another apt run (a parallel test run) holds the lock for a while: wait instead of failing.
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -q)
  "${apt[@]}" update >"$LOGS/apt.log" 2>&1 || die "apt-get update failed, see $LOGS/apt.log"
  "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >>"$LOGS/apt.log" 2>&1 ||
    die "apt-get install failed, see $LOGS/apt.log"
}

debian_mirror() {
  local m
  m=$(sed -n 's/^[[:space:]]*URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    tr ' ' '\n' | grep -v -- -security | grep -m1 -E '/debian/?$' || true)
  [ -n "$m" ] || m=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }' \
    /etc/apt/sources.list 2>/dev/null || true)
  echo "${m:-http://deb.debian.org/debian}"
}

start_dockerd() {
  local driver=$1
  rm -f "$SOCK"
  log "starting dockerd ($driver)"
  setsid dockerd --iptables=false --ip6tables=false --ip-masq=false --bridge=none \
    --storage-driver="$driver" --data-root "$DIR/docker-data" --exec-root "$RUN/exec" \
    -H "unix://$SOCK" --pidfile "$DIR/dockerd.pid" >"$LOGS/dockerd-$driver.log" 2>&1 </dev/null &
  local pid=$!
  for _ in $(seq 1 120); do
    "$DOCKER" -H "unix://$SOCK" version >/dev/null 2>&1 && return 0
    alive_pid "$pid" || break
    sleep 0.25
  done
  log "dockerd ($driver) did not come up: $(tail -n 2 "$LOGS/dockerd-$driver.log")"
  kill_wait dockerd "$pid" 30
  return 1
}

# A port nobody listens on (checked in /proc/net/tcp*, where ports are hex).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    grep -qi ":$(printf '%04X' "$port") 00000000:0000 0A" /proc/net/tcp /proc/net/tcp6 2>/dev/null ||
      break
  done
  echo "$port"
}

# name [auth yaml]: a registry on a free 127.0.0.1 port, its address in DIR/NAME.addr
start_registry() {
  local name=$1 auth=${2:-} attempt port
  if alive "$DIR/$name.pid" && curl -s -o /dev/null "http://$(cat "$DIR/$name.addr")/v2/"; then
    return 0
  fi
  mkdir -p "$DIR/$name/data"
  for attempt in 1 2 3; do
    port=$(free_port)
    cat >"$DIR/$name/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $DIR/$name/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  secret: plimsoll-test-only
$auth
EOF
    setsid docker-registry serve "$DIR/$name/config.yml" >"$LOGS/$name.log" 2>&1 </dev/null &
    echo $! >"$DIR/$name.pid"
    echo "127.0.0.1:$port" >"$DIR/$name.addr"
    for _ in $(seq 1 80); do
      curl -s -o /dev/null "http://127.0.0.1:$port/v2/" && return 0
      alive "$DIR/$name.pid" || break # lost the port to someone else: try another one
      sleep 0.25
    done
    log "registry $name on port $port failed (attempt $attempt): $(tail -n 1 "$LOGS/$name.log")"
    kill_wait "$name" "$(cat "$DIR/$name.pid")" 5
  done
  return 1
}

# The debootstrap tarball is the slow part (a minute or more): build it once per machine.
debian_tarball() {
  local tarball=$CACHE/debian-bookworm-minbase.tar rootfs
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9 # a parallel run may be writing the tarball right now
  if [ ! -s "$tarball" ]; then
    rootfs=$(mktemp -d "$CACHE/rootfs.XXXXXX")
    [[ -d $rootfs && $rootfs != / ]] || die "no folder for debootstrap in $CACHE"
    log "debootstrap --variant=minbase bookworm (cached in $tarball afterwards)"
    debootstrap --variant=minbase bookworm "$rootfs" "$(debian_mirror)" >"$LOGS/debootstrap.log" 2>&1 ||
      die "debootstrap failed, see $LOGS/debootstrap.log"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/lib/apt/lists/*
    mkdir -p "$rootfs/var/lib/apt/lists/partial"
    tar --numeric-owner -C "$rootfs" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf "$rootfs"
  fi
  exec 9>&-
  echo "$tarball"
}

# A registry with bearer-token auth and its token server (scripts/TokenServer.java, run from source
# by the JDK): the flow of Docker Hub, GitLab and Harbor. Same user and password as registry-auth.
start_token_registry() {
  local td=$DIR/registry-token pass=plimsoll-test-store attempt port
  mkdir -p "$td"
  if [ ! -s "$td/cert.pem" ]; then
    rm -f "$td/token.p12"
    keytool -genkeypair -alias token -keyalg RSA -keysize 2048 -validity 3650 -storetype PKCS12 \
      -keystore "$td/token.p12" -storepass "$pass" -dname CN=plimsoll-token-issuer >"$LOGS/keytool.log" 2>&1
    keytool -exportcert -rfc -alias token -keystore "$td/token.p12" -storepass "$pass" \
      >"$td/cert.pem" 2>>"$LOGS/keytool.log"
  fi
  if ! { alive "$DIR/token-server.pid" && curl -s -o /dev/null "http://$(cat "$DIR/token-server.addr")/token"; }; then
    for attempt in 1 2 3; do
      port=$(free_port)
      setsid java "$(dirname "$0")/TokenServer.java" "$port" "$td/token.p12" "$pass" "$REGISTRY_USER" \
        "$(cat "$DIR/registry-auth/password")" plimsoll-registry plimsoll-token \
        >"$LOGS/token-server.log" 2>&1 </dev/null &
      echo $! >"$DIR/token-server.pid"
      echo "127.0.0.1:$port" >"$DIR/token-server.addr"
      for _ in $(seq 1 120); do
        curl -s -o /dev/null "http://127.0.0.1:$port/token" && break 2
        alive "$DIR/token-server.pid" || break
        sleep 0.25
      done
      log "token server on port $port failed (attempt $attempt): $(tail -n 1 "$LOGS/token-server.log")"
      kill_wait token-server "$(cat "$DIR/token-server.pid")" 5
      [ "$attempt" -lt 3 ] || return 1
    done
  fi
  start_registry registry-token "auth:
  token:
    realm: http://$(cat "$DIR/token-server.addr")/token
    service: plimsoll-registry
    issuer: plimsoll-token
    rootcertbundle: $td/cert.pem"
}

load_base_images() {
  if ! "$DOCKER" image inspect local/debian:bookworm >/dev/null 2>&1; then
    local tarball
    tarball=$(debian_tarball)
    log "docker import local/debian:bookworm"
    "$DOCKER" import -c 'CMD ["/bin/bash"]' "$tarball" local/debian:bookworm >/dev/null
  fi
  if ! "$DOCKER" image inspect local/busybox:latest >/dev/null 2>&1; then
    # FROM scratch + busybox-static, as a root file system tar: no build, no RUN, no network.
    local root=$DIR/busybox-root applet
    rm -rf "$root" && mkdir -p "$root/bin" "$root/tmp" "$root/etc"
    cp /bin/busybox "$root/bin/busybox"
    for applet in $(/bin/busybox --list); do
      [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
    echo 'root:x:0:' >"$root/etc/group"
    log "docker import local/busybox"
    tar --numeric-owner --owner=0 --group=0 -C "$root" -c . |
      "$DOCKER" import -c 'CMD ["/bin/sh"]' - local/busybox:latest >/dev/null
    rm -rf "$root"
  fi
}

write_env() {
  cat >"$DIR/stack.env.tmp" <<EOF
DOCKER_HOST=unix://$SOCK
DOCKER_CONFIG=$DIR/docker-config
DOCKER_BUILDKIT=1
PLIMSOLL_DOCKER=$DOCKER
PLIMSOLL_STORAGE_DRIVER=$("$DOCKER" info --format '{{.Driver}}')
PLIMSOLL_REGISTRY=$(cat "$DIR/registry.addr")
PLIMSOLL_REGISTRY_AUTH=$(cat "$DIR/registry-auth.addr")
PLIMSOLL_REGISTRY_TOKEN=$(cat "$DIR/registry-token.addr")
PLIMSOLL_REGISTRY_USER=$REGISTRY_USER
PLIMSOLL_REGISTRY_PASSWORD=$(cat "$DIR/registry-auth/password")
PLIMSOLL_BASE_DEBIAN=local/debian:bookworm
PLIMSOLL_BASE_BUSYBOX=local/busybox:latest
EOF
  mv "$DIR/stack.env.tmp" "$DIR/stack.env"
}

on_start_exit() {
  [ "$1" -eq 0 ] && return 0
  log "start failed; stopping what was started (logs in $LOGS)"
  stop_processes
  unmount_all
}

start() {
  touch "$DIR/.plimsoll-stack" # stop removes only folders that carry this mark
  mkdir -p "$LOGS" "$DIR/docker-data" "$RUN/exec" "$DIR/docker-config"
  install_packages
  # A start that fails halfway stops what it started; the logs stay in DIR.
  trap 'on_start_exit $?' EXIT
  if alive "$DIR/dockerd.pid" && "$DOCKER" -H "unix://$SOCK" version >/dev/null 2>&1; then
    log "dockerd already running (pid $(cat "$DIR/dockerd.pid"))"
  else
    # PLIMSOLL_STACK_DRIVER=vfs skips overlay2 (and tries the fallback on purpose).
    start_dockerd "${PLIMSOLL_STACK_DRIVER:-overlay2}" || start_dockerd vfs ||
      die "dockerd would not start, see $LOGS"
  fi
  export DOCKER_HOST=unix://$SOCK DOCKER_CONFIG=$DIR/docker-config
  start_registry registry || die "registry would not start, see $LOGS/registry.log"
  mkdir -p "$DIR/registry-auth"
  [ -s "$DIR/registry-auth/password" ] || od -An -N12 -tx1 /dev/urandom | tr -d ' \n' >"$DIR/registry-auth/password"
  htpasswd -Bbn "$REGISTRY_USER" "$(cat "$DIR/registry-auth/password")" >"$DIR/registry-auth/htpasswd"
  start_registry registry-auth "auth:
  htpasswd:
    realm: plimsoll-test
    path: $DIR/registry-auth/htpasswd" || die "registry-auth would not start, see $LOGS/registry-auth.log"
  start_token_registry || die "registry-token would not start, see $LOGS"
  load_base_images
  write_env
  log "ready: $(grep -E '^(DOCKER_HOST|PLIMSOLL_REGISTRY|PLIMSOLL_REGISTRY_AUTH|PLIMSOLL_STORAGE_DRIVER)=' "$DIR/stack.env" | tr '\n' ' ')"
}

# name pid timeout: TERM, wait, then KILL. Only for a PID this stack recorded.
kill_wait() {
  local name=$1 pid=$2 timeout=$3 t0=$SECONDS
  alive_pid "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((timeout * 10))); do
    if ! alive_pid "$pid"; then
      [ $((SECONDS - t0)) -lt 3 ] || log "$name (pid $pid) took $((SECONDS - t0))s to stop"
      return 0
    fi
    sleep 0.1
  done
  log "$name (pid $pid) still running after ${timeout}s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

stop_processes() {
  local containerd pid proc name
  if alive "$DIR/dockerd.pid"; then
    pid=$(cat "$DIR/dockerd.pid")
    # Running containers would make dockerd wait for each one's stop timeout.
    "$DOCKER" -H "unix://$SOCK" ps -q 2>/dev/null | xargs -r "$DOCKER" -H "unix://$SOCK" kill >/dev/null 2>&1 || true
    containerd=$(cat "$RUN/exec/containerd/containerd.pid" 2>/dev/null || true)
    kill_wait dockerd "$pid" 30
    [ -z "$containerd" ] || kill_wait containerd "$containerd" 10
  fi
  # A dockerd that was killed leaves its containers running: find them by their cgroup, named
  # for the container IDs of our data root (other stacks' containers have other IDs).
  local ids=$DIR/container-ids
  find "$DIR/docker-data/containers" -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null >"$ids" || true
  if [ -s "$ids" ]; then
    grep -lsF -f "$ids" /proc/[0-9]*/cgroup | cut -d/ -f3 | while read -r proc; do
      log "killing container process $proc ($(ps -o comm= -p "$proc" || true))"
      kill -KILL "$proc" 2>/dev/null || true
    done || true # grep finds none: the usual case
  fi
  # Shims outlive a dockerd that was killed; they name our containerd socket on their command line.
  # One grep over every command line (a fork per process is seconds on a busy machine), with
  # the pattern in a file so that grep does not find itself.
  echo "$RUN/exec/containerd/" >"$DIR/shim-pattern"
  grep -lsaF -f "$DIR/shim-pattern" /proc/[0-9]*/cmdline | cut -d/ -f3 |
    while read -r proc; do kill_wait shim "$proc" 2; done || true
  for name in registry registry-auth registry-token; do
    if alive "$DIR/$name.pid" && [ "$(ps -o comm= -p "$(cat "$DIR/$name.pid")")" = docker-registry ]; then
      kill_wait "$name" "$(cat "$DIR/$name.pid")" 10
    fi
  done
  if alive "$DIR/token-server.pid" && [ "$(ps -o comm= -p "$(cat "$DIR/token-server.pid")")" = java ]; then
    kill_wait token-server "$(cat "$DIR/token-server.pid")" 10
  fi
}

# Deepest first, so nested mounts (a container's overlay under the netns folder) come off.
unmount_all() {
  local m root
  for root in "$DIR" "$RUN"; do
    awk -v d="$root/" '{ gsub(/\\040/, " ", $5); if (index($5 "/", d) == 1) print $5 }' /proc/self/mountinfo |
      sort -r | while read -r m; do
      umount "$m" 2>/dev/null || umount -l "$m" || true
    done
  done
}

on_stop_exit() {
  [ "$1" -eq 0 ] || log "stop failed (exit $1); processes or mounts may be left under $DIR"
}

stop() {
  if [ ! -e "$DIR/.plimsoll-stack" ]; then
    log "$DIR is not a stack folder (no .plimsoll-stack): nothing to stop"
    return 0
  fi
  stop_processes
  unmount_all
  local root
  for root in "$DIR" "$RUN"; do
    if grep -qF " $root/" /proc/self/mountinfo; then
      die "mounts left under $root, not removing it: $(grep -F " $root/" /proc/self/mountinfo | awk '{ print $5 }')"
    fi
  done
  rm -rf --one-file-system "$RUN" "$DIR"
  log "stopped, $DIR removed"
}

[ $# -eq 2 ] || usage
if [ "$1" = stop ] && [ ! -d "$2" ]; then
  exit 0 # nothing to stop, as after every clean run
fi
[ "$(id -u)" -eq 0 ] || die "needs root (dockerd, mounts, apt-get)"
mkdir -p "$2"
DIR=$(cd "$2" && pwd -P)
# dockerd's and containerd's unix sockets live under the exec-root, and sun_path holds only 108
# bytes: a deep checkout's DIR would not fit. So the exec-root and the API socket go to a short
# folder in /tmp named after DIR (the same DIR always gives the same folder, so stop finds it).
RUN=/tmp/plimsoll-run-$(printf %s "$DIR" | cksum | cut -d' ' -f1)
readonly DIR RUN LOGS=$DIR/logs SOCK=$RUN/docker.sock
case "$DIR" in *[[:space:]]*) die "DIR must not contain white space: $DIR" ;; esac
[ "$DIR" != / ] || die "DIR must not be /"
case $1 in
  start) start ;;
  stop)
    trap 'on_stop_exit $?' EXIT
    stop
    ;;
  *) usage ;;
esac
