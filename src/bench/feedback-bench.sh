#!/usr/bin/env bash
# Feedback benchmarks on PostgreSQL (citizen feedback and the officials' inbox), each next to a trivial GET
# (/api/catalog/neighbourhoods, served from memory) measured on the same server in the same run.
#
#   bash src/bench/feedback-bench.sh [rows]        (default 1000000 rows for the inbox part; 0 skips it)
#
# 1. POST /api/feedback at 50 concurrent connections for 30 s (closed loop: each connection sends its next request
#    when answered); then checks that every 201 is a committed row. Then the same POST refused by validation (unknown
#    service, no database work): the request path's own ceiling. Then open loop: 1,000 requests/s (BENCH_RATE)
#    offered over 50 connections on a fixed schedule, the trivial GET and then the POST, latency counted from each
#    request's scheduled send time; every 201 must again be a committed row, and the rollup cells must count them all.
# 2. The demo-data generator fills the table to <rows>; one department's inbox (first page of open items by due
#    date, with the counts per status) is read over 10 concurrent connections for 30 s, and a filtered variant.
#
# Closed-loop load comes from wrk (Debian package; installed when missing and run as root), open-loop load from
# HttpLoad (src/bench/java, compiled into target/test-classes), which keeps one blocking keep-alive socket per
# connection: at 1,000 POSTs a second it used 6.3 s of CPU in 45 s, where the JDK's HttpClient it replaced used
# 21.6 s (0.47 of the two cores the server needs). Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and psql; uses schema
# kentsesi_bench of database test, dropped and re-created. Override with PGDB / PGUSER.
# The portal runs with G1, the JVM's default collector and the one the README's run command gets (BENCH_GC to
# change it: -XX:+UseParallelGC gave a higher closed-loop p99, 54 ms against 48 ms, in runs of 2026-12-03);
# BENCH_JAVA_OPTS adds JVM options (e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
PORT=${KENTSESI_BENCH_PORT:-18081}
PGDB=${PGDB:-test}
PGUSER=${PGUSER:-postgres}
SCHEMA=kentsesi_bench
BASE="http://127.0.0.1:$PORT"
DURATION=${BENCH_SECONDS:-30}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -B -q package -DskipTests -DskipITs
WORK=$(mktemp -d target/feedback-bench.XXXXXX)
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
  java -Xmx2g ${BENCH_GC:--XX:+UseG1GC} ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$WORK" -jar target/payara-micro.jar --deploy target/kentsesi.war \
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
# run <label> <connections> <seconds> <wrk args...>: prints one RESULT line prefixed by the label
run() {
  local label=$1 conns=$2 secs=$3; shift 3
  local out line
  out=$(wrk -t2 -c"$conns" -d"${secs}s" -s src/bench/wrk-report.lua "$@")
  line=$(grep '^RESULT' <<<"$out")
  echo "$label|$conns|$line" | tee -a "$WORK/results.txt"
  # answers that were not 2xx, by status (wrk-report.lua prints them when there are any)
  local st
  st=$(grep '^STATUSES' <<<"$out" || true)
  [ -z "$st" ] || echo "$label: non-2xx by status:${st#STATUSES}" | tee -a "$WORK/statuses.txt"
}
# The JIT needs more than a minute of load on 2 cores before even the trivial GET reaches its speed (measured: 2,000
# req/s in the first 15 s, 10,000 only after two to three minutes), so each kind of request is warmed for
# WARM_SECONDS (default 150).
WARM=${WARM_SECONDS:-150}
warm() { wrk -t2 -c"$1" -d"${WARM}s" -s src/bench/wrk-report.lua "${@:2}" >/dev/null; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $(psqlq 'show server_version')"

echo "== 1. POST /api/feedback, 50 connections"
start portal-post.log 0
warm 50 "$BASE/api/catalog/neighbourhoods"
WRK_POST_FEEDBACK=1 warm 50 "$BASE/api/feedback"
echo '{"kind":"REQUEST","serviceCode":"BENCH-YOK","comment":"Benchmark talebi: kaldırımda çukur var.","neighbourhoodCode":"ATAKENT"}' >"$WORK/invalid.json"
WRK_BODIES="$WORK/invalid.json" warm 50 "$BASE/api/feedback"
run "GET /api/catalog/neighbourhoods (baseline)" 50 "$DURATION" "$BASE/api/catalog/neighbourhoods"
before=$(psqlq "select count(*) from $SCHEMA.feedback")
WRK_POST_FEEDBACK=1 run "POST /api/feedback" 50 "$DURATION" "$BASE/api/feedback"
sleep 2
after=$(psqlq "select count(*) from $SCHEMA.feedback")
# The same POST through the same resource, JSON parsing, validation and problem+json answer, refused for an unknown
# service before any database work: the ceiling of this request path on this machine.
WRK_BODIES="$WORK/invalid.json" run "POST /api/feedback refused by validation (400)" 50 "$DURATION" "$BASE/api/feedback"
# Open loop: the target rate offered by 50 connections on a fixed schedule, latency counted from each request's
# scheduled send time (HttpLoad --rate, as wrk2 measures it; wrk itself only runs closed loop), the trivial GET at
# the same rate first. BENCH_TIMELINE=1 also writes, per 100 ms, the slowest latency (open-*.timeline in the work
# directory).
python3 - "$WORK/bodies.json" <<'PY'
import random, sys
random.seed(7)
services = ["FEN-YOL", "FEN-KAZI", "TEMIZLIK-COP", "TEMIZLIK-KONTEYNER", "TEMIZLIK-SOKAK", "PARK-BAKIM", "PARK-BUDAMA",
            "ZABITA-GURULTU", "ZABITA-ISGAL", "ZABITA-SEYYAR", "VETERINER-SOKAK-HAYVANI", "IMAR-KACAK-YAPI",
            "RUHSAT-ISYERI", "MALI-EMLAK-VERGISI", "SOSYAL-GIDA", "SAGLIK-EVDE-SAGLIK", "KULTUR-KURS", "SPOR-TESIS",
            "YAZI-NIKAH", "MUHTARLIK-TALEP", "BILGI-E-BELEDIYE", "IKLIM-GERI-DONUSUM", "AFET-EGITIM", "EMLAK-KIRALAMA"]
hoods = ["ATAKENT", "ATATURK", "BESYOL", "CENNET", "CUMHURIYET", "FATIH", "FEVZI_CAKMAK", "GULTEPE", "HALKALI_MERKEZ",
         "INONU", "ISTASYON", "KANARYA", "KARTALTEPE", "KEMALPASA", "MEHMET_AKIF", "SOGUTLU_CESME", "SULTAN_MURAT",
         "TEVFIKBEY", "YARIMBURGAZ", "YENI_MAHALLE", "YESILOVA"]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(500):
        kind = random.choice(["REQUEST", "COMPLAINT", "SATISFACTION", "SUGGESTION", "THANKS"])
        rating = f',"rating":{random.randint(1, 5)}' if kind == "SATISFACTION" else ""
        out.write(f'{{"kind":"{kind}","serviceCode":"{random.choice(services)}"{rating},'
                  f'"comment":"Benchmark talebi ${{n}}: kaldırımda çukur var.","neighbourhoodCode":"{random.choice(hoods)}"}}\n')
PY
RATE=${BENCH_RATE:-1000}
load() { # load <label> <HttpLoad args...>: open loop at $RATE/s over 50 connections; appends a RESULT line
  local label=$1; shift
  java -Xmx512m ${BENCH_TIMELINE:+-Dhttpload.timeline=$WORK/open-$(date +%s).timeline} \
    -cp target/test-classes tr.bel.kucukcekmece.kentsesi.bench.HttpLoad --concurrency 50 --rate "$RATE" \
    --warmup 15 --duration "$DURATION" --json-out "$WORK/open.json" "$@" >/dev/null || true
  python3 - "$WORK/open.json" "$label" >>"$WORK/results.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
other = r["total"] - r["expectedOk"] - sum(r["errors"].values())
print(f"{sys.argv[2]}|50|RESULT requests={r['total']} ok={r['expectedOk']} other={other} "
      f"errors={sum(r['errors'].values())} rps={r['throughput']:.1f} p50={r['p50']:.2f} p90={r['p90']:.2f} "
      f"p95={r['p95']:.2f} p99={r['p99']:.2f} max={r['max']:.2f}")
PY
  tail -1 "$WORK/results.txt"
}
load "GET /api/catalog/neighbourhoods at $RATE/s (open loop)" --url "$BASE/api/catalog/neighbourhoods" --expect 200
open_before=$(psqlq "select count(*) from $SCHEMA.feedback")
load "POST /api/feedback at $RATE/s (open loop)" --url "$BASE/api/feedback" --method POST \
  --bodies-file "$WORK/bodies.json" --header 'Content-Type: application/json' --header 'Idempotency-Key: open-${uuid}' \
  --expect 201
sleep 2
open_after=$(psqlq "select count(*) from $SCHEMA.feedback")
rolled=$(psqlq "select coalesce(sum(submissions), 0) from $SCHEMA.transparency_cell where grain = 'D'")
stop

rows_now=0 fen_rows=0 fen_open=0 generated=
if [ "$ROWS" -gt 0 ]; then
echo "== 2. inbox with $ROWS rows"
start portal-inbox.log "$ROWS"
generated=$(grep -o 'feedback rows generated in [0-9.]* s' "$WORK/portal-inbox.log" || true)
rows_now=$(psqlq "select count(*) from $SCHEMA.feedback")
fen_rows=$(psqlq "select count(*) from $SCHEMA.feedback where department_code='FEN'")
fen_open=$(psqlq "select count(*) from $SCHEMA.feedback where department_code='FEN' and status in ('RECEIVED','IN_PROGRESS','REOPENED')")
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"yetkili.fen","password":"Demo-Kent-2026"}' "$BASE/api/auth/login" \
  | grep -i '^set-cookie' | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
warm 10 "$BASE/api/catalog/neighbourhoods"
warm 10 -H "Cookie: $cookie" "$BASE/api/admin/feedback/inbox?department=FEN"
run "GET /api/catalog/neighbourhoods (baseline)" 10 "$DURATION" "$BASE/api/catalog/neighbourhoods"
run "GET inbox FEN (open items by due date + counts)" 10 "$DURATION" -H "Cookie: $cookie" \
  "$BASE/api/admin/feedback/inbox?department=FEN"
run "GET inbox FEN (all complaints by due date + counts)" 10 "$DURATION" -H "Cookie: $cookie" \
  "$BASE/api/admin/feedback/inbox?department=FEN&status=ALL&kind=COMPLAINT"
stop
fi

echo
echo "== Summary ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); wrk -t2 on the same machine)"
python3 - "$WORK/results.txt" "$before" "$after" "$rows_now" "$fen_rows" "$fen_open" "$generated" "$rolled" "$open_before" "$open_after" <<'PY'
import sys
rows = []
for line in open(sys.argv[1]):
    label, conns, result = line.strip().split("|")
    kv = dict(p.split("=") for p in result.split()[1:])
    rows.append((label, int(conns), {k: float(v) for k, v in kv.items()}))
print(f"{'what':<52} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
for label, conns, r in rows:
    print(f"{label:<52} {conns:>5} {r['rps']:>8.1f} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['p99']:>8.2f} {int(r['other'] + r['errors']):>8}")
get1, post, refused = (r for _, _, r in rows[:3])
before, after = int(sys.argv[2]), int(sys.argv[3])
print(f"POST /api/feedback: {post['rps']:.0f} submissions/s = {post['rps'] / get1['rps']:.2f} x the trivial GET; "
      f"p99 {post['p99']:.1f} ms")
# Little's law for 50 closed-loop connections: mean latency = 50 / throughput.
print(f"same POST refused by validation, no database work: {refused['rps']:.0f} req/s "
      f"(mean {1000 * 50 / refused['rps']:.1f} ms, p99 {refused['p99']:.1f} ms); the trivial GET: p99 {get1['p99']:.1f} ms")
print(f"at 50 connections, 1,000 submissions/s means a mean latency of 50 ms (Little's law), so a p99 <= 50 ms needs "
      f"well over 1,000/s; the request path alone allows {refused['rps']:.0f}/s here")
print(f"201 responses in the measured run: {int(post['ok'])}; rows added to the table: {after - before}; "
      f"every 201 committed: {'yes' if after - before >= int(post['ok']) else 'NO'}")
final = int(sys.argv[10]) if sys.argv[10] else after
print(f"rows in the table at the end: {final}; submissions counted in the rollup cells: {sys.argv[8]}; "
      f"equal: {'yes' if int(sys.argv[8]) == final else 'NO'}")
if len(rows) >= 5:
    oget, opost = rows[3][2], rows[4][2]
    print(f"open loop at {opost['rps']:.0f}/s offered over 50 connections: POST p50 {opost['p50']:.1f} ms, "
          f"p99 {opost['p99']:.1f} ms ({int(opost['ok'])} answered 201, {int(opost['other'] + opost['errors'])} not); "
          f"the trivial GET at the same rate: p99 {oget['p99']:.1f} ms; POST p99 = {opost['p99'] / oget['p99']:.2f} x the GET's")
    ob, oa = int(sys.argv[9]), int(sys.argv[10])
    print(f"open loop: rows added {oa - ob}; every 201 committed: {'yes' if oa - ob >= int(opost['ok']) else 'NO'}")
if len(rows) == 8:
    get2, inbox, inbox2 = (r for _, _, r in rows[5:])
    print(f"inbox p95 {inbox['p95']:.1f} ms (filtered: {inbox2['p95']:.1f} ms) = {inbox['p95'] / get2['p95']:.2f} x the trivial GET's p95")
    print(f"table: {sys.argv[4]} rows ({sys.argv[7] or 'already filled'}); FEN: {sys.argv[5]} rows, {sys.argv[6]} open")
PY
if [ -s "$WORK/statuses.txt" ]; then cat "$WORK/statuses.txt"; fi
