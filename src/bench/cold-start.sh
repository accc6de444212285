#!/usr/bin/env bash
# Cold start of the portal (launch -> /health/ready UP) next to bare Payara Micro's own start
# (launch -> its HTTP listener answers), measured in the same run on the same machine.
#
#   bash src/bench/cold-start.sh [runs]       (default 3 runs of each)
#
# It builds the WAR if target/ has none. Each portal run uses a fresh data directory (first start: migrations,
# catalog import, bootstrap administrator) and then restarts on that directory (a normal restart).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
PORT=${KENTSESI_BENCH_PORT:-18080}
JAR=target/payara-micro.jar
WAR=target/kentsesi.war
if [ ! -f "$JAR" ] || [ ! -f "$WAR" ]; then
  mvn -B -q package -DskipTests -DskipITs
fi
WORK=$(mktemp -d target/coldstart.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Baseline application: a minimal JAX-RS WAR (one resource), so that the comparison includes the cost of
# deploying any Jakarta EE web application.
REPO=$(mvn -B -q -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")
API="$REPO/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
mkdir -p "$WORK/hello/src" "$WORK/hello/war/WEB-INF/classes"
cat > "$WORK/hello/src/Hello.java" <<'JAVA'
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
@ApplicationPath("/api")
public class Hello extends Application {
  @Path("hello")
  public static class Resource {
    @GET
    public String hello() { return "hello"; }
  }
}
JAVA
javac -nowarn -cp "$API" -d "$WORK/hello/war/WEB-INF/classes" "$WORK/hello/src/Hello.java"
(cd "$WORK/hello/war" && jar cf "../hello.war" .)
HELLO="$WORK/hello/hello.war"

now_ms() { date +%s%3N; }

# start <name> <url> <expect> [payara args...]: prints milliseconds until <url> answers <expect> (or any code for "any")
measure() {
  local name=$1 url=$2 expect=$3; shift 3
  local t0 pid code
  t0=$(now_ms)
  java -Xmx768m -Djava.io.tmpdir="$WORK" -jar "$JAR" --nohazelcast --prebootcommandfile src/main/payara/pre-boot.asadmin --postbootcommandfile src/main/payara/post-boot.asadmin --port "$PORT" "$@" >"$WORK/$name.log" 2>&1 &
  pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
    if { [ "$expect" = any ] && [ "$code" != 000 ]; } || [ "$code" = "$expect" ]; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "FAILED: $name exited; see $WORK/$name.log" >&2; exit 1; fi
    if [ $(( $(now_ms) - t0 )) -gt 180000 ]; then echo "FAILED: $name not ready in 180 s" >&2; exit 1; fi
    sleep 0.1
  done
  echo $(( $(now_ms) - t0 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

bare=(); hello=(); first=(); restart=()
for i in $(seq 1 "$RUNS"); do
  bare+=("$(measure "bare-$i" "http://127.0.0.1:$PORT/" any)")
  hello+=("$(measure "hello-$i" "http://127.0.0.1:$PORT/api/hello" 200 --deploy "$HELLO" --contextroot /)")
  data="$WORK/data-$i"
  export KENTSESI_DATA_DIR="$data" KENTSESI_ADMIN_PASSWORD="Bench-Passw0rd-1"
  first+=("$(measure "first-$i" "http://127.0.0.1:$PORT/health/ready" 200 --deploy "$WAR" --contextroot /)")
  restart+=("$(measure "restart-$i" "http://127.0.0.1:$PORT/health/ready" 200 --deploy "$WAR" --contextroot /)")
  unset KENTSESI_DATA_DIR KENTSESI_ADMIN_PASSWORD
done

mb=$(printf '%s\n' "${bare[@]}" | median)
mh=$(printf '%s\n' "${hello[@]}" | median)
mf=$(printf '%s\n' "${first[@]}" | median)
mr=$(printf '%s\n' "${restart[@]}" | median)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "runs: $RUNS each (milliseconds: bare ${bare[*]} | hello ${hello[*]} | first ${first[*]} | restart ${restart[*]})"
printf '%-58s %8s\n' "what (median of $RUNS)" "seconds"
printf '%-58s %8.1f\n' "bare Payara Micro 6.2025.10: launch -> HTTP answers" "$(echo "$mb/1000" | bc -l)"
printf '%-58s %8.1f\n' "Payara Micro + one-resource JAX-RS WAR: launch -> 200" "$(echo "$mh/1000" | bc -l)"
printf '%-58s %8.1f\n' "Kent Sesi, empty data dir: launch -> /health/ready UP" "$(echo "$mf/1000" | bc -l)"
printf '%-58s %8.1f\n' "Kent Sesi, restart: launch -> /health/ready UP" "$(echo "$mr/1000" | bc -l)"
printf '%-58s %8.2f\n' "ratio restart / bare" "$(echo "$mr/$mb" | bc -l)"
printf '%-58s %8.2f\n' "ratio restart / one-resource WAR" "$(echo "$mr/$mh" | bc -l)"
