#!/usr/bin/env bash
# Catalogue, public pages (home, catalogue, product, lot, verify) and Digital Link resolve throughput against the
# Release build, with wrk over loopback, on SQLite and PostgreSQL, for generated datasets (default: 20,000 and
# 200,000 products): first with the caches on (the default), then with the pages' output cache off, then with nothing
# kept (the catalogue's result cache and the pages' read cache off too); the bytes a first and a repeat visit of a
# product page transfer; the server's memory after warm-up. Each row also records the server's CPU per request (and,
# on PostgreSQL, the local database's), and so does its trivial yardstick.
#
#   bench/run.sh [product counts…]          e.g. bench/run.sh 20000 200000
#   OCOP_BENCH_ENGINES="Sqlite Postgres" (default both), OCOP_BENCH_SECONDS (20), OCOP_BENCH_CONNECTIONS (32),
#   OCOP_BENCH_PAIR_SECONDS (5: the trivial run after each row, the yardstick of its share)
#
# Needs: wrk, a PostgreSQL server reachable with OCOP_BENCH_PG (an ADO.NET connection string to a
# database the script may create and drop databases from; default Host=127.0.0.1;Port=5432;Username=postgres).
# Results: one JSON line per run in bench/results/<date>/results.jsonl, summarised in summary.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZES=("$@")
[[ ${#SIZES[@]} -eq 0 ]] && SIZES=(20000 200000)
PG="${OCOP_BENCH_PG:-Host=127.0.0.1;Port=5432;Username=postgres}"
DURATION="${OCOP_BENCH_SECONDS:-20}"
read -r -a ENGINES <<< "${OCOP_BENCH_ENGINES:-Sqlite Postgres}"
CONNECTIONS="${OCOP_BENCH_CONNECTIONS:-32}"
PAIR_SECONDS="${OCOP_BENCH_PAIR_SECONDS:-5}"
PORT=5097
NAIVE_PORT=5098
WORK="$(mktemp -d /tmp/ocop-bench.XXXXXX)"
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)"
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
# The figures hold for the machine they were taken on (a search is memory-bound, the trivial endpoint is not): say which.
echo "$(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src bench ":(exclude)bench/results" || echo ' with uncommitted changes'); started $(date -u +%FT%TZ)" > "$OUT/machine.txt"
: > "$RESULTS"

echo "Building the Release app and the bench tool into $WORK"
dotnet publish "$ROOT/src/Ocop.Web" -c Release -o "$WORK/app" --nologo -v q >/dev/null
dotnet build "$ROOT/bench/Ocop.Bench" -c Release -o "$WORK/bench" --nologo -v q >/dev/null
BENCH="$WORK/bench/Ocop.Bench"

APP_PID=""
NAIVE_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
  [[ -n "$NAIVE_PID" ]] && kill "$NAIVE_PID" 2>/dev/null || true
}
trap cleanup EXIT

wait_for() { # url
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "Timed out waiting for $1" >&2; return 1
}

pg_admin() { # sql
  psql "$(echo "$PG" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/') dbname=postgres" -qAtc "$1"
}

with_app_env() { # command… (uses $engine and $connection)
  env ASPNETCORE_ENVIRONMENT=Production Ocop__PublicBaseUrl="http://127.0.0.1:$PORT" AllowedHosts="127.0.0.1;localhost" ASPNETCORE_URLS="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning \
    Database__Provider="$engine" ConnectionStrings__Ocop="$connection" Ocop__DataPath="$WORK/data" \
    Ocop__PublicBaseUrl="http://127.0.0.1:$PORT" "$@"
}

start_app() { # result-cache reads output-cache (true|false each: the catalogue's result cache, the pages' read cache, the pages' output cache); uses $engine and $connection
  # wrk is one client address: the API's per-address limit for anonymous callers (300 a minute) is lifted, as for many visitors.
  # exec: $! is the server itself, so the stop signal reaches it (and its final scan flush runs).
  (cd "$WORK/app" && exec env ASPNETCORE_ENVIRONMENT=Production Ocop__PublicBaseUrl="http://127.0.0.1:$PORT" AllowedHosts="127.0.0.1;localhost" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    Logging__LogLevel__Default=Warning Database__Provider="$engine" ConnectionStrings__Ocop="$connection" \
    Ocop__DataPath="$WORK/data" Ocop__PublicBaseUrl="http://127.0.0.1:$PORT" Ocop__Catalogue__ResultCache="$1" Ocop__PublicCache__Reads="$2" Ocop__PublicCache__Enabled="$3" Ocop__RateLimits__AnonymousPerMinute=0 \
    dotnet Ocop.Web.dll) >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  wait_for "http://127.0.0.1:$PORT/robots.txt"
}

stop_app() {
  # TERM, not INT: a script started in the background has SIGINT ignored, and its children inherit that.
  kill -TERM "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
}

scans_settled() { # the scans written so far, once the last flush has written them all (two reads 6 s apart agree)
  local previous current
  current=$("$BENCH" scans --engine "$tool_engine" --connection "$connection")
  while :; do
    sleep 6; previous=$current
    current=$("$BENCH" scans --engine "$tool_engine" --connection "$connection")
    [[ $current == "$previous" ]] && break
  done
  echo "$current"
}

# Server CPU per request beside the throughput: on a shared host the speed drifts by tens of percent within minutes, and
# a share of requests a second moves with it; the CPU the server spends on one request moves far less.
TICK_US=$((1000000 / $(getconf CLK_TCK)))

cpu_ticks() { # pid…: user + system CPU ticks of these processes together (0 for one that is gone)
  local sum=0 t p
  for p in "$@"; do
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null) || t=0
    sum=$((sum + ${t:-0}))
  done
  echo "$sum"
}

db_pids() { # the local PostgreSQL's processes when the engine is PostgreSQL (its CPU is part of a request's cost), else none
  [[ $engine == Postgres ]] && pgrep -x postgres || true
}

timed_wrk() { # pid list seconds connections base: wrk's JSON line with the server's and the database's CPU µs per request
  local pid=$1 list=$2 seconds=$3 connections=$4 base=$5 server db json
  server=$(cpu_ticks "$pid"); db=$(cpu_ticks $(db_pids))
  json=$(WRK_PATHS="$WORK/lists/$list" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -s "$ROOT/bench/wrk/paths.lua" "$base" | grep '^{')
  server=$(($(cpu_ticks "$pid") - server)); db=$(($(cpu_ticks $(db_pids)) - db))
  echo "$json" | python3 -c 'import json, sys
r = json.load(sys.stdin); n = max(r["requests"], 1)
r["server_cpu_us"] = round(int(sys.argv[1]) * int(sys.argv[3]) / n, 1)
if sys.argv[4] == "Postgres": r["db_cpu_us"] = round(max(int(sys.argv[2]), 0) * int(sys.argv[3]) / n, 1)
print(json.dumps(r))' "$server" "$db" "$TICK_US" "$engine"
}

measure() { # label engine size list base_url [warm|random|cold] [connections]: warm-up with every path then 3 s, only 3 s, none
  local label=$1 engine=$2 size=$3 list=$4 base=$5 warm=${6:-warm} connections=${7:-$CONNECTIONS}
  if [[ $warm == warm ]]; then
    # Every address once (8 at a time), then 3 s at random: what is measured is the steady state, not the first visits
    # (those are measured by the -uncached and -cold rows).
    sort -u "$WORK/lists/$list" | xargs -P 8 -I{} curl -s -o /dev/null "$base{}"
  fi
  if [[ $warm != cold ]]; then
    WRK_PATHS="$WORK/lists/$list" wrk -t2 -c"$connections" -d3s --timeout 30s -s "$ROOT/bench/wrk/paths.lua" "$base" >/dev/null
  fi
  local pid=$APP_PID json
  [[ $base == "http://127.0.0.1:$NAIVE_PORT" ]] && pid=$NAIVE_PID
  json=$(timed_wrk "$pid" "$list" "$DURATION" "$connections" "$base")
  local paired=""
  if [[ $label != trivial* && $base == "http://127.0.0.1:$PORT" && $connections == "$CONNECTIONS" ]]; then
    # The yardstick right after the row, on the same server: a shared host's speed drifts by tens of percent over
    # minutes, so a trivial figure taken at the server's start can belong to another speed than the row's.
    paired=$(timed_wrk "$pid" trivial.txt "$PAIR_SECONDS" "$connections" "$base" \
      | python3 -c 'import json, sys; r = json.load(sys.stdin); print(",\"trivial_rps\":%s,\"trivial_server_cpu_us\":%s" % (r["rps"], r["server_cpu_us"]))')
  fi
  echo "{\"endpoint\":\"$label\",\"engine\":\"$engine\",\"products\":$size,${json:1:-1}$paired}" | tee -a "$RESULTS"
}

for size in "${SIZES[@]}"; do
  for engine in "${ENGINES[@]}"; do
    rm -rf "$WORK/data" "$WORK/lists"; mkdir -p "$WORK/data"
    if [[ $engine == Sqlite ]]; then
      connection="Data Source=$WORK/data/bench-$size.db"
    else
      pg_admin "DROP DATABASE IF EXISTS ocop_bench_$size" && pg_admin "CREATE DATABASE ocop_bench_$size"
      connection="$PG;Database=ocop_bench_$size"
    fi
    tool_engine=$(echo "$engine" | tr '[:upper:]' '[:lower:]')
    echo "== $engine, $size products"
    with_app_env dotnet "$WORK/app/Ocop.Web.dll" db migrate >/dev/null
    "$BENCH" seed --engine "$tool_engine" --connection "$connection" --products "$size"
    "$BENCH" lists --engine "$tool_engine" --connection "$connection" --out "$WORK/lists"

    start_app true true true
    start=$(date +%s.%N); curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/catalogue"; end=$(date +%s.%N)
    echo "{\"endpoint\":\"first-search-builds-index\",\"engine\":\"$engine\",\"products\":$size,\"seconds\":$(printf %.3f "$(echo "$end - $start" | bc)")}" | tee -a "$RESULTS"

    base="http://127.0.0.1:$PORT"
    measure trivial "$engine" "$size" trivial.txt "$base"
    measure search-facets "$engine" "$size" search.txt "$base"
    measure search-text "$engine" "$size" search-text.txt "$base"
    measure search-page-html "$engine" "$size" search-page.txt "$base"
    measure home "$engine" "$size" home.txt "$base"
    measure product-page "$engine" "$size" product.txt "$base"
    measure lot-page "$engine" "$size" lot.txt "$base"
    measure verify-page "$engine" "$size" verify.txt "$base"
    # After the warm-up of every page: what the server holds, and what a visitor's browser fetches for a product page.
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
    echo "{\"endpoint\":\"memory\",\"engine\":\"$engine\",\"products\":$size,\"rss_mb\":$((rss_kb / 1024))}" | tee -a "$RESULTS"
    weight=$(python3 "$ROOT/bench/page_weight.py" "$base" "$(head -1 "$WORK/lists/product.txt")")
    echo "{\"endpoint\":\"page-weight\",\"engine\":\"$engine\",\"products\":$size,${weight:1}" | tee -a "$RESULTS"
    # Resolve is warmed like every other row; its warm-up scans are written (the counts flush every 5 s) before the count
    # the run starts from is read, so that every scan counted after it is one the measured run saw.
    WRK_PATHS="$WORK/lists/resolve.txt" wrk -t2 -c"$CONNECTIONS" -d3s --timeout 30s -s "$ROOT/bench/wrk/paths.lua" "$base" >/dev/null
    before=$(scans_settled)
    measure resolve "$engine" "$size" resolve.txt "$base" cold
    stop_app   # a clean stop writes the last scan counts
    after=$("$BENCH" scans --engine "$tool_engine" --connection "$connection")
    # Answered: the redirects. A certificationInfo request for a product without a certificate is a 404, not a scan.
    resolved=$(tail -1 "$RESULTS" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["requests"] - r["bad_status"])')
    echo "{\"endpoint\":\"scan-count\",\"engine\":\"$engine\",\"products\":$size,\"counted\":$((after - before)),\"wrk_requests\":$resolved}" | tee -a "$RESULTS"

    # The pages with the output cache off (the catalogue's result cache and the pages' read cache on): every page
    # rendered, as a page not yet stored is.
    start_app true true false
    curl -fs -o /dev/null "$base/api/v1/catalogue"
    measure trivial-2 "$engine" "$size" trivial.txt "$base"
    measure search-page-html-uncached "$engine" "$size" search-page.txt "$base"
    measure home-uncached "$engine" "$size" home.txt "$base"
    measure product-page-uncached "$engine" "$size" product.txt "$base"
    measure lot-page-uncached "$engine" "$size" lot.txt "$base"
    measure verify-page-uncached "$engine" "$size" verify.txt "$base"
    stop_app

    # Nothing kept at all: every search computed in full, every product, lot and certificate page read from the
    # database and rendered (the first visit of a page after an edit).
    start_app false false false
    curl -fs -o /dev/null "$base/api/v1/catalogue"
    measure trivial-3 "$engine" "$size" trivial.txt "$base"
    measure search-facets-uncached "$engine" "$size" search.txt "$base"
    measure search-text-uncached "$engine" "$size" search-text.txt "$base"
    measure product-page-cold "$engine" "$size" product.txt "$base"
    measure lot-page-cold "$engine" "$size" lot.txt "$base"
    measure verify-page-cold "$engine" "$size" verify.txt "$base"
    if [[ $engine == Postgres ]]; then
      # Against what simple portals do, on the same data, both computing every answer (our cache is off here).
      (exec "$BENCH" naive-server --connection "$connection" --urls "http://127.0.0.1:$NAIVE_PORT") >/dev/null 2>&1 &
      NAIVE_PID=$!
      wait_for "http://127.0.0.1:$NAIVE_PORT/naive?q=x"
      # Few connections and a long timeout: each ILIKE request takes long, and a pile-up would only measure the queue.
      measure naive-ilike-text "$engine" "$size" naive-text.txt "http://127.0.0.1:$NAIVE_PORT" random 4
      measure search-text-uncached-4-connections "$engine" "$size" search-text.txt "$base" random 4
      kill "$NAIVE_PID"; wait "$NAIVE_PID" 2>/dev/null || true; NAIVE_PID=""
    fi
    stop_app

    if [[ $engine == Postgres ]]; then
      pg_admin "DROP DATABASE IF EXISTS ocop_bench_$size"
    fi
  done
done

python3 "$ROOT/bench/summarise.py" "$RESULTS" > "$OUT/summary.md"
cat "$OUT/summary.md"
