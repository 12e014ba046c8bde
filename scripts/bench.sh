#!/usr/bin/env bash
# The benchmark of issue 8 at city scale (200 sub-districts, 2,000 communities, 50,000 estates, 104 weeks of returns):
# builds Release, generates the data set (cached by seed and week in artifacts/bench), starts the portal on a copy of
# it (Production, no demo data, no Hangfire server) and measures from a second process (tests/DistrictPortal.Bench):
# cold start, page latency under load, the Friday peak of 200 submissions, the bulk Excel export, a 20-page PDF and
# a 100,000-row registry upload (alone and six at once).
# Prints a Markdown table of the figures beside their targets and writes it to artifacts/bench/results.md.
# BENCH_SEED (default 20261127), BENCH_PORT (5391), BENCH_SECONDS per page (10), BENCH_CONCURRENCY (4) tune it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seed=${BENCH_SEED:-20261127}
port=${BENCH_PORT:-5391}
seconds=${BENCH_SECONDS:-10}
concurrency=${BENCH_CONCURRENCY:-4}
url="http://127.0.0.1:$port"
out="$root/artifacts/bench"
run="$out/run"
figures="$out/figures.tsv"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

machine="$(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · $(free -g | awk '/^Mem:/ {print $2}') GB RAM · $(. /etc/os-release && echo "$PRETTY_NAME") · .NET $(dotnet --version) · load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
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
if [ -f "$cache" ] && [ -f "$cache.figures" ]; then
  echo "== data set: cached $cache"
  cat "$cache.figures" >> "$figures"
  printf 'generate.cached\t%s\n' "$(basename "$cache"), generated earlier" >> "$figures"
else
  echo "== data set: generating (seed $seed, week ending $week)"
  rm -f "$cache" "$cache.tmp" "$cache.figures"
  "${bench[@]}" generate --seed "$seed" --db "$cache.tmp" --results "$cache.figures"
  mv "$cache.tmp" "$cache"
  cat "$cache.figures" >> "$figures"
fi
# Each run changes the database (the Friday peak submits 200 returns): the portal gets a fresh copy.
cp "$cache" "$run/portal.db"

echo "== portal: cold start on the large data set"
portal_started=$(date +%s%N)
ASPNETCORE_ENVIRONMENT=Production \
ASPNETCORE_URLS="$url" \
ConnectionStrings__Portal="Data Source=$run/portal.db" \
Portal__DemoData=false \
Hangfire__Server=false \
Hangfire__SqlitePath="$run/hangfire.db" \
  dotnet "$root/src/DistrictPortal.Web/bin/Release/net10.0/DistrictPortal.Web.dll" --contentRoot "$root/src/DistrictPortal.Web" \
  > "$run/portal.log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true' EXIT
"${bench[@]}" wait-healthy --url "$url" --started-ns "$portal_started" --results "$figures"

status=0
echo "== pages under load ($concurrency concurrent, ${seconds} s each)"
"${bench[@]}" pages --url "$url" --db "$run/portal.db" --seconds "$seconds" --concurrency "$concurrency" --results "$figures" || status=1
echo "== Friday peak: 200 concurrent submissions"
"${bench[@]}" friday --url "$url" --db "$run/portal.db" --results "$figures" || status=1
echo "== exports"
"${bench[@]}" excel --db "$run/portal.db" --url "$url" --results "$figures" || status=1
"${bench[@]}" pdf --db "$run/portal.db" --results "$figures" || status=1
echo "== registry import: 100,000 rows, alone and six at once"
"${bench[@]}" import --results "$figures" || status=1

kill "$portal" 2>/dev/null || true
wait "$portal" 2>/dev/null || true
trap - EXIT

elapsed=$(( $(date +%s) - started ))
machine="$machine, at the end $(cut -d' ' -f1-3 /proc/loadavg) · whole run ${elapsed} s"
echo "== results"
"${bench[@]}" report --results "$figures" --out "$out/results.md" --machine "$machine"
exit $status
