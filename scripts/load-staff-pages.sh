#!/usr/bin/env bash
# Measures the staff pages of a running Hearth filled by `generate-data`: signs in as staff and as
# the admin, then runs wrk against each page and prints requests a second, p50, p95 and p99.
# usage: scripts/load-staff-pages.sh PASSWORD [BASE_URL] [SECONDS] [CONNECTIONS]
# The password is the one generate-data printed. Needs curl and wrk.
set -euo pipefail
password="${1:?give the password generate-data printed}"
base="${2:-http://localhost:8080}"
seconds="${3:-15}"
connections="${4:-4}"
domain="generated.hearth.example"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Signs in through the sign-in form and prints the session cookie.
sign_in() {
  local jar="$work/$1.jar"
  local page token
  page="$(curl -s -c "$jar" -b "$jar" "$base/sign-in")"
  token="$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1@$domain" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/sign-in"
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
}

# The id of generated case number n (generate-data derives ids from md5).
case_id() {
  printf 'generated-case-%s' "$1" | md5sum | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'
}

cat > "$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.1f %.1f %.1f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
LUA

staff="$(sign_in staff-1)"
admin="$(sign_in admin)"
[ -n "$staff" ] && [ -n "$admin" ] || { echo "could not sign in; is the password right?" >&2; exit 1; }

measure() {
  local name="$1" cookie="$2" path="$3" status
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")"
  if [ "$status" != 200 ]; then
    printf '| %s | `%s` | HTTP %s | | | | |\n' "$name" "$path" "$status"
    return
  fi
  wrk -t1 -c"$connections" -d2s -H "Cookie: $cookie" "$base$path" > /dev/null
  local line
  line="$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${seconds}s" -H "Cookie: $cookie" -s "$work/p95.lua" "$base$path" | grep '^RESULT')"
  read -r _ rps p50 p95 p99 errors <<< "$line"
  printf '| %s | `%s` | %s | %s ms | %s ms | %s ms | %s |\n' "$name" "$path" "$rps" "$p50" "$p95" "$p99" "$errors"
}

echo "load before: $(uptime | sed 's/.*load average/load average/')"
echo
echo "| page | address | requests/s | p50 | p95 | p99 | errors |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
measure "home (staff)" "$staff" "/"
measure "conduct queue, open" "$staff" "/staff/conduct"
measure "conduct queue, all" "$staff" "/staff/conduct?status=ALL"
measure "conduct queue, page 100" "$staff" "/staff/conduct?status=ALL&page=100"
# Page 100 as reached by following the page links, which carry the key of the line they continue from.
deep="/staff/conduct?status=ALL"
for _ in $(seq 99); do
  deep="$(curl -s -H "Cookie: $staff" "$base$deep" | grep -o '<a href="[^"]*"[^>]*rel="next"' | sed 's/<a href="//;s/".*//;s/&amp;/\&/g')"
done
measure "conduct queue, page 100 by its links" "$staff" "$deep"
measure "conduct queue, mine" "$staff" "/staff/conduct?mine=true"
measure "conduct queue, critical" "$staff" "/staff/conduct?severity=CRITICAL"
measure "a case" "$staff" "/staff/conduct/cases/$(case_id 7)"
measure "applications" "$staff" "/staff/applications"
measure "applications, declined" "$staff" "/staff/applications?status=DECLINED"
measure "enrolments" "$staff" "/staff/enrolments"
measure "enrolments, page 50" "$staff" "/staff/enrolments?page=50"
measure "leads" "$staff" "/staff/leads"
measure "expiries" "$staff" "/staff/expiries"
measure "debriefs" "$staff" "/lead/conduct/debriefs"
measure "screenings" "$staff" "/staff/screening"

measure "escalations" "$staff" "/care/escalations"
measure "volunteers in distress" "$staff" "/staff/care/distress"
measure "duty rota" "$staff" "/care/rota"
measure "e-mails waiting" "$staff" "/staff/notifications/outbox"
measure "notifications" "$staff" "/notifications"
measure "audit log" "$admin" "/admin/audit"
measure "audit log, one action" "$admin" "/admin/audit?action=conduct.case-decided"
measure "people" "$admin" "/admin/people"
measure "screening phrases" "$admin" "/admin/screening"
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"
