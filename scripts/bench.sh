#!/usr/bin/env bash
# The benchmark of issue 8 at city scale (200 sub-districts, 2,000 communities, 50,000 estates, 104 weeks of returns):
# builds Release, generates the data set (cached by seed and week in artifacts/bench), starts the portal on a copy of
# it (Production, no demo data, no Hangfire server) and measures from a second process (tests/DistrictPortal.Bench):
# cold start, page latency under load, the Friday peak of 200 submissions, the bulk Excel export, a 20-page PDF and
# a 100,000-row registry upload (alone and six at once).
# Prints a Markdown table of the figures beside their targets and writes it to artifacts/bench/results.md.
# BENCH_SEED (default 20261127), BENCH_PORT (5391), BENCH_SECONDS per page (5), BENCH_CONCURRENCY (4) tune it;
# BENCH_PAGES=trivial,league measures only those pages (keys in tests/DistrictPortal.Bench/Load/PageLatency.cs) and
# BENCH_SKIP=friday,excel,pdf,import leaves those steps out (short runs while developing).
# Pages are measured twice, on two portals: page output cache off (Portal__PageCache=false) and on.
# BENCH_FAST=1 is the short run for a busy machine (issue 19): the same 200 sub-districts and 50,000 estates but 4 weeks of
# history instead of 104 (BENCH_WEEKS), 2 s a page, no PDF and no import; its figures are not the city-scale ones.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seed=${BENCH_SEED:-20261127}
port=${BENCH_PORT:-5391}
fast=${BENCH_FAST:-0}
weeks=104
if [ "$fast" = 1 ]; then
  weeks=${BENCH_WEEKS:-4}
  BENCH_SECONDS=${BENCH_SECONDS:-2}
  BENCH_SKIP=${BENCH_SKIP:-pdf,import}
fi
seconds=${BENCH_SECONDS:-5}
concurrency=${BENCH_CONCURRENCY:-4}
url="http://127.0.0.1:$port"
out="$root/artifacts/bench"
run="$out/run"
figures="$out/figures.tsv"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

machine="$( [ "$fast" = 1 ] && echo "FAST run ($weeks weeks of history) · ")$(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · $(free -g | awk '/^Mem:/ {print $2}') GB RAM · $(. /etc/os-release && echo "$PRETTY_NAME") · .NET $(dotnet --version) · load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)

# The PDF briefing needs the CJK font (fonts-wqy-microhei); installed only when missing, as for the tests.
"$root/scripts/install-prerequisites.sh"

echo "== build (Release)"
dotnet build tests/DistrictPortal.Bench -c Release --nologo -v quiet -clp:ErrorsOnly
bench=(dotnet "$root/tests/DistrictPortal.Bench/bin/Release/net10.0/DistrictPortal.Bench.dll")

mkdir -p "$out"
rm -rf "$run" "$figures"
mkdir -p "$run"

# The data set depends on the seed and on the current reporting week (its last 104 weeks are the history).
week=$("${bench[@]}" current-week)
cache="$out/city-$seed-$week.db"
[ "$weeks" != 104 ] && cache="$out/city-$seed-$week-w$weeks.db"
if [ -f "$cache" ] && [ -f "$cache.figures" ]; then
  echo "== data set: cached $cache"
  cat "$cache.figures" >> "$figures"
  printf 'generate.cached\t%s\n' "$(basename "$cache"), generated earlier" >> "$figures"
else
  echo "== data set: generating (seed $seed, week ending $week)"
  rm -f "$cache" "$cache.tmp" "$cache.figures"
  "${bench[@]}" generate --seed "$seed" --weeks "$weeks" --db "$cache.tmp" --results "$cache.figures"
  mv "$cache.tmp" "$cache"
  cat "$cache.figures" >> "$figures"
fi
# Each portal gets a fresh copy (the Friday peak submits 200 returns). Two portals, one after the other: the page output
# cache off (Portal__PageCache=false: the work behind every page) and on (as deployed).
portal=""
start_portal() { # $1 = off|on, $2 = the figure key of its cold start
  cp "$cache" "$run/portal-$1.db"
  local cache_on=true
  [ "$1" = off ] && cache_on=false
  local portal_started
  portal_started=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS="$url" \
  ConnectionStrings__Portal="Data Source=$run/portal-$1.db" \
  Portal__DemoData=false \
  Portal__PageCache=$cache_on \
  Hangfire__Server=false \
  Hangfire__SqlitePath="$run/hangfire-$1.db" \
    dotnet "$root/src/DistrictPortal.Web/bin/Release/net10.0/DistrictPortal.Web.dll" --contentRoot "$root/src/DistrictPortal.Web" \
    > "$run/portal-$1.log" 2>&1 &
  portal=$!
  "${bench[@]}" wait-healthy --url "$url" --started-ns "$portal_started" --results "$figures" --key "$2"
}
stop_portal() {
  kill "$portal" 2>/dev/null || true
  wait "$portal" 2>/dev/null || true
  portal=""
}
trap 'stop_portal' EXIT
skip=",${BENCH_SKIP:-},"
only=()
[ -n "${BENCH_PAGES:-}" ] && only=(--only "$BENCH_PAGES")

status=0
echo "== portal, page cache OFF: cold start on the large data set"
start_portal off coldstart.ms
echo "== pages under load, page cache off ($concurrency concurrent, ${seconds} s each)"
"${bench[@]}" pages --url "$url" --db "$run/portal-off.db" --mode off --seconds "$seconds" --concurrency "$concurrency" --results "$figures" "${only[@]}" || status=1
stop_portal

echo "== portal, page cache ON"
start_portal on coldstart.on.ms
echo "== pages under load, page cache on"
"${bench[@]}" pages --url "$url" --db "$run/portal-on.db" --mode on --seconds "$seconds" --concurrency "$concurrency" --results "$figures" "${only[@]}" || status=1
if [[ $skip != *,friday,* ]]; then
  echo "== Friday peak: 200 concurrent submissions"
  "${bench[@]}" friday --url "$url" --db "$run/portal-on.db" --portal-pid "$portal" --results "$figures" || status=1
fi
if [[ $skip != *,excel,* ]]; then
  echo "== exports"
  "${bench[@]}" excel --db "$run/portal-on.db" --url "$url" --portal-pid "$portal" --results "$figures" || status=1
  # The formatted workbook's own counters, without the web stack (issue 19), in a process of its own.
  "${bench[@]}" formatted --db "$run/portal-on.db" --writer streamed --results "$figures" || status=1
fi
if [[ $skip != *,pdf,* ]]; then
  "${bench[@]}" pdf --db "$run/portal-on.db" --results "$figures" || status=1
fi
if [[ $skip != *,import,* ]]; then
  echo "== registry import: 100,000 rows, alone and six at once"
  "${bench[@]}" import --results "$figures" || status=1
fi
stop_portal
trap - EXIT

elapsed=$(( $(date +%s) - started ))
machine="$machine, at the end $(cut -d' ' -f1-3 /proc/loadavg) · whole run ${elapsed} s"
echo "== results"
"${bench[@]}" report --results "$figures" --out "$out/results.md" --machine "$machine"
# Issue 15's line (the return page's HTML size and p50 beside the trivial page's) is in the table printed above; it was
# printed a second time here. Only its absence is said now.
grep -qF '| One return page' "$out/results.md" || echo "(the return page was not measured: BENCH_PAGES must include trivial and return)"
exit $status
