#!/usr/bin/env bash
# Posts flagged and clean messages to the screening API over 16 connections, then counts the flags
# acknowledged against those the conduct desk filed, from the database; also the API's requests a
# second and p99 at a fixed rate. Starts its own Hearth on a fresh embedded database.
# usage: scripts/flag-load.sh [SECONDS per run, default 60] [RATE for the paced run, default 500]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test -Dspring-javaformat.skip=true
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.hearth.load.FlagLoad "$@"
