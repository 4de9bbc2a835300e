#!/usr/bin/env bash
# Import of a province's list (issue 7: 20,000 rows in under 30 seconds), through the app's own CLI verb
# `import` on the Release build, on SQLite and PostgreSQL: three imports into a fresh database (everything new),
# then the same file again into the imported database (everything unchanged: read, matched, nothing written).
#
#   bench/import.sh [rows]        default 20000
#
# Needs a PostgreSQL server reachable with OCOP_BENCH_PG (default Host=127.0.0.1;Port=5432;Username=postgres).
# Results: bench/results/<date>/import.jsonl (one line per run).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-20000}"
PG="${OCOP_BENCH_PG:-Host=127.0.0.1;Port=5432;Username=postgres}"
WORK="$(mktemp -d /tmp/ocop-import-bench.XXXXXX)"
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)"
mkdir -p "$OUT"
RESULTS="$OUT/import.jsonl"
: > "$RESULTS"

echo "Building the Release app and the bench tool into $WORK"
dotnet publish "$ROOT/src/Ocop.Web" -c Release -o "$WORK/app" --nologo -v q >/dev/null
dotnet build "$ROOT/bench/Ocop.Bench" -c Release -o "$WORK/bench" --nologo -v q >/dev/null

psql_pg() { # sql
  psql "$(echo "$PG" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/') dbname=postgres" -qAtc "$1"
}

app() { # engine connection args…
  local engine=$1 connection=$2; shift 2
  (cd "$WORK/app" && env ASPNETCORE_ENVIRONMENT=Production Ocop__PublicBaseUrl=http://127.0.0.1 AllowedHosts="127.0.0.1;localhost" Logging__LogLevel__Default=Warning Database__Provider="$engine" \
    ConnectionStrings__Ocop="$connection" Ocop__DataPath="$WORK/data" dotnet Ocop.Web.dll "$@")
}

fresh() { # engine → prints a connection string to a newly migrated database
  local engine=$1
  if [[ $engine == Sqlite ]]; then
    rm -f "$WORK/import.db"*
    echo "Data Source=$WORK/import.db"
  else
    psql_pg "DROP DATABASE IF EXISTS ocop_import_bench WITH (FORCE)" >/dev/null
    psql_pg "CREATE DATABASE ocop_import_bench" >/dev/null
    echo "$PG;Database=ocop_import_bench"
  fi
}

timed_import() { # label engine connection
  local label=$1 engine=$2 connection=$3 start end
  start=$(date +%s.%N)
  app "$engine" "$connection" import --province 68 --file "$WORK/list.xlsx" 2>/dev/null | tail -n 1
  end=$(date +%s.%N)
  local seconds
  seconds=$(echo "$end - $start" | bc)
  printf '{"label":"%s","engine":"%s","rows":%s,"seconds":%.2f}\n' "$label" "$engine" "$ROWS" "$seconds" | tee -a "$RESULTS"
}

for engine in Sqlite Postgres; do
  for run in 1 2 3; do
    connection=$(fresh "$engine")
    app "$engine" "$connection" db migrate >/dev/null
    if [[ ! -f "$WORK/list.xlsx" ]]; then
      "$WORK/bench/Ocop.Bench" import-list --engine "${engine,,}" --connection "$connection" --rows "$ROWS" --out "$WORK/list.xlsx"
    fi
    timed_import "import-new-$run" "$engine" "$connection"
  done
  timed_import "reimport-unchanged" "$engine" "$connection"
done
echo "Results in $RESULTS"
