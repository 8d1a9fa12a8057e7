#!/usr/bin/env bash
# 区域运营看板 first paint, GET /api/v1/board?regionCode=SOUTH as president.south, in the packaged app on the embedded
# H2 default with -Xmx512m, beside the plain SQL of the same figures (the floor: one JVM, one JDBC connection, the
# statements a hand-written single pass would run; bench/BoardBench.java):
#  1. demo: the demo's projects (a fresh database, demo profile); WARMUPS requests, then RUNS measured one after another;
#  2. the floor of the same figures on the same database, the app stopped (the H2 file is the app's, single-process);
#  3. scale: PROJECTS projects × NODES plan nodes added to SOUTH with a year of history (CHECKS finished biweekly
#     checks with their assessments and data-quality issues, gate rounds with meetings and decisions, 8 certificates
#     a project, this year's approved targets and actuals, KPI locks and snapshots of 12 months), written over JDBC
#     into the stopped app's database; the floor; the app restarted and measured again.
# Prints median and p95 of each, and board / floor. A measurement stops at RUNS or after BENCH_BUDGET seconds
# (at least 10 requests), so the scale case stays within minutes.
#   bench/board.sh [runs=200] [projects=500] [nodes=200] [checks=26]
#   BENCH_JAR=/path/app.jar   the jar to start (default target/regionops-0.1.0-SNAPSHOT.jar, built only when missing)
#   BENCH_CP=a.jar:b.jar      classpath of BoardBench (H2, Jackson); default: those of the jar, unpacked from it
#   BENCH_PORT=18085          first port tried (the next free one is used)
#   BENCH_BUDGET=90           seconds per measurement;  BENCH_PROFILE=1: then a JFR recording of 10 scale requests
#   BENCH_KEEP=1              keep the work directory (database, logs, last answers)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-200}
PROJECTS=${2:-500}
NODES=${3:-200}
CHECKS=${4:-26}
WARMUPS=${BENCH_WARMUPS:-50}
SCALE_WARMUPS=${BENCH_SCALE_WARMUPS:-5}
BUDGET=${BENCH_BUDGET:-90}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
JAR=${BENCH_JAR:-target/regionops-0.1.0-SNAPSHOT.jar}
if [ ! -f "$JAR" ]; then
  [ -z "${BENCH_JAR:-}" ] || { echo "no such jar: $JAR"; exit 1; }
  mvn -q -B -ntp -DskipTests package
fi
work=$(mktemp -d)
pid=
stop_app() {
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}
cleanup() { stop_app; if [ -n "${BENCH_KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
URL="jdbc:h2:file:$work/db/regionops;MODE=MySQL"

# BoardBench needs only H2 and Jackson: the jar's own copies, so the driver is the one the app writes the file with
if [ -n "${BENCH_CP:-}" ]; then
  cp=$BENCH_CP
elif command -v unzip >/dev/null; then
  mkdir -p "$work/lib"
  unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/jackson-core-*.jar' 'BOOT-INF/lib/jackson-databind-*.jar' \
    'BOOT-INF/lib/jackson-annotations-*.jar' -d "$work/lib"
  cp=$(ls "$work"/lib/*.jar | tr '\n' ':')
else
  mvn -q -B -ntp -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
  cp=$(cat "$work/cp.txt")
fi
bench() { java $JAVA_OPTS -cp "$cp" bench/BoardBench.java "$@"; }

port=${BENCH_PORT:-18085}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
API="http://127.0.0.1:$port"
start_app() {  # log name
  java $JAVA_OPTS -jar "$JAR" --server.port="$port" "--REGIONOPS_H2_URL=$URL" >"$work/$1.log" 2>&1 &
  pid=$!
  local t0=$SECONDS
  for _ in $(seq 1 1800); do
    # "is ready" (StartupReport) comes after the demo seeding, which runs once the server already answers
    if grep -q "is ready ====" "$work/$1.log" \
      && curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo "$API/api/v1/projects" | grep -q 200; then
      echo "  app ready in $((SECONDS - t0)) s (port $port, pid $pid)"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "app died:"; tail -20 "$work/$1.log"; exit 1; }
    sleep 0.1
  done
  echo "app not ready after 180 s"; tail -20 "$work/$1.log"; exit 1
}
result() { sed -n 's/^#result //p' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
measure() {  # label file-prefix warmups
  echo "$1: GET /api/v1/board?regionCode=SOUTH as president.south"
  bench http "$API" president.south:demo SOUTH "$3" "$RUNS" "$BUDGET" | tee "$work/$2.board" | grep -v '^#'
}
floor() {  # label file-prefix warmups
  echo "$1 floor: the same figures as plain SQL over JDBC (app stopped)"
  bench floor "$URL" SOUTH "$3" "$RUNS" "$BUDGET" | tee "$work/$2.floor" | grep -v '^#'
}
summary() {  # label file-prefix
  # the board's figures (read from its JSON) and the floor's must be the same, but for the targets' DMN grades
  if [ "$(grep '^  figures' "$work/$2.board" | sed 's/ ([0-9]* graded)//')" \
    != "$(grep '^  figures' "$work/$2.floor" | sed 's/ (not graded)//')" ]; then
    echo "$1: THE BOARD'S FIGURES AND THE FLOOR'S DIFFER (see the figures lines above)"
  fi
  read -r bm bp <<<"$(result "$work/$2.board")"
  read -r fm fp <<<"$(result "$work/$2.floor")"
  printf '%s: board median %.1f ms / p95 %.1f ms; floor median %.1f ms / p95 %.1f ms; board / floor %s (median), %s (p95)\n' \
    "$1" "$bm" "$bp" "$fm" "$fp" "$(ratio "$bm" "$fm")" "$(ratio "$bp" "$fp")"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(java -version 2>&1 | head -1), JVM options: $JAVA_OPTS, H2 file; jar $JAR"
echo "demo: first start on a fresh database"
start_app demo
measure demo demo "$WARMUPS"
stop_app
floor demo demo 20

echo "scale: $PROJECTS projects × $NODES nodes in SOUTH with $CHECKS checks of history, written into the stopped app's database"
t0=$SECONDS
bench generate "$URL" SOUTH "$PROJECTS" "$NODES" "$CHECKS"
echo "  generation and compaction took $((SECONDS - t0)) s; database file $(du -m "$work/db/regionops.mv.db" | cut -f1) MB"
floor scale scale 3
echo "scale: the app restarted on that database"
start_app scale
measure scale scale "$SCALE_WARMUPS"
if [ -n "${BENCH_PROFILE:-}" ]; then
  echo "profile: JFR over 10 more requests (slower under the recording; shares only)"
  jcmd "$pid" JFR.start name=board settings=profile filename="$work/board.jfr" >/dev/null
  bench http "$API" president.south:demo SOUTH 0 10 0 >/dev/null
  jcmd "$pid" JFR.stop name=board >/dev/null
  jfr print --events jdk.ExecutionSample --stack-depth 200 "$work/board.jfr" >"$work/board.txt"
  python3 bench/jfr_top.py "$work/board.txt"
fi
stop_app
echo "OutOfMemoryError in the logs: $(cat "$work"/*.log | grep -c OutOfMemoryError || true)"
summary demo demo
summary scale scale
echo "targets: demo p95 ≤ 300 ms, scale p95 ≤ 1000 ms"
