#!/usr/bin/env bash
# Scores the screener on the shared evaluation files (in-sample: the rules were written against dev.jsonl
# and part of HateCheck) with the shared scorer. The build's quality gate, on the test parts only, is
# ScreeningQualityGateTests: ./mvnw test -Dtest=ScreeningQualityGateTests
# usage: scripts/evaluate.sh [SHARED_DIR]   (default ../shared); build first with: ./mvnw -q -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$here/../shared}"
s="$shared/screening"
out="${TMPDIR:-/tmp}/hearth-eval"
mkdir -p "$out"
java -jar "$here/target/hearth.jar" screen < "$s/dev.jsonl" > "$out/dev.jsonl"
python3 "$s/score.py" "$s/dev.jsonl" "$out/dev.jsonl" --show-errors
java -jar "$here/target/hearth.jar" screen < "$s/hatecheck.jsonl" > "$out/hatecheck.jsonl"
python3 "$s/score.py" "$s/hatecheck.jsonl" "$out/hatecheck.jsonl" --only HATE_SPEECH
