#!/usr/bin/env bash
# Plan files (issue 20), in the packaged app on the embedded H2 default with -Xmx512m:
#  1. a generated plan of 20,000 nodes and 40,000 dependencies as .xlsx and MSPDI .xml (bench/PlanFilesBench.java);
#  2. reading the .xlsx with POI alone (open + every cell) and with our reader, in one JVM, medians;
#  3. through the API as ops.south, each run on a new project: .xlsx import preview, .xlsx import applied
#     (20,000 nodes and 40,000 dependencies written), the plan exported as .xlsx and as MSPDI, MSPDI import preview;
#     medians of RUNS, and the ratio of the applied import to POI alone.
#   bench/plans.sh [runs=3] [nodes=20000] [dependencies=40000]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
NODES=${2:-20000}
DEPS=${3:-40000}
PORT=${BENCH_PORT:-18081}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
JAR=target/regionops-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=
API="http://127.0.0.1:$PORT/api/v1"
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

cp_file="$work/cp.txt"
mvn -q -B -ntp -o dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
bench() { java $JAVA_OPTS -cp "target/classes:$(cat "$cp_file")" bench/PlanFilesBench.java "$@" 2>/dev/null; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), JVM options: $JAVA_OPTS, H2 file"
bench generate "$work" "$NODES" "$DEPS"
bench parse "$work/plan.xlsx" 5 | tee "$work/poi"
poi=$(sed -n 's/.*median \([0-9.]*\) s.*/\1/p' "$work/poi")
bench read "$work/plan.xlsx" 5

# the 20,000-task MSPDI file is larger than the default upload limit (50 MB): raised for this run, and said so
echo "files: plan.xlsx $(du -m "$work/plan.xlsx" | cut -f1) MB, plan.xml $(du -m "$work/plan.xml" | cut -f1) MB; upload limit for this run: 200 MB"
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" "--REGIONOPS_H2_URL=jdbc:h2:file:$work/db/regionops;MODE=MySQL" \
  --REGIONOPS_DOCUMENT_MAX_SIZE=200MB \
  >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo "$API/projects" | grep -q 200 && break
  kill -0 $pid 2>/dev/null || { echo "app died:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.1
done

timed() {  # expected-status curl-args... → prints seconds, fails loudly on another status
  local expected=$1; shift
  local out; out=$(curl -s -o "$work/answer" -w '%{http_code} %{time_total}' -u ops.south:demo "$@")
  [ "${out%% *}" = "$expected" ] || { echo "HTTP ${out%% *} for $*: $(head -c 400 "$work/answer")" >&2
    grep -E "Exception|Error" "$work/app.log" | tail -15 >&2; exit 1; }
  echo "${out#* }"
}
: >"$work/preview"; : >"$work/apply"; : >"$work/xlsx"; : >"$work/xml"; : >"$work/mspdi"
for i in $(seq 1 "$RUNS"); do
  code="BP$i$RANDOM"
  timed 201 -H 'Content-Type: application/json' -d "{\"code\":\"$code\",\"name\":\"基准项目$i\",\"regionCode\":\"SOUTH\",\"companyName\":\"基准置业\"}" "$API/projects" >/dev/null
  timed 200 -F "file=@$work/plan.xlsx" "$API/projects/$code/plan/imports" >>"$work/preview"
  timed 200 -F "file=@$work/plan.xlsx" "$API/projects/$code/plan/imports?apply=true" >>"$work/apply"
  grep -q "\"created\":$NODES" "$work/answer" || { echo "apply did not create $NODES nodes: $(head -c 300 "$work/answer")"; exit 1; }
  timed 200 "$API/projects/$code/plan.xlsx" >>"$work/xlsx"
  timed 200 "$API/projects/$code/plan.xml" >>"$work/xml"
  timed 200 -F "file=@$work/plan.xml" "$API/projects/$code/plan/imports" >>"$work/mspdi"
  printf 'run %s: xlsx preview %s s, apply %s s, export xlsx %s s, export xml %s s, MSPDI preview %s s\n' "$i" \
    "$(tail -1 "$work/preview")" "$(tail -1 "$work/apply")" "$(tail -1 "$work/xlsx")" "$(tail -1 "$work/xml")" "$(tail -1 "$work/mspdi")"
done
apply=$(median <"$work/apply")
echo "medians over $RUNS runs: .xlsx import preview $(median <"$work/preview") s, applied $apply s" \
  "($(awk -v a="$apply" -v b="$poi" 'BEGIN {printf "%.1f", a / b}')× POI alone at $poi s)," \
  "export .xlsx $(median <"$work/xlsx") s, export MSPDI $(median <"$work/xml") s, MSPDI import preview $(median <"$work/mspdi") s"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/app.log" || true)"
