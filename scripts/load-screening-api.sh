#!/usr/bin/env bash
# Measures the screening API of a running Hearth filled by `generate-data`: signs in as staff,
# creates an integration token, then runs wrk posting one message a request (nine in ten clean,
# one in ten harassment by one of 40 member handles, one in a hundred a member's crisis) and
# prints requests a second, p50, p90, p99 and errors for each number of connections given.
# usage: scripts/load-screening-api.sh PASSWORD [BASE_URL] [SECONDS] [CONNECTIONS...]
# The password is the one generate-data printed. Needs curl and wrk. Raise the server's allowance
# first (--hearth.screening.api-messages-per-minute=100000000), or most requests get 429.
# RATE=500 (environment) paces the requests to that many a second over all connections (each wrk
# thread keeps a schedule and waits for the next slot), instead of keeping every connection busy;
# give enough connections that one is free at each slot (e.g. 32), or the rate is not reached.
# SERVER_PID=<pid of the Hearth process> (Linux) adds the server's CPU time per request in each run,
# which a busy machine does not change much, unlike the latencies.
set -euo pipefail
password="${1:?give the password generate-data printed}"
base="${2:-http://localhost:8080}"
seconds="${3:-30}"
shift $(( $# < 3 ? $# : 3 ))
connections=("${@:-16}")
domain="generated.hearth.example"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

jar="$work/staff.jar"
page="$(curl -s -c "$jar" -b "$jar" "$base/sign-in")"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token="$(printf '%s' "$page" | csrf)"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=staff-1@$domain" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/sign-in"
token="$(curl -s -c "$jar" -b "$jar" "$base/account" | csrf)"
secret="$(curl -s -c "$jar" -b "$jar" --data-urlencode "name=load test $(date +%s)" \
  --data-urlencode "scope=SCREENING" --data-urlencode "_csrf=$token" "$base/account/tokens" \
  | grep -o 'hth_[A-Za-z0-9_-]*' | head -1)"
[ -n "$secret" ] || { echo "could not create an integration token; is the password right?" >&2; exit 1; }

rate="${RATE:-0}"
cat > "$work/mix.lua" <<LUA
local rate = $rate
LUA
cat >> "$work/mix.lua" <<'LUA'
wrk.method = "POST"
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } hearth_timeval;
int gettimeofday(hearth_timeval *tv, void *tz);
]]
local tv = ffi.new("hearth_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end
local threads = 1
local slot = nil
init = function(args)
  threads = tonumber(args[1]) or 1
end
if rate > 0 then
  -- Each thread sends its share of the rate on a fixed schedule: the next request waits for
  -- its slot, whatever the latency of the one before.
  delay = function()
    local interval = 1000 * threads / rate
    local t = now_ms()
    if slot == nil or slot < t - 1000 then
      slot = t
    end
    slot = slot + interval
    return math.max(0, slot - interval - t)
  end
end
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local body
  if n % 100 == 0 then
    body = string.format('{"text":"I cant do this anymore, I have the pills and tonight is the night","authorRole":"member","memberHandle":"load-crisis-%d","source":"discord"}', n % 7)
  elseif n % 10 == 0 then
    body = string.format('{"text":"shut up you worthless idiot, nobody wants you here","authorRole":"member","memberHandle":"load-member-%d","source":"discord"}', n % 40)
  else
    body = string.format('{"text":"thanks for listening today, it helped more than you know (%d)","authorRole":"member","memberHandle":"load-calm-%d","source":"discord"}', n, n % 40)
  end
  return wrk.format(nil, nil, nil, body)
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.0f %.1f %.1f %.1f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, errors))
end
LUA

auth="Authorization: Bearer $secret"
status="$(curl -s -o "$work/answer" -w '%{http_code}' -H "$auth" -H 'Content-Type: application/json' \
  -d '{"text":"hello there","authorRole":"member","memberHandle":"load-probe","source":"discord"}' "$base/api/v1/screenings")"
[ "$status" = 200 ] || { echo "the screening API answered HTTP $status: $(cat "$work/answer")" >&2; exit 1; }
wrk -t2 -c8 -d10s -H "$auth" -s "$work/mix.lua" "$base/api/v1/screenings" -- 2 > /dev/null

echo "load before: $(uptime | sed 's/.*load average/load average/')${RATE:+; paced at $RATE requests a second}"
echo
cpu_ms() { [ -n "${SERVER_PID:-}" ] && awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVER_PID/stat" || echo 0; }
echo "| connections | seconds | requests | requests/s | p50 | p90 | p99 | errors | server CPU a request |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for c in "${connections[@]}"; do
  t="$(( c < 2 ? 1 : 2 ))"
  before="$(cpu_ms)"
  line="$(wrk -t"$t" -c"$c" -d"${seconds}s" -H "$auth" -s "$work/mix.lua" "$base/api/v1/screenings" -- "$t" | grep '^RESULT')"
  after="$(cpu_ms)"
  read -r _ total rps p50 p90 p99 errors <<< "$line"
  cpu="-"
  [ -n "${SERVER_PID:-}" ] && [ "$total" -gt 0 ] && cpu="$(awk -v ms="$(( after - before ))" -v n="$total" 'BEGIN { printf "%.2f ms", ms / n }')"
  printf '| %s | %s | %s | %s | %s ms | %s ms | %s ms | %s | %s |\n' "$c" "$seconds" "$total" "$rps" "$p50" "$p90" "$p99" "$errors" "$cpu"
done
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"
