#!/usr/bin/env bash
# The README's test command: installs what the tests need, then runs every test.
#   unit tests (surefire, seconds), a short Jazzer fuzz pass, integration tests (failsafe) that
#   drive bin/plimsoll end to end, formatting and Error Prone checks, and JaCoCo coverage.
# Real components that later tests need (Docker Engine, registry) are started by
# scripts/stack.sh from here, once per run, and stopped by PID when the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
command -v java >/dev/null || need_pkgs+=(openjdk-17-jdk-headless)
command -v shellcheck >/dev/null || need_pkgs+=(shellcheck)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "[test] apt-get install ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}"
fi

# Maven stops the stack after the integration tests, failed or not; this covers a run that is
# interrupted or fails before post-integration-test (stop is a no-op when nothing runs).
trap 'scripts/stack.sh stop cli/target/stack' EXIT
./mvnw -B -ntp verify "$@"
scripts/coverage-summary.sh
