#!/usr/bin/env bash
# The resilience suite's break-under-load scenarios, against the real portal (Payara Micro and the built WAR) and a
# PostgreSQL of their own (Debian's binaries, a fresh cluster under target/resilience, stopped at the end):
#
#   bash src/resilience/scenario.sh kill9  [runs=3] [clients=50] [seconds=20]
#       kill -9 of the portal under write load, restart, and in the database: every submission answered 201 is
#       stored exactly once (lost must be 0).
#   bash src/resilience/scenario.sh outage [clients=20] [outageSeconds=20]
#       PostgreSQL stopped under write load and started again: first failure, 201s during the outage, recovery
#       after the database's return (must be within 5 s), readiness, log bytes written.
#
# Each prints RESULT lines and exits non-zero when a target is missed. Needs JDK 17, Maven, and PostgreSQL 15's
# server binaries (/usr/lib/postgresql/15/bin; Debian package postgresql-15, or -Dkentsesi.pg.bin=...).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q package -DskipTests -DskipITs
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  tr.bel.kucukcekmece.kentsesi.resilience.Scenarios "$@"
