#!/usr/bin/env bash
# Feedback benchmarks on PostgreSQL (issue: citizen feedback and the officials' inbox).
#
#   bash src/bench/feedback-bench.sh [rows]        (default 1000000 rows for the inbox part)
#
# 1. POST /api/feedback at 50 concurrent clients for 20 s, next to a trivial GET (/api/catalog/neighbourhoods)
#    at the same concurrency on the same server; then checks that every 201 is a committed row.
# 2. The demo-data generator fills the table to <rows>; then one department's inbox (first page, by due date,
#    with the counts per status) is read by 10 concurrent officials for 20 s, next to the same trivial GET.
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and psql; uses schema kentsesi_bench of database test
# (dropped and re-created). Override with PGURL / PGDB / PGUSER.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
PORT=${KENTSESI_BENCH_PORT:-18081}
PGDB=${PGDB:-test}
PGUSER=${PGUSER:-postgres}
SCHEMA=kentsesi_bench
BASE="http://127.0.0.1:$PORT"
mvn -B -q package -DskipTests -DskipITs
WORK=$(mktemp -d target/feedback-bench.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
psqlq() { psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qtAX -c "$1"; }
psqlq "drop schema if exists $SCHEMA cascade"

start() {
  local log=$1 rows=$2
  KENTSESI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB?reWriteBatchedInserts=true" KENTSESI_DB_USER="$PGUSER" \
  KENTSESI_DB_SCHEMA=$SCHEMA KENTSESI_DEMO=true KENTSESI_DEMO_FEEDBACK="$rows" KENTSESI_FEEDBACK_RATEPERMINUTE=0 \
  KENTSESI_ADMIN_PASSWORD=Bench-Passw0rd-1 KENTSESI_DATA_DIR="$WORK/data" \
  java -Xmx2g -XX:+UseParallelGC -Djava.io.tmpdir="$WORK" -jar target/payara-micro.jar --deploy target/kentsesi.war \
    --contextroot / --port "$PORT" --nocluster >"$WORK/$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && return 0
    kill -0 "$PID" 2>/dev/null || { echo "portal exited; see $WORK/$log"; exit 1; }
    sleep 1
  done
  echo "portal not ready; see $WORK/$log"; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
load() { java -cp target/test-classes tr.bel.kucukcekmece.kentsesi.bench.HttpLoad "$@"; }
field() { python3 -c "import json,sys; print(json.load(open('$1'))['$2'])"; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $(psqlq 'show server_version')"

echo "== 1. POST /api/feedback, 50 concurrent clients"
start portal-post.log 0
cat > "$WORK/body.json" <<'JSON'
{"kind":"REQUEST","serviceCode":"FEN-YOL","comment":"Benchmark talebi ${n}: kaldırımda çukur var.","neighbourhoodCode":"ATAKENT"}
JSON
load --url "$BASE/api/catalog/neighbourhoods" --concurrency 50 --warmup 5 --duration 20 --expect 200 \
  --label "GET /api/catalog/neighbourhoods (baseline)" --json-out "$WORK/get1.json"
before=$(psqlq "select count(*) from $SCHEMA.feedback")
load --url "$BASE/api/feedback" --method POST --body-file "$WORK/body.json" --header 'Content-Type: application/json' \
  --header 'Idempotency-Key: bench-${uuid}' --concurrency 50 --warmup 5 --duration 20 --expect 201 \
  --label "POST /api/feedback" --json-out "$WORK/post.json" || true
sleep 1
after=$(psqlq "select count(*) from $SCHEMA.feedback")
stop

echo "== 2. inbox with $ROWS rows"
start portal-inbox.log "$ROWS"
grep -o 'Demo mode: [0-9]* feedback rows generated in [0-9.]* s' "$WORK/portal-inbox.log" || true
rows_now=$(psqlq "select count(*) from $SCHEMA.feedback")
fen_rows=$(psqlq "select count(*) from $SCHEMA.feedback where department_code='FEN'")
fen_open=$(psqlq "select count(*) from $SCHEMA.feedback where department_code='FEN' and status in ('RECEIVED','IN_PROGRESS','REOPENED')")
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"yetkili.fen","password":"Demo-Kent-2026"}' "$BASE/api/auth/login" | grep -i '^set-cookie' | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
load --url "$BASE/api/catalog/neighbourhoods" --concurrency 10 --warmup 5 --duration 20 --expect 200 \
  --label "GET /api/catalog/neighbourhoods (baseline)" --json-out "$WORK/get2.json"
load --url "$BASE/api/admin/feedback/inbox?department=FEN" --header "Cookie: $cookie" --concurrency 10 --warmup 5 \
  --duration 20 --expect 200 --label "GET inbox FEN (open, by due date, counts)" --json-out "$WORK/inbox.json"
load --url "$BASE/api/admin/feedback/inbox?department=FEN&status=ALL&kind=COMPLAINT" --header "Cookie: $cookie" \
  --concurrency 10 --warmup 5 --duration 20 --expect 200 --label "GET inbox FEN (all complaints)" \
  --json-out "$WORK/inbox2.json"
stop

ok=$(python3 -c "import json; print(json.load(open('$WORK/post.json'))['statuses'].get('201', 0))" 2>/dev/null || echo "?")
echo
echo "== Summary"
printf '%-52s %10s %9s %9s\n' "what" "req/s" "p95 ms" "p99 ms"
for f in get1 post get2 inbox inbox2; do
  python3 - "$WORK/$f.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{r['label'][:52]:<52} {r['throughput']:>10.1f} {r['p95']:>9.2f} {r['p99']:>9.2f}")
PY
done
python3 - "$WORK" "$before" "$after" <<'PY'
import json, sys
w, before, after = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
get1, post = json.load(open(f"{w}/get1.json")), json.load(open(f"{w}/post.json"))
get2, inbox = json.load(open(f"{w}/get2.json")), json.load(open(f"{w}/inbox.json"))
created = post['statuses'].get('201', 0)
print(f"POST throughput / baseline GET throughput: {post['throughput'] / get1['throughput']:.2f}")
print(f"201 responses during the measured window: {created}; rows added to the table during the whole run "
      f"(warm-up included): {after - before}; every 201 committed: {'yes' if after - before >= created else 'NO'}")
print(f"inbox p95 / baseline GET p95: {inbox['p95'] / get2['p95']:.2f}")
PY
echo "rows in table: $rows_now; FEN rows: $fen_rows; FEN open: $fen_open"
