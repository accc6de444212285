# Shared by fuzz.sh and authz-matrix.sh (sourced): builds the WAR and test classes when sources are newer, starts a
# portal of its own on PostgreSQL (schema kentsesi_resilience of database test, dropped and re-created; demo mode;
# rate limits raised as on the test servers, see the pom's it.common and it.addressLimits; mail to the GreenMail the
# Java program starts), and runs the program tr.bel.kucukcekmece.kentsesi.resilience.Resilience against it.
# Environment: KENTSESI_RESILIENCE_PORT (18092; its operator metrics port is 1000 above), KENTSESI_RESILIENCE_SMTP (3041), PGDB (test), PGUSER (postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${KENTSESI_RESILIENCE_PORT:-18092}
SMTP_PORT=${KENTSESI_RESILIENCE_SMTP:-3041}
PGDB=${PGDB:-test}
PGUSER=${PGUSER:-postgres}
SCHEMA=kentsesi_resilience
BASE="http://127.0.0.1:$PORT"
ADMIN_PASSWORD=Resilience-Passw0rd-1

if [ ! -f target/kentsesi.war ] || [ ! -f target/resilience-classpath.txt ] \
   || [ -n "$(find pom.xml src/main src/test webapp -newer target/kentsesi.war -print -quit)" ]; then
  mvn -B -q package -DskipTests -DskipITs
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/resilience-classpath.txt >/dev/null
fi
WORK=$(mktemp -d target/resilience.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qtAX -c "drop schema if exists $SCHEMA cascade" 2>/dev/null
# the assistant's knowledge content, copied (as the pom does for the test servers), so that nothing touches ./index
cp -r index "$WORK/knowledge"

start_portal() {
  KENTSESI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" KENTSESI_DB_USER="$PGUSER" KENTSESI_DB_SCHEMA=$SCHEMA \
  KENTSESI_DEMO=true KENTSESI_ADMIN_PASSWORD=$ADMIN_PASSWORD KENTSESI_DATA_DIR="$WORK/data" \
  KENTSESI_KNOWLEDGE_DIR="$WORK/knowledge" KENTSESI_SMTP_HOST=127.0.0.1 KENTSESI_SMTP_PORT="$SMTP_PORT" \
  KENTSESI_CONTACT_KEY=dGVzdC1rZXktZm9yLWtlbnRzZXNpLWl0LW9ubHktMzI= KENTSESI_FEEDBACK_RATEPERMINUTE=0 \
  KENTSESI_PROPOSALS_POSTSPERMINUTE=0 KENTSESI_PROPOSALS_SUPPORTSPERMINUTE=0 KENTSESI_PROPOSALS_FLAGSPERMINUTE=0 \
  KENTSESI_PROPOSALS_CLIENTPERMINUTE=0 KENTSESI_ACCOUNTS_REGISTRATIONSPERHOUR=100000 \
  KENTSESI_ACCOUNTS_PASSWORDRESETSPERHOUR=100000 KENTSESI_METRICS_PORT=$((PORT + 1000)) \
  java -Xmx1g -Djava.io.tmpdir="$WORK" -jar target/payara-micro.jar --deploy target/kentsesi.war \
    --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile src/main/payara/pre-boot.asadmin \
    --postbootcommandfile src/main/payara/post-boot.asadmin >"$WORK/portal.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && return 0
    kill -0 "$PID" 2>/dev/null || { echo "portal exited; see $WORK/portal.log"; exit 1; }
    sleep 1
  done
  echo "portal not ready; see $WORK/portal.log"; exit 1
}

# run_suite <fuzz|matrix> [args...]: prints the program's report; returns its exit status (1 = violations/mismatches)
run_suite() {
  echo "== $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); PostgreSQL $(psql -h 127.0.0.1 -U "$PGUSER" -d "$PGDB" -qtAX -c 'show server_version')"
  local status=0
  java -Xmx512m -Dresilience.smtpPort="$SMTP_PORT" -Dresilience.adminPassword=$ADMIN_PASSWORD \
    -cp "target/test-classes:$(cat target/resilience-classpath.txt)" tr.bel.kucukcekmece.kentsesi.resilience.Resilience \
    "$1" "$BASE" "${@:2}" 2> >(grep -v '^SLF4J' >&2) | tee "$WORK/$1.txt" || status=$?
  echo "portal log: $WORK/portal.log ($(wc -c <"$WORK/portal.log") bytes); report: $WORK/$1.txt"
  return $status
}
