#!/usr/bin/env bash
# Retrains the screener's learned tier and rewrites src/main/resources/screening/model/head.txt.
# usage: scripts/train-head.sh [TRAIN_DIR] [HIDDEN_UNITS]
#   TRAIN_DIR: the public training data (*.jsonl in the screening training format), by default ../shared/screening/train
# Deterministic: a fixed split by row id and a fixed seed; embeddings are cached in target/screening-embeddings.bin.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
train="${1:-$here/../shared/screening/train}"
hidden="${2:-64}"
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test -Dspring-javaformat.skip=true
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.hearth.screening.engine.HeadTrainer "$train" src/test/resources/screening/train/written.jsonl \
  src/main/resources/screening/model/head.txt "$hidden"
