#!/usr/bin/env bash
# Documents (issue 19), in the packaged app on the embedded H2 default with -Xmx512m:
#  1. upload and download of a 20 MB file through the API (MB/s) beside copying the same file on
#     disk in the same run, as ratios (medians of RUNS; every upload has new content: no dedup);
#  2. the live heap (after a full GC), sampled every second during ten concurrent 50 MB uploads, and
#     whether all ten were stored;
#  3. the minutes PDF with 10 decisions: median generation time (bench/PdfBench.java, one thread).
#   bench/documents.sh [runs=5]        BENCH_DB=mysql: on MariaDB/MySQL at 127.0.0.1:3306 (database regionops_bench, dropped first)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${BENCH_PORT:-18080}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
JAR=target/regionops-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=
API="http://127.0.0.1:$PORT/api/v1"

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}'; }
now() { date +%s.%N; }
mbps() { awk -v bytes="$1" -v a="$2" -v b="$3" 'BEGIN {printf "%.1f", bytes / 1048576 / (b - a)}'; }

# A file of $2 MiB that starts like a PDF and is unique ($3 marks it).
make_file() {
  { printf '%%PDF-1.7\n%% bench %s\n' "$3"; head -c $(($2 * 1048576 - 32)) /dev/urandom; } >"$1"
}

upload() {  # file name → prints "status id"
  curl -s -o "$work/up.json" -w '%{http_code}' -u ops.south:demo \
    -F "file=@$1;filename=$2;type=application/pdf" -F projectCode=GZ01 -F kind=OTHER -F ownerType=PROJECT "$API/documents"
  echo " $(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$work/up.json")"
}

if [ "${BENCH_DB:-h2}" = mysql ]; then
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS regionops_bench"
  db_args=(--spring.profiles.active=mysql,demo
    "--REGIONOPS_DB_URL=jdbc:mysql://127.0.0.1:3306/regionops_bench?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true&sendFractionalSeconds=false&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true")
  db_name="MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
else
  db_args=("--REGIONOPS_H2_URL=jdbc:h2:file:$work/db/regionops;MODE=MySQL")
  db_name="H2 file"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), JVM options: $JAVA_OPTS, store: database ($db_name)"
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" "${db_args[@]}" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo "$API/projects" | grep -q 200 && break
  kill -0 $pid 2>/dev/null || { echo "app died:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.1
done

# 1. 20 MB: disk copy, upload, download, interleaved per run (BENCH_SKIP_STREAM=1 skips it)
[ -n "${BENCH_SKIP_STREAM:-}" ] && RUNS=0
printf '%-4s %12s %12s %12s\n' run copy_MB/s upload_MB/s download_MB/s
size=$((20 * 1048576))
for i in $(seq 1 "$RUNS"); do
  make_file "$work/f20.pdf" 20 "run$i"
  sync
  a=$(now); cp "$work/f20.pdf" "$work/copy.pdf"; sync "$work/copy.pdf"; b=$(now)
  copy=$(mbps $size "$a" "$b"); echo "$copy" >>"$work/copy"
  a=$(now); read -r status id < <(upload "$work/f20.pdf" "二十兆图纸$i.pdf"); b=$(now)
  [ "$status" = 201 ] || { echo "upload answered $status: $(cat "$work/up.json")"; exit 1; }
  up=$(mbps $size "$a" "$b"); echo "$up" >>"$work/up"
  a=$(now); curl -s -u ops.south:demo -o "$work/down.pdf" "$API/documents/$id/content"; b=$(now)
  cmp -s "$work/f20.pdf" "$work/down.pdf" || { echo "download differs from upload"; exit 1; }
  down=$(mbps $size "$a" "$b"); echo "$down" >>"$work/down"
  printf '%-4s %12s %12s %12s\n' "$i" "$copy" "$up" "$down"
done
[ "$RUNS" -gt 0 ] && { c=$(median <"$work/copy"); u=$(median <"$work/up"); d=$(median <"$work/down")
echo "median 20 MB: disk copy $c MB/s, upload $u MB/s ($(awk -v u="$u" -v c="$c" 'BEGIN {printf "%.2f", u / c}') of the copy), download $d MB/s ($(awk -v d="$d" -v c="$c" 'BEGIN {printf "%.2f", d / c}') of the copy)"; }

# 2. ten concurrent 50 MB uploads: heap after a full GC, sampled each second
for i in $(seq 1 10); do make_file "$work/f50-$i.pdf" 50 "concurrent$i"; done
# Live heap: the class histogram's total, taken in the full GC's own safepoint. (GC.run followed by
# GC.heap_info counted what the uploads allocated between the two commands: 461 MiB where 129 were live.)
heap_after_gc() {
  { jcmd $pid GC.class_histogram 2>/dev/null || true; } | awk '/^Total/ {printf "%.0f\n", $3 / 1048576}'
}
echo "heap after full GC before: $(heap_after_gc) MiB"
a=$(now)
uploads=()
for i in $(seq 1 10); do
  (upload "$work/f50-$i.pdf" "五十兆-$i.pdf" | cut -d' ' -f1 >"$work/status-$i.tmp"; mv "$work/status-$i.tmp" "$work/status-$i") &
  uploads+=($!)
done
: >"$work/heap"
while [ "$(ls "$work"/status-? "$work"/status-10 2>/dev/null | wc -l)" -lt 10 ]; do
  heap_after_gc >>"$work/heap"
  sleep 1
done
wait "${uploads[@]}" || true
b=$(now)
ok=$(cat "$work"/status-? "$work"/status-10 | grep -c '^201$' || true)
alive=$(kill -0 $pid 2>/dev/null && echo yes || echo no)
echo "ten concurrent 50 MB uploads: $ok of 10 stored (201) in $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.1f", b - a}') s; heap after full GC during them: max $(sort -n "$work/heap" | tail -1) MiB, median $(median <"$work/heap") MiB over $(wc -l <"$work/heap") samples; -Xmx512m; app alive: $alive; OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/app.log" || true)"
kill $pid; wait $pid 2>/dev/null || true
pid=

# 3. the minutes PDF
cp_file="$work/cp.txt"
mvn -q -B -ntp -o dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "target/classes:$(cat "$cp_file")" bench/PdfBench.java 30 2>/dev/null | grep 'minutes PDF'
