#!/usr/bin/env bash
# Startup benchmark: time from `java -jar` to HTTP ready, and resident memory once idle,
# on the embedded H2 default with demo data. Prints each run and the medians.
#   bench/startup.sh [runs=5]
# Two cases: a first start (empty database: schema, deployment, demo seeding) and a
# restart on the database the first start left.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${BENCH_PORT:-18080}
# The launch options the README recommends; BENCH_JAVA_OPTS=" " measures the JVM defaults.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
JAR=target/regionops-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=

# One start: prints "<seconds to ready> <RSS MiB 5 s after ready>"
start_once() {
  local db=$1
  local t0 t1
  t0=$(date +%s.%N)
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" "--REGIONOPS_H2_URL=jdbc:h2:file:$db/regionops;MODE=MySQL" \
    >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo "http://127.0.0.1:$PORT/api/v1/projects" | grep -q 200; then
      break
    fi
    kill -0 $pid 2>/dev/null || { echo "app died:"; tail -20 "$work/app.log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  sleep 5
  local rss
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  pid=
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}') $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), JVM options: $JAVA_OPTS"
printf '%-6s %-10s %10s %10s\n' run case ready_s rss_mib
: >"$work/first"; : >"$work/restart"
for i in $(seq 1 "$RUNS"); do
  db="$work/db$i"
  read -r s m < <(start_once "$db"); echo "$s $m" >>"$work/first"; printf '%-6s %-10s %10.2f %10s\n' "$i" first "$s" "$m"
  read -r s m < <(start_once "$db"); echo "$s $m" >>"$work/restart"; printf '%-6s %-10s %10.2f %10s\n' "$i" restart "$s" "$m"
done
for c in first restart; do
  printf 'median %-9s ready %s s, idle RSS %s MiB (targets: ready <= 15 s, RSS <= 600 MiB)\n' "$c" \
    "$(cut -d' ' -f1 "$work/$c" | median)" "$(cut -d' ' -f2 "$work/$c" | median)"
done
