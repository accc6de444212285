#!/usr/bin/env bash
# Proposals benchmark on PostgreSQL: 100,000 proposals and 2,000,000 supports; list, search and similar-proposals
# latency at 20 concurrent clients next to a trivial GET (/api/catalog/neighbourhoods, served from memory) on the
# same server in the same run; then 200 simultaneous supports by 200 accounts on one proposal, all counted.
#
#   bash src/bench/proposals-bench.sh [proposals] [supports]      (defaults 100000 2000000)
#
# Data: the portal creates the schema, then SQL (generate_series) writes the proposals (Turkish titles and texts
# from a vocabulary, 25 departments, 21 neighbourhoods, dates over a year) and the supports (skewed towards some
# proposals, times over a year, one per synthetic account and proposal); the counts on the proposal rows are set
# from the support rows and the search index is rebuilt from the database through the admin API (timed).
# Load from wrk (Debian package) with src/bench/proposals-report.lua; queries and texts rotate per request.
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and psql; schema kentsesi_bench5 of database test is
# dropped and re-created. Override with PGDB / PGUSER / BENCH_SECONDS. The per-client rate limit is off
# (KENTSESI_PROPOSALS_CLIENTPERMINUTE=0): all load comes from one address.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROPOSALS=${1:-100000}
SUPPORTS=${2:-2000000}
PORT=${KENTSESI_BENCH_PORT:-18085}
PGDB=${PGDB:-test}
PGUSER=${PGUSER:-postgres}
SCHEMA=kentsesi_bench5
BASE="http://127.0.0.1:$PORT"
DURATION=${BENCH_SECONDS:-30}
CONNS=20
ADMIN_PASSWORD=Bench-Passw0rd-5
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -B -q package -DskipTests -DskipITs
WORK=$(mktemp -d target/proposals-bench.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
psqlq() { psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
psqlq "drop schema if exists $SCHEMA cascade" 2>/dev/null

start() {
  KENTSESI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" KENTSESI_DB_USER="$PGUSER" KENTSESI_DB_SCHEMA=$SCHEMA \
  KENTSESI_ADMIN_PASSWORD=$ADMIN_PASSWORD KENTSESI_DATA_DIR="$WORK/data" KENTSESI_CONTACT_KEY=$(openssl rand -base64 32) \
  KENTSESI_PROPOSALS_CLIENTPERMINUTE=0 KENTSESI_PROPOSALS_SUPPORTSPERMINUTE=0 \
  java -Xmx2g -XX:+UseParallelGC -Djava.io.tmpdir="$WORK" -jar target/payara-micro.jar --deploy target/kentsesi.war \
    --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile src/main/payara/pre-boot.asadmin --postbootcommandfile src/main/payara/post-boot.asadmin >"$WORK/portal.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && return 0
    kill -0 "$PID" 2>/dev/null || { echo "portal exited; see $WORK/portal.log"; exit 1; }
    sleep 1
  done
  echo "portal not ready; see $WORK/portal.log"; exit 1
}
run() {
  local label=$1; shift
  local line
  line=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" -s src/bench/proposals-report.lua "$@" | grep '^RESULT')
  echo "$label|$CONNS|$line" | tee -a "$WORK/results.txt"
}
warm() { wrk -t2 -c"$CONNS" -d10s -s src/bench/proposals-report.lua "$@" >/dev/null; }
# login <username> <password>: prints "cookie|csrf"
login() {
  local hf="$WORK/h.$BASHPID.$RANDOM"
  local out
  out=$(curl -s -D "$hf" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/auth/login")
  local cookie
  cookie=$(grep -i '^set-cookie: KSSESSION' "$hf" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r' || true)
  rm -f "$hf"
  echo "$cookie|$(echo "$out" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')"
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $(psqlq 'show server_version')"
start
echo "== generating $PROPOSALS proposals and $SUPPORTS supports"
t0=$(date +%s.%N)
psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qX -v ON_ERROR_STOP=1 <<SQL
set search_path to $SCHEMA;
create temporary table vocab as select array['park','bahçe','çocuk','oyun','alanı','bank','aydınlatma','lamba','sokak',
 'cadde','kaldırım','rampa','engelli','otobüs','durak','sundurma','bisiklet','yolu','sahil','göl','yürüyüş','ağaç',
 'gölge','çeşme','su','çöp','konteyner','geri','dönüşüm','kütüphane','hafta','sonu','açık','spor','salonu','kurs',
 'gençler','yaşlılar','kadınlar','semt','konağı','pazar','yeri','otopark','trafik','ışık','yaya','geçidi','kamera',
 'güvenlik','gürültü','temizlik','ilaçlama','sivrisinek','sokak','hayvanları','mama','barınak','veteriner','kreş',
 'okul','servis','meydan','etkinlik','konser','tiyatro','sinema','wifi','internet','ücretsiz','tuvalet','bakım',
 'onarım','asfalt','çukur','yağmur','suyu','kanal','taşkın','deprem','toplanma','tabela','harita','rehber','bilgi',
 'başvuru','belediye','mahalle','muhtarlık','komşu','dayanışma','gönüllü','bağış','gıda','bankası','sosyal','yardım',
 'sağlık','ocağı','ambulans','eczane','nöbetçi','gece','güvenli','aydınlık','yürümek','tehlikeli','yavaş','hızlı',
 'yeşil','alan','fidan','dikim','kompost','enerji','güneş','paneli','şarj','istasyonu','elektrikli','araç'] as w;
insert into proposal (id, title, body, department_code, neighbourhood_code, state, visibility, open_flags, author_id,
  author_name, created_at, support_count, opt_lock)
select 1000000 + g,
  initcap(v.w[1 + (g * 7) % 120]) || ' ' || v.w[1 + (g * 13) % 120] || ' ' || v.w[1 + (g * 31) % 120] || ' önerisi '
    || g,
  (select string_agg(v.w[1 + ((g * 37 + i * 17 + i * i) % 120)], ' ') from generate_series(1, 25 + g % 40) i)
    || '. Bu öneri mahallemiz için önemlidir.',
  d.codes[1 + g % array_length(d.codes, 1)], n.codes[1 + (g / 3) % array_length(n.codes, 1)],
  case when g % 20 = 0 then 'ACCEPTED' when g % 20 = 1 then 'REJECTED' when g % 50 = 2 then 'COMPLETED'
       when g % 20 = 3 then 'UNDER_EVALUATION' else 'PUBLISHED' end,
  'PUBLIC', 0, null, 'Bench', now() at time zone 'utc' - (g % 365) * interval '1 day' - (g % 1440) * interval '1 minute',
  0, 0
from generate_series(1, $PROPOSALS) g, vocab v,
  (select array_agg(code order by code) codes from department) d,
  (select array_agg(code order by code) codes from neighbourhood) n;
insert into proposal_support (id, proposal_id, account_id, created_at)
select 5000000 + g, 1000001 + floor($PROPOSALS * power(random(), 3))::bigint, 2000000000 + g,
  now() at time zone 'utc' - random() * interval '365 days'
from generate_series(1, $SUPPORTS) g;
update proposal p set support_count = s.c from
  (select proposal_id, count(*) c from proposal_support group by proposal_id) s where p.id = s.proposal_id;
analyze;
SQL
# settle the new rows now (visibility map, statistics), so that autovacuum does not run during the measurements
psqlq "vacuum analyze $SCHEMA.proposal"
psqlq "vacuum analyze $SCHEMA.proposal_support"
t1=$(date +%s.%N)
echo "generated in $(awk "BEGIN{printf \"%.1f\", $t1 - $t0}") s: $(psqlq "select count(*) from $SCHEMA.proposal") proposals, $(psqlq "select count(*) from $SCHEMA.proposal_support") supports"
IFS='|' read -r ADMIN_COOKIE ADMIN_CSRF < <(login admin $ADMIN_PASSWORD)
t0=$(date +%s.%N)
INDEXED=$(curl -s -X POST -H "Cookie: $ADMIN_COOKIE" -H "X-CSRF-Token: $ADMIN_CSRF" "$BASE/api/admin/proposals/index/rebuild")
echo -n "$INDEXED"
case "$INDEXED" in *'"indexed":'*) ;; *) echo "index rebuild failed"; exit 1 ;; esac
t1=$(date +%s.%N)
REBUILD=$(awk "BEGIN{printf \"%.1f\", $t1 - $t0}")
echo " (index rebuilt in $REBUILD s)"

SEARCH="/api/proposals?q=bisiklet+yolu|/api/proposals?q=cop+konteyner|/api/proposals?q=%C3%A7ocuk+oyun+alan%C4%B1|/api/proposals?q=sokak+lambas%C4%B1|/api/proposals?q=otopark|/api/proposals?q=k%C3%BCt%C3%BCphane+hafta+sonu|/api/proposals?q=sahil+y%C3%BCr%C3%BCy%C3%BC%C5%9F|/api/proposals?q=engelli+rampa|/api/proposals?q=agac+dikimi|/api/proposals?q=gunes+paneli"
SEARCH_FILTERED="/api/proposals?q=park&department=PARK&sort=supports|/api/proposals?q=yol&department=FEN&state=PUBLISHED&sort=newest|/api/proposals?q=temizlik&neighbourhood=ATAKENT&sort=trending|/api/proposals?q=spor+salonu&sort=supports&page=3|/api/proposals?q=otob%C3%BCs+dura%C4%9F%C4%B1&department=ZABITA"
LISTS="/api/proposals|/api/proposals?sort=supports|/api/proposals?sort=trending|/api/proposals?sort=newest&page=20|/api/proposals?department=PARK&sort=supports|/api/proposals?neighbourhood=CENNET&state=ACCEPTED|/api/proposals?sort=supports&page=50"
SIMILAR="/api/proposals/similar?text=G%C3%B6l+sahilinde+bisiklet+yolu+yap%C4%B1ls%C4%B1n%2C+yayalar+tehlikede|/api/proposals/similar?text=Parktaki+%C3%A7ocuk+oyun+alan%C4%B1na+g%C3%B6lgelik+ve+bank+konulsun|/api/proposals/similar?text=Sokak+lambalar%C4%B1+yanm%C4%B1yor%2C+gece+y%C3%BCr%C3%BCmek+tehlikeli|/api/proposals/similar?text=%C3%87%C3%B6p+konteynerleri+ta%C5%9F%C4%B1yor%2C+geri+d%C3%B6n%C3%BC%C5%9F%C3%BCm+kutusu+istiyoruz|/api/proposals/similar?text=K%C3%BCt%C3%BCphane+hafta+sonu+a%C3%A7%C4%B1k+olsun%2C+gen%C3%A7ler+ders+%C3%A7al%C4%B1%C5%9Fs%C4%B1n"

echo "== latency at $CONNS connections, ${DURATION} s each"
warm "$BASE/api/catalog/neighbourhoods"
WRK_ROTATE="$LISTS" warm "$BASE/"
WRK_ROTATE="$SEARCH" warm "$BASE/"
WRK_ROTATE="$SIMILAR" warm "$BASE/"
run "GET /api/catalog/neighbourhoods (baseline)" "$BASE/api/catalog/neighbourhoods"
WRK_ROTATE="$LISTS" run "list (7 variants: sorts, filters, deep pages)" "$BASE/"
WRK_ROTATE="$SEARCH" run "search (10 Turkish queries, by relevance)" "$BASE/"
WRK_ROTATE="$SEARCH_FILTERED" run "search + filters + sort (5 variants)" "$BASE/"
WRK_ROTATE="$SIMILAR" run "similar proposals (5 texts, MoreLikeThis)" "$BASE/"
WRK_ROTATE="/proposals.html?sort=supports|/proposals.html?q=park&department=PARK" run "server-rendered list page (HTML)" "$BASE/"
run "GET /api/catalog/neighbourhoods (baseline, again)" "$BASE/api/catalog/neighbourhoods"

echo "== 200 simultaneous supports by 200 accounts on one proposal"
TARGET=$(psqlq "select id from $SCHEMA.proposal where state = 'PUBLISHED' order by id desc limit 1")
curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"email":"bench.template@example.org","password":"Bench-Vatandas-1","displayName":"Bench","kvkkAcknowledged":true,"kvkkNoticeVersion":"2026-1"}' "$BASE/api/accounts"
HASH=$(psqlq "select password_hash from $SCHEMA.account a join $SCHEMA.citizen_profile p on p.account_id = a.id where p.email_key = 'bench.template@example.org'")
psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qX -v ON_ERROR_STOP=1 <<SQL
set search_path to $SCHEMA;
insert into account (id, username, password_hash, display_name, email, active, created_at, opt_lock)
  select 900000000 + g, 'c-bench' || g, '$HASH', 'Bench ' || g, 'bench' || g || '@example.org', true,
    now() at time zone 'utc', 0 from generate_series(1, 200) g;
insert into account_role (account_id, role_name) select 900000000 + g, 'CITIZEN' from generate_series(1, 200) g;
insert into citizen_profile (account_id, email_key, language, kvkk_notice_version, kvkk_acknowledged_at, verified_at)
  select 900000000 + g, 'bench' || g || '@example.org', 'tr', '2026-1', now() at time zone 'utc',
    now() at time zone 'utc' from generate_series(1, 200) g;
SQL
before=$(psqlq "select support_count from $SCHEMA.proposal where id = $TARGET")
: >"$WORK/sessions.txt"
# (xargs, not "wait": a bare wait would also wait for the portal itself)
export -f login
export WORK BASE
seq 1 200 | xargs -P 8 -I{} bash -c 'login bench{}@example.org Bench-Vatandas-1' >"$WORK/sessions.txt"
echo "logged in: $(grep -c 'KSSESSION' "$WORK/sessions.txt") of 200"
: >"$WORK/codes.txt"
pids=()
while IFS='|' read -r cookie csrf; do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
    "$BASE/api/proposals/$TARGET/supports" >>"$WORK/codes.txt" &
  pids+=($!)
done <"$WORK/sessions.txt"
for p in "${pids[@]}"; do wait "$p"; done
after=$(psqlq "select support_count from $SCHEMA.proposal where id = $TARGET")
rows=$(psqlq "select count(*) from $SCHEMA.proposal_support where proposal_id = $TARGET")
ok=$(grep -c '^200$' "$WORK/codes.txt" || true)
echo "200 responses: $ok; support count $before -> $after; support rows $rows"

echo
echo "== Summary ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); wrk -t2 on the same machine)"
python3 - "$WORK/results.txt" "$ok" "$before" "$after" "$rows" "$REBUILD" <<'PY'
import sys
rows = []
for line in open(sys.argv[1]):
    label, conns, result = line.strip().split("|")
    kv = dict(p.split("=") for p in result.split()[1:])
    rows.append((label, int(conns), {k: float(v) for k, v in kv.items()}))
print(f"{'what':<48} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
for label, conns, r in rows:
    print(f"{label:<48} {conns:>5} {r['rps']:>8.1f} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['p99']:>8.2f} {int(r['other'] + r['errors']):>8}")
base = rows[0][2]
for label, _, r in rows[1:-1]:
    print(f"{label}: p95 {r['p95']:.1f} ms = {r['p95'] / base['p95']:.2f} x the trivial GET's p95")
ok, before, after, n = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"200 simultaneous supports: {ok} answered 200; count {before} -> {after} (+{after - before}); "
      f"all counted: {'yes' if after - before == ok == 200 and n == after else 'NO'}")
print(f"search index rebuilt from the database in {float(sys.argv[6]):.1f} s")
PY
