#!/usr/bin/env bash
# Runs the JMH benchmarks (per-message screening latency by length): scripts/benchmark.sh [JMH options]
# The benchmarks live in src/benchmark/java and compile only with the benchmarks profile.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
./mvnw -q -Pbenchmarks -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test -Dspring-javaformat.skip=true
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main ScreenerBenchmark "$@"
