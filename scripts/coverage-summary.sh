#!/usr/bin/env bash
# Prints line and branch coverage per module from JaCoCo's CSV reports (written by `verify`).
# Coverage is shown, not gated: a gate invites hollow tests.
set -euo pipefail
cd "$(dirname "$0")/.."
for csv in */target/site/jacoco/jacoco.csv */target/site/jacoco-it/jacoco.csv; do
  [ -f "$csv" ] || continue
  kind=unit; case $csv in *jacoco-it*) kind="end-to-end";; esac
  awk -F, -v mod="${csv%%/*} ($kind)" 'NR > 1 { lm += $8; lc += $9; bm += $6; bc += $7 }
    END { if (lc > 0) printf "coverage %-18s lines %5.1f%% (%d/%d)  branches %5.1f%% (%d/%d)\n",
      mod, 100 * lc / (lc + lm), lc, lc + lm, (bc + bm ? 100 * bc / (bc + bm) : 0), bc, bc + bm }' "$csv"
done
