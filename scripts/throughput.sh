#!/usr/bin/env bash
# Times `screen` and the obscenity peer on tweets.jsonl repeated eight times (198,264 messages), JVM start-up included.
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
/usr/bin/time -f "hearth:    %e s wall, %U s user, %M KB max RSS" java -jar "$here/target/hearth.jar" screen < "$work/tweets8.jsonl" > "$work/hearth.jsonl"
