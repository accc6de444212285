#!/usr/bin/env bash
# Assistant benchmark: POST /api/assistant/ask at 50 concurrent clients with at least 5,000 passages indexed, next
# to a trivial GET (/api/catalog/neighbourhoods, served from memory) on the same server in the same run, and the same
# request answered from live data without the engine (what an ask costs before retrieval); and the index build time
# for the shipped content and for the 5,000-passage set (from the portal's start-up log).
#
#   bash src/bench/assistant-bench.sh
#
# The 5,000-passage knowledge directory is generated under target/: the shipped content (index/), the paragraphs of
# ../shared/dev-data (read at run time, never copied into the repository) when that directory exists, and renamed
# copies of the shipped documents until there are at least 5,000 passages. Questions: the municipal evaluation set.
# Needs wrk (installed when missing), PostgreSQL on 127.0.0.1:5432 (user postgres, trust); uses schema
# kentsesi_bench4 of database test, dropped and re-created. The portal runs with G1 (the run command's collector;
# BENCH_GC changes it); BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=ask.jfr.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${KENTSESI_BENCH_PORT:-18084}
PGDB=${PGDB:-test}
PGUSER=${PGUSER:-postgres}
SCHEMA=kentsesi_bench4
BASE="http://127.0.0.1:$PORT"
DURATION=${BENCH_SECONDS:-30}
DEV=${DEV_DATA:-../shared/dev-data}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -B -q package -DskipTests -DskipITs
WORK=$(mktemp -d target/assistant-bench.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
psqlq() { psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qtAX -c "$1"; }

python3 - "$WORK" "$DEV" <<'PY'
import json, os, re, shutil, sys, csv
work, dev = sys.argv[1], sys.argv[2]
big = os.path.join(work, "knowledge-5000")
shutil.copytree("index", big)
def passages(text):
    body = text.split("\n---", 2)[-1] if text.startswith("---") else text
    return 1 + len(re.findall(r"(?m)^## ", body))
count = sum(passages(open(os.path.join(r, f), encoding="utf-8").read())
            for r, _, fs in os.walk("index") for f in fs if f.endswith(".md"))
extra = os.path.join(big, "extra"); os.makedirs(extra)
def write(name, title, lang, paragraphs):
    global count
    with open(os.path.join(extra, name + ".md"), "w", encoding="utf-8") as out:
        out.write(f"---\nid: {name}\ntitle: {title}\nlang: {lang}\n---\n")
        for i, p in enumerate(paragraphs):
            out.write(("" if i == 0 else f"\n## {title} ({i})\n") + p.strip() + "\n")
    count += len(paragraphs)
for path, prefix, lang in [("qa-parallel/en.json", "xq-en", "en"), ("qa-parallel/tr.json", "xq-tr", "tr"),
                           ("qa-tr-history/final_dev_data_v2.json", "thq", "tr")]:
    f = os.path.join(dev, path)
    if os.path.exists(f):
        for a, art in enumerate(json.load(open(f, encoding="utf-8"))["data"]):
            write(f"{prefix}-{a}", art.get("title", prefix), lang, [p["context"] for p in art["paragraphs"]])
faq = os.path.join(dev, "gov-faq-en/faq_covidbert.csv")
if os.path.exists(faq):
    for i, row in enumerate(csv.DictReader(open(faq, encoding="utf-8"))):
        write(f"faq-{i}", row["question"].replace("\n", " ")[:150].replace(":", " "), "en", [row["answer"]])
n = 0
while count < 5000:
    n += 1
    for r, _, fs in os.walk("index"):
        for f in fs:
            if f.endswith(".md") and count < 5000:
                text = open(os.path.join(r, f), encoding="utf-8").read()
                text = re.sub(r"(?m)^id: (.*)$", lambda m: f"id: {m.group(1)}-copy{n}", text, count=1)
                open(os.path.join(extra, f"{n}-{f}"), "w", encoding="utf-8").write(text)
                count += passages(text)
print(f"knowledge set: {count} passages")
with open(os.path.join(work, "questions.txt"), "w", encoding="utf-8") as out:
    for line in open("src/eval/municipal-questions.tsv", encoding="utf-8").read().splitlines()[1:]:
        q = line.split("\t")[1]
        out.write(json.dumps({"question": q}, ensure_ascii=False) + "\n")
PY

start() {
  local log=$1 know=$2
  psqlq "drop schema if exists $SCHEMA cascade" 2>/dev/null
  KENTSESI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" KENTSESI_DB_USER="$PGUSER" KENTSESI_DB_SCHEMA=$SCHEMA \
  KENTSESI_DEMO=true KENTSESI_DEMO_FEEDBACK=0 KENTSESI_ADMIN_PASSWORD=Bench-Passw0rd-1 \
  KENTSESI_DATA_DIR="$WORK/data-$log" KENTSESI_KNOWLEDGE_DIR="$know" \
  java -Xmx2g ${BENCH_GC:--XX:+UseG1GC} ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$WORK" -jar target/payara-micro.jar --deploy target/kentsesi.war \
    --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile src/main/payara/pre-boot.asadmin --postbootcommandfile src/main/payara/post-boot.asadmin >"$WORK/$log.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && return 0
    kill -0 "$PID" 2>/dev/null || { echo "portal exited; see $WORK/$log.log"; exit 1; }
    sleep 1
  done
  echo "portal not ready; see $WORK/$log.log"; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
run() {
  local label=$1 conns=$2 secs=$3; shift 3
  local line
  line=$(wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s -s src/bench/wrk-report.lua "$@" | grep '^RESULT')
  echo "$label|$conns|$line" | tee -a "$WORK/results.txt"
}
# The JIT needs more than a minute of load on 2 cores before even the trivial GET reaches its speed (measured: 2,000
# req/s in the first 15 s, 10,000 only after two to three minutes), so each kind of request is warmed for
# WARM_SECONDS (default 150).
WARM=${WARM_SECONDS:-150}
warm() { wrk -t2 -c"$1" -d"${WARM}s" -s src/bench/wrk-report.lua "${@:2}" >/dev/null; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "== index build: shipped content"
start shipped "$PWD/index"
shipped=$(grep -o 'Knowledge index: .* ms' "$WORK/shipped.log" | tail -1)
stop
echo "$shipped"
echo "== index build and ask: 5,000+ passages"
start big "$WORK/knowledge-5000"
big=$(grep -o 'Knowledge index: .* ms' "$WORK/big.log" | tail -1)
echo "$big"
warm 50 "$BASE/api/catalog/neighbourhoods"
WRK_BODIES="$WORK/questions.txt" warm 50 "$BASE/api/assistant/ask"
run "GET /api/catalog/neighbourhoods (baseline)" 50 "$DURATION" "$BASE/api/catalog/neighbourhoods"
WRK_BODIES="$WORK/questions.txt" run "POST /api/assistant/ask" 50 "$DURATION" "$BASE/api/assistant/ask"
run "GET /api/catalog/neighbourhoods (baseline, again)" 50 "$DURATION" "$BASE/api/catalog/neighbourhoods"
# The same request path without the engine: status questions without a tracking code are answered from live data
# (validation, language, masking, the question log, JSON), so this row is what an ask costs before any retrieval.
printf '%s\n' '{"question":"Başvurum ne durumda?"}' '{"question":"What is the status of my request?"}' \
  '{"question":"Şikayetim ne durumda?"}' '{"question":"Where is my complaint now?"}' >"$WORK/live.txt"
WRK_BODIES="$WORK/live.txt" WARM=60 warm 50 "$BASE/api/assistant/ask"
WRK_BODIES="$WORK/live.txt" run "POST ask, live answer (no engine)" 50 "$DURATION" "$BASE/api/assistant/ask"
logged=$(psqlq "select count(*) from $SCHEMA.assistant_question")
stop

echo
echo "== Summary ($(nproc) cores; wrk -t2 on the same machine)"
python3 - "$WORK/results.txt" "$logged" "$shipped" "$big" <<'PY'
import sys
rows = []
for line in open(sys.argv[1]):
    label, conns, result = line.strip().split("|")
    kv = dict(p.split("=") for p in result.split()[1:])
    rows.append((label, int(conns), {k: float(v) for k, v in kv.items()}))
print(f"{'what':<44} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
for label, conns, r in rows:
    print(f"{label:<44} {conns:>5} {r['rps']:>8.1f} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['p99']:>8.2f} {int(r['other'] + r['errors']):>8}")
get, ask, get2, live = rows[0][2], rows[1][2], rows[2][2], rows[3][2]
print(f"ask: {ask['rps']:.0f} req/s = {ask['rps'] / get['rps']:.2f} x the trivial GET before it, "
      f"{ask['rps'] / get2['rps']:.2f} x the one after; p99 {ask['p99']:.1f} ms "
      f"(trivial GET p99 {get['p99']:.1f} / {get2['p99']:.1f} ms); questions logged: {sys.argv[2]}")
print(f"ask answered from live data (no engine): {live['rps']:.0f} req/s = {live['rps'] / get2['rps']:.2f} x the "
      f"trivial GET before it")
print(f"index build, shipped content: {sys.argv[3]}")
print(f"index build, 5,000-passage set: {sys.argv[4]}")
PY
