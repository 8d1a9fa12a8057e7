#!/usr/bin/env bash
# Startup benchmark: the ways of running the app, first start on a fresh H2 file database with demo data, the
# same JVM options (-Xmx512m, as the README), interleaved round by round so the machine's noise falls on all alike.
#   bench/startup.sh [rounds=3] [cases="jar mvn exploded jar-c1 extracted cds"]
# Per case and run: Spring's "Started RegionOpsApplication in" (what the issue quotes), the JVM's CPU seconds at that
# moment (less sensitive to a busy machine than wall time), HTTP ready (first 200 from /api/v1/projects as ops.south)
# and RSS five seconds after ready. Then the medians, and each case's ratio to `jar`.
#   jar        java -jar target/regionops-0.1.0-SNAPSHOT.jar (nested jars)
#   mvn        mvn spring-boot:run (the developer's command: target/classes and the jars in ~/.m2, and the plugin's
#              "optimized launch", -XX:TieredStopAtLevel=1)
#   exploded   java -cp target/classes:<the same jars> — mvn's classpath with the jar's JVM options
#   jar-c1     java -XX:TieredStopAtLevel=1 -jar … — the jar with mvn's JIT option
#   extracted  java -jar app/regionops.jar after `java -Djarmode=tools -jar … extract` (plain jars, no nesting)
#   cds        extracted, with the CDS archive of a training run (-XX:SharedArchiveFile) — the README's production line
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
CASES=${2:-"jar mvn exploded jar-c1 extracted cds"}
PORT=${BENCH_PORT:-18080}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
JAR=target/regionops-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
pid=
trap 'pkill -f "server.port=$PORT" 2>/dev/null || true; rm -rf "$work"' EXIT

case " $CASES " in *" exploded "*)
  mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >/dev/null ;;
esac
case " $CASES " in *" extracted "*|*" cds "*)
  java -Djarmode=tools -jar "$JAR" extract --destination "$work/app" >/dev/null
  mv "$work/app/$(basename "$JAR")" "$work/app/regionops.jar" ;;
esac
case " $CASES " in *" cds "*)
  # the README's training run: start on an in-memory database, refresh the context, exit; the archive holds every
  # class loaded until then
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$work/app/regionops.jsa" -Dspring.context.exit=onRefresh \
    -jar "$work/app/regionops.jar" --server.port="$PORT" "--REGIONOPS_H2_URL=jdbc:h2:mem:cds;MODE=MySQL" \
    >"$work/train.log" 2>&1 || { echo "CDS training run failed:"; tail -20 "$work/train.log"; exit 1; } ;;
esac

# launch CASE DB LOG: starts the case in the background, its JVM's pid in $pid
launch() {
  local name=$1 db="--REGIONOPS_H2_URL=jdbc:h2:file:$2/regionops;MODE=MySQL" log=$3
  case $name in
    jar) java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" "$db" >"$log" 2>&1 & ;;
    jar-c1) java $JAVA_OPTS -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$PORT" "$db" >"$log" 2>&1 & ;;
    exploded) java $JAVA_OPTS -cp "target/classes:$(cat "$work/cp.txt")" com.regionops.RegionOpsApplication \
        --server.port="$PORT" "$db" >"$log" 2>&1 & ;;
    extracted) java $JAVA_OPTS -jar "$work/app/regionops.jar" --server.port="$PORT" "$db" >"$log" 2>&1 & ;;
    cds) java $JAVA_OPTS -XX:SharedArchiveFile="$work/app/regionops.jsa" -jar "$work/app/regionops.jar" \
        --server.port="$PORT" "$db" >"$log" 2>&1 & ;;
    mvn) REGIONOPS_H2_URL="jdbc:h2:file:$2/regionops;MODE=MySQL" mvn -q -B -ntp -o spring-boot:run \
        -Dspring-boot.run.arguments=--server.port="$PORT" >"$log" 2>&1 & ;;
    *) echo "unknown case $name"; exit 2 ;;
  esac
  local launcher=$!
  if [ "$name" = mvn ]; then
    # the app runs in a JVM that Maven forks: measure that one
    pid=
    for _ in $(seq 1 600); do
      pid=$(pgrep -f "com.regionops.RegionOpsApplication --server.port=$PORT" | head -1 || true)
      [ -n "$pid" ] && break
      sleep 0.05
    done
  else
    pid=$launcher
  fi
}

# run CASE: one first start; prints "started_s cpu_s ready_s rss_mib"
run() {
  local name=$1 db="$work/db-$1-$RANDOM" log="$work/$1.log" t0 started= cpu= ready
  t0=$(date +%s.%N)
  launch "$name" "$db" "$log"
  for _ in $(seq 1 2400); do
    if [ -n "$pid" ] && grep -q "Started RegionOpsApplication in" "$log"; then
      cpu=$(awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$pid/stat")
      started=$(grep -o 'Started RegionOpsApplication in [0-9.]*' "$log" | awk '{print $4}')
      break
    fi
    sleep 0.05
  done
  [ -n "$started" ] || { echo "$name did not start:"; tail -20 "$log"; exit 1; }
  # the JVM only warns when an archive does not fit (another path, another JDK): then the figure would not be CDS's
  if grep -q "Unable to use shared archive" "$log"; then echo "$name: the CDS archive was not used"; exit 1; fi
  for _ in $(seq 1 1200); do
    curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo "http://127.0.0.1:$PORT/api/v1/projects" | grep -q 200 && break
    sleep 0.05
  done
  ready=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
  sleep 5
  local rss
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  pkill -f "server.port=$PORT" 2>/dev/null || true
  for _ in $(seq 1 200); do pgrep -f "server.port=$PORT" >/dev/null || break; sleep 0.1; done
  rm -rf "$db"
  echo "$started $cpu $ready $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), JVM options: $JAVA_OPTS"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%d), $ROUNDS rounds, first start on a fresh H2 with demo data"
printf '%-6s %-10s %9s %7s %9s %8s\n' round case started_s cpu_s ready_s rss_mib
for r in $(seq 1 "$ROUNDS"); do
  for c in $CASES; do
    read -r s u d m < <(run "$c")
    echo "$s $u $d $m" >>"$work/$c.txt"
    printf '%-6s %-10s %9s %7s %9s %8s\n' "$r" "$c" "$s" "$u" "$d" "$m"
  done
done
echo
printf '%-10s %9s %7s %9s %8s %15s\n' case started_s cpu_s ready_s rss_mib "started / jar"
base=
for c in $CASES; do
  s=$(cut -d' ' -f1 "$work/$c.txt" | median)
  [ "$c" = jar ] && base=$s
  ratio=$([ -n "$base" ] && awk -v a="$s" -v b="$base" 'BEGIN {printf "%.2f", a / b}' || echo "-")
  printf '%-10s %9s %7s %9s %8s %15s\n' "$c" "$s" "$(cut -d' ' -f2 "$work/$c.txt" | median)" \
    "$(cut -d' ' -f3 "$work/$c.txt" | median)" "$(cut -d' ' -f4 "$work/$c.txt" | median)" "$ratio"
done
