#!/usr/bin/env bash
# Tasklist's own query for ops.south with 10,000 open region-ops tasks in SOUTH, on its own (perf.sh
# measures it too, after its other runs). One command: bench/tasklist.sh  (about five minutes)
source "$(dirname "$0")/../reliability/lib.sh"
PORT=18094; BASE="http://127.0.0.1:$PORT"
perf() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --projects 50 --nodes 220; }
build_jar
db_start; db_recreate
trap 'kill -9 $(app_pid tasklist) 2>/dev/null || true; db_stop' EXIT
app_start tasklist $PORT
wait_healthy $PORT 120 >/dev/null || { log "app did not come up"; exit 1; }
cd "$ROOT"
perf setup >&2
log "filling region-ops' inbox to 10,000 open tasks (not reported)"
perf fill --target 10000 >&2
perf tasklist --filter 我的组待办 --requests 200
