#!/usr/bin/env bash
# Times `screen` (rules only, then the cascade) and the obscenity peer on tweets.jsonl repeated eight times
# (198,264 messages), JVM start-up included; and the cascade on each tweet once (no repeats to remember).
# usage: scripts/throughput.sh [SHARED_DIR]; needs node/npm for the peer (installed into a temporary copy of peers/).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$here/../shared}"
work="${TMPDIR:-/tmp}/hearth-throughput"
rm -rf "$work" && mkdir -p "$work"
for i in 1 2 3 4 5 6 7 8; do cat "$shared/screening/tweets.jsonl"; done > "$work/tweets8.jsonl"
cp -r "$shared/screening/peers" "$work/peers" && chmod -R u+w "$work/peers"
(cd "$work/peers" && npm install --silent)
/usr/bin/time -f "obscenity: %e s wall, %U s user" node "$work/peers/screen-obscenity.mjs" < "$work/tweets8.jsonl" > "$work/obscenity.jsonl"
/usr/bin/time -f "hearth --rules-only: %e s wall, %U s user, %M KB max RSS" java -jar "$here/target/hearth.jar" screen --rules-only < "$work/tweets8.jsonl" > "$work/hearth-rules.jsonl"
/usr/bin/time -f "hearth (cascade):   %e s wall, %U s user, %M KB max RSS" java -jar "$here/target/hearth.jar" screen --with-model < "$work/tweets8.jsonl" > "$work/hearth.jsonl"
/usr/bin/time -f "hearth (cascade, each tweet once): %e s wall, %U s user, %M KB max RSS" java -jar "$here/target/hearth.jar" screen --with-model < "$shared/screening/tweets.jsonl" > "$work/hearth-once.jsonl"
