#!/usr/bin/env bash
# Runs every test of DistrictPortal: installs what the tests need (Debian packages, NuGet packages),
# builds once, runs all test projects, and ends with one plain line "N passed, N failed, N skipped".
# Set DISTRICTPORTAL_SQLSERVER to a connection string to run the repository contract suite on SQL Server too.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# Debian packages the tests use: a CJK font (PDF/chart text), poppler-utils (pdftotext reads PDFs back),
# chromium (browser tests). Installed only when missing, so a warm machine pays nothing.
"$root/scripts/install-prerequisites.sh"

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore DistrictPortal.sln --nologo -v quiet
dotnet build DistrictPortal.sln --nologo --no-restore -c Release -v quiet -clp:ErrorsOnly

status=0
# The projects run one after another: the machine has two cores and each project parallelises inside itself.
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --no-build -c Release --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

# One plain summary line, summed from the TRX counters (dotnet test's own lines are per project).
awk '
  /<Counters / {
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^passed=/)      { gsub(/[^0-9]/, "", $i); passed += $i }
      if ($i ~ /^failed=/)      { gsub(/[^0-9]/, "", $i); failed += $i }
      if ($i ~ /^total=/)       { gsub(/[^0-9]/, "", $i); total += $i }
      if ($i ~ /^executed=/)    { gsub(/[^0-9]/, "", $i); executed += $i }
      if ($i ~ /^error=/)       { gsub(/[^0-9]/, "", $i); failed += $i }
      if ($i ~ /^timeout=/)     { gsub(/[^0-9]/, "", $i); failed += $i }
      if ($i ~ /^aborted=/)     { gsub(/[^0-9]/, "", $i); failed += $i }
    }
  }
  # A skipped test is in the total but not executed (the TRX notExecuted counter stays 0 for skips).
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, total - executed }
' "$results"/*.trx > "$results/summary.txt" 2>/dev/null || echo "0 passed, 1 failed, 0 skipped" > "$results/summary.txt"

summary=$(cat "$results/summary.txt")
failed=$(echo "$summary" | sed -E 's/.*, ([0-9]+) failed.*/\1/')
passed=$(echo "$summary" | sed -E 's/^([0-9]+) passed.*/\1/')
if [ "$failed" != "0" ] || [ "$passed" = "0" ]; then status=1; fi
echo "$summary"
exit $status
