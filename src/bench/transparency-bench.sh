#!/usr/bin/env bash
# Transparency benchmark on PostgreSQL: GET /api/transparency/summary (figures of every department for the last
# twelve months, read from the rollups) at 10,000 and at 1,000,000 feedback rows, each next to a trivial GET
# (/api/catalog/neighbourhoods, served from memory) on the same server in the same run; the same figures computed by
# a plain GROUP BY over the raw feedback table (psql, side by side); the activity report PDF of the current year; and
# POST /api/feedback with the rollups kept in the same transaction.
#
#   bash src/bench/transparency-bench.sh [small] [large]      (default 10000 and 1000000 rows)
#
# Load comes from wrk (Debian package; installed when missing, run as root). Needs PostgreSQL on 127.0.0.1:5432
# (user postgres, trust) and psql; uses schema kentsesi_bench of database test, dropped and re-created. Override with
# PGDB / PGUSER, BENCH_SECONDS (default 30).
set -euo pipefail
cd "$(dirname "$0")/../.."
SMALL=${1:-10000}
LARGE=${2:-1000000}
PORT=${KENTSESI_BENCH_PORT:-18082}
PGDB=${PGDB:-test}
PGUSER=${PGUSER:-postgres}
SCHEMA=kentsesi_bench
BASE="http://127.0.0.1:$PORT"
DURATION=${BENCH_SECONDS:-30}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -B -q package -DskipTests -DskipITs
WORK=$(mktemp -d target/transparency-bench.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
psqlq() { psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qtAX -c "$1"; }
psqlq "drop schema if exists $SCHEMA cascade" 2>/dev/null

start() {
  local log=$1 rows=$2
  KENTSESI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB?reWriteBatchedInserts=true" KENTSESI_DB_USER="$PGUSER" \
  KENTSESI_DB_SCHEMA=$SCHEMA KENTSESI_DEMO=true KENTSESI_DEMO_FEEDBACK="$rows" KENTSESI_FEEDBACK_RATEPERMINUTE=0 \
  KENTSESI_ADMIN_PASSWORD=Bench-Passw0rd-1 KENTSESI_DATA_DIR="$WORK/data" \
  java -Xmx2g -XX:+UseParallelGC -Djava.io.tmpdir="$WORK" -jar target/payara-micro.jar --deploy target/kentsesi.war \
    --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile src/main/payara/pre-boot.asadmin --postbootcommandfile src/main/payara/post-boot.asadmin >"$WORK/$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && return 0
    kill -0 "$PID" 2>/dev/null || { echo "portal exited; see $WORK/$log"; exit 1; }
    sleep 1
  done
  echo "portal not ready; see $WORK/$log"; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
run() {
  local label=$1 conns=$2 secs=$3; shift 3
  local line
  line=$(wrk -t2 -c"$conns" -d"${secs}s" -s src/bench/wrk-report.lua "$@" | grep '^RESULT')
  echo "$label|$conns|$line" | tee -a "$WORK/results.txt"
}
warm() { wrk -t2 -c"$1" -d10s -s src/bench/wrk-report.lua "${@:2}" >/dev/null; }

# The same figures as the summary (per department, last 12 months: submissions, mean rating with its standard
# deviation, on-time rate, median days to first response) by a plain GROUP BY over the raw table; median of 5 runs.
groupby_ms() {
  local sql="select department_code, count(*), count(rating), avg(rating), stddev_samp(rating),
    avg(case when first_response_at is null then null
             when (first_response_at at time zone 'UTC' at time zone 'Europe/Istanbul')::date <= due_date then 1.0
             else 0.0 end),
    percentile_disc(0.5) within group (order by floor(extract(epoch from first_response_at - created_at) / 86400)),
    percentile_disc(0.9) within group (order by floor(extract(epoch from first_response_at - created_at) / 86400))
    from $SCHEMA.feedback
    where created_at >= date_trunc('month', now() at time zone 'Europe/Istanbul') - interval '11 months'
    group by department_code"
  for _ in 1 2 3 4 5; do
    psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qtAX -c '\timing on' -c "$sql" | grep -o 'Time: [0-9.]*' | cut -d' ' -f2
  done | sort -n | sed -n 3p
}

login() {
  curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Bench-Passw0rd-1"}' "$BASE/api/auth/login" \
    | grep -i '^set-cookie' | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r'
}

pdf_seconds() {
  local cookie=$1 year best=
  year=$(date +%Y)
  for _ in 1 2 3; do
    t=$(curl -s -o "$WORK/report.pdf" -w '%{time_total}' -H "Cookie: $cookie" "$BASE/api/admin/transparency/report.pdf?year=$year")
    best=$(python3 -c "print(min(float('$t'), float('${best:-1e9}')))")
  done
  echo "$best"
}

measure() {
  local rows=$1 tag=$2
  start "portal-$tag.log" "$rows"
  rows_now=$(psqlq "select count(*) from $SCHEMA.feedback")
  year_rows=$(psqlq "select count(*) from $SCHEMA.feedback where created_at >= make_date(extract(year from now())::int, 1, 1) - interval '3 hours'")
  cells=$(psqlq "select count(*) from $SCHEMA.transparency_cell")
  rebuilt=$(grep -o 'rollups rebuilt from [0-9]* feedback rows in [0-9.]* s' "$WORK/portal-$tag.log" | tail -1 || true)
  warm 10 "$BASE/api/catalog/neighbourhoods"
  warm 10 "$BASE/api/transparency/summary"
  run "$tag GET /api/catalog/neighbourhoods (baseline)" 10 "$DURATION" "$BASE/api/catalog/neighbourhoods"
  run "$tag GET /api/transparency/summary" 10 "$DURATION" "$BASE/api/transparency/summary"
  gb=$(groupby_ms)
  cookie=$(login)
  pdf=$(pdf_seconds "$cookie")
  pages=$(( $(stat -c %s "$WORK/report.pdf") / 1024 ))
  echo "$tag|$rows_now|$year_rows|$cells|$gb|$pdf|$pages|$rebuilt" >> "$WORK/figures.txt"
  if [ "$tag" = small ]; then
    WRK_POST_FEEDBACK=1 warm 50 "$BASE/api/feedback"
    run "small GET /api/catalog/neighbourhoods (baseline, 50 conns)" 50 "$DURATION" "$BASE/api/catalog/neighbourhoods"
    WRK_POST_FEEDBACK=1 run "small POST /api/feedback (rollups in the transaction)" 50 "$DURATION" "$BASE/api/feedback"
  fi
  stop
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $(psqlq 'show server_version')"
echo "== $SMALL rows"
measure "$SMALL" small
echo "== $LARGE rows"
measure "$LARGE" large

echo
echo "== Summary ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); wrk -t2 on the same machine)"
python3 - "$WORK/results.txt" "$WORK/figures.txt" <<'PY'
import sys
rows = []
for line in open(sys.argv[1]):
    label, conns, result = line.strip().split("|")
    kv = dict(p.split("=") for p in result.split()[1:])
    rows.append((label, int(conns), {k: float(v) for k, v in kv.items()}))
print(f"{'what':<60} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
for label, conns, r in rows:
    print(f"{label:<60} {conns:>5} {r['rps']:>8.1f} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['p99']:>8.2f} {int(r['other'] + r['errors']):>8}")
by = {label: r for label, _, r in rows}
figs = {}
for line in open(sys.argv[2]):
    tag, total, year, cells, gb, pdf, pages, rebuilt = line.rstrip("\n").split("|")
    figs[tag] = dict(total=int(total), year=int(year), cells=int(cells), gb=float(gb), pdf=float(pdf), pages=pages,
                     rebuilt=rebuilt)
for tag in ("small", "large"):
    f = figs[tag]
    s = by[f"{tag} GET /api/transparency/summary"]
    b = by[f"{tag} GET /api/catalog/neighbourhoods (baseline)"]
    print(f"{tag}: {f['total']} rows ({f['rebuilt'] or 'rollups kept incrementally'}); {f['cells']} rollup cells")
    print(f"  summary p95 {s['p95']:.1f} ms (p50 {s['p50']:.1f}) = {s['p95'] / b['p95']:.2f} x the trivial GET's p95"
          f" ({b['p95']:.1f} ms); plain GROUP BY over the raw table: {f['gb']:.1f} ms (median of 5, psql)")
    print(f"  activity report PDF for this year ({f['year']} rows; {f['pages']} KiB): {f['pdf']:.2f} s (best of 3)")
ratio = by["large GET /api/transparency/summary"]["p95"] / by["small GET /api/transparency/summary"]["p95"]
print(f"summary p95 at {figs['large']['total']} rows / at {figs['small']['total']} rows: {ratio:.2f}"
      f" (target: <= 2, and <= 50 ms)")
post = by.get("small POST /api/feedback (rollups in the transaction)")
base50 = by.get("small GET /api/catalog/neighbourhoods (baseline, 50 conns)")
if post and base50:
    print(f"POST /api/feedback with rollups: {post['rps']:.0f} submissions/s = {post['rps'] / base50['rps']:.2f} x the"
          f" trivial GET; p99 {post['p99']:.1f} ms")
PY
