#!/usr/bin/env bash
# Kills the packaged jar with kill -9 while it serves, starts it again on the same data folder, and
# counts the restarts that come up (healthy) the first time; then times a graceful stop (SIGTERM)
# and looks for exceptions in its log.
# usage: scripts/kill-restarts.sh [JAR] [ROUNDS]
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$here/target/hearth.jar}"
rounds="${2:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/hearth-kill.XXXXXX")"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

start() { java -jar "$jar" --server.port="$port" --hearth.data-dir="$work/data" > "$work/$1.log" 2>&1 & echo $!; }
healthy() { # waits up to 10 minutes for UP (a loaded machine starts slowly), gives up early when the process has ended
  for _ in $(seq 1 1200); do
    curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$1" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

pid="$(start first)"
healthy "$pid" || { echo "the first start did not come up; see $work/first.log"; kill -9 "$pid"; exit 1; }
up=0
for round in $(seq 1 "$rounds"); do
  kill -9 "$pid"; sleep 1
  pid="$(start "restart-$round")"
  if healthy "$pid"; then up=$((up + 1)); echo "restart $round after kill -9: up"
  else echo "restart $round after kill -9: did not come up (log: $work/restart-$round.log)"; kill -9 "$pid" 2>/dev/null
    pid="$(start "retry-$round")"; healthy "$pid" || { echo "the retry did not come up either"; break; }
  fi
done
echo "restarts after kill -9 that came up the first time: $up of $rounds"

began="$(date +%s.%N)"; kill -TERM "$pid"
while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
ended="$(date +%s.%N)"
echo "graceful stop: $(python3 -c "print(round($ended - $began, 1))") s"
last="$(ls -t "$work"/*.log | head -1)"
echo "exceptions logged while stopping: $(grep -c 'Exception' "$last")"
if [ -f "$work/data/postgres/postmaster.pid" ]; then
  left="$(head -1 "$work/data/postgres/postmaster.pid")"
  kill -0 "$left" 2>/dev/null && echo "a PostgreSQL server (process $left) is still running; stopping it" && kill "$left"
fi
echo "logs: $work"
