#!/usr/bin/env bash
# XSS resilience run: every user-supplied field that a page shows is seeded over the API with the full payload list
# (XssSuite.PAYLOADS), then every such page is opened in headless Chromium as the public, a citizen, officials, the
# moderator, the editor, the administrator and an account the administrator created. Prints fields seeded, payloads,
# pages opened, executions, CSP blocks and injected markup (each traced to its field and payload); exits 1 if any of
# the last three is not 0.
#
#   bash src/resilience/xss.sh [short]       (short: the IT's shorter payload list)
#
# Starts its own portal (built WAR, demo mode, port KENTSESI_XSS_PORT or 18091) on H2 in a temporary data directory,
# or with XSS_DB=postgresql on schema kentsesi_resilience_xss of database test at 127.0.0.1:5432 (user postgres,
# dropped and re-created). Citizens' verification mails go to an in-process GreenMail on XSS_SMTP_PORT (3045).
# Needs Debian's chromium and chromium-driver and axe-core in .ci/node_modules (npm ci --prefix .ci), as the ITs do.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${KENTSESI_XSS_PORT:-18091}
SMTP=${XSS_SMTP_PORT:-3045}
BASE="http://127.0.0.1:$PORT"
[ -f target/kentsesi.war ] && [ -f target/payara-micro.jar ] || mvn -B -q package -DskipTests -DskipITs
mvn -B -q -o test-compile
WORK=$(mktemp -d "$PWD/target/xss.XXXXXX")
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

db=()
if [ "${XSS_DB:-h2}" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -d test -qtAX -c "drop schema if exists kentsesi_resilience_xss cascade" >/dev/null
  db=(KENTSESI_DB_URL=jdbc:postgresql://127.0.0.1:5432/test KENTSESI_DB_USER=postgres
      KENTSESI_DB_SCHEMA=kentsesi_resilience_xss)
fi
env "${db[@]}" KENTSESI_DEMO=true KENTSESI_ADMIN_PASSWORD=Kent-Test-Passw0rd-9 \
  KENTSESI_CONTACT_KEY=dGVzdC1rZXktZm9yLWtlbnRzZXNpLWl0LW9ubHktMzI= KENTSESI_SMTP_HOST=127.0.0.1 \
  KENTSESI_SMTP_PORT="$SMTP" KENTSESI_FEEDBACK_RATEPERMINUTE=100000 KENTSESI_PROPOSALS_POSTSPERMINUTE=1000 KENTSESI_PROPOSALS_FLAGSPERMINUTE=1000 \
  KENTSESI_PROPOSALS_CLIENTPERMINUTE=100000 KENTSESI_ACCOUNTS_REGISTRATIONSPERHOUR=100000 \
  KENTSESI_METRICS_PORT=$((PORT + 1000)) KENTSESI_DATA_DIR="$WORK/data" KENTSESI_KNOWLEDGE_DIR="$WORK/knowledge" \
  java -Xmx768m -Djava.io.tmpdir="$WORK" -jar target/payara-micro.jar --deploy target/kentsesi.war \
    --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile src/main/payara/pre-boot.asadmin --postbootcommandfile src/main/payara/post-boot.asadmin >"$WORK/portal.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { echo "portal exited; see $WORK/portal.log"; exit 1; }
  sleep 1
done
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%F); database ${XSS_DB:-h2}"
start=$(date +%s)
status=0
java -cp "target/test-classes:$(cat "$WORK/cp.txt")" tr.bel.kucukcekmece.kentsesi.it.XssSuite "$BASE" "$SMTP" "${1:-full}" \
  | tee "$WORK/report.txt" || status=$?
echo "== took $(( $(date +%s) - start )) s; report in $WORK/report.txt"
exit $status
