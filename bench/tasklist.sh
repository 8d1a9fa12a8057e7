#!/usr/bin/env bash
# Issue 26 goal 1: Tasklist for four roles at scale, against the same SQL run directly. One command:
#   bench/tasklist.sh     # full scale: 10,000 open tasks in each role's main filter, 50,000 in the database
# The packaged jar on the private MariaDB (reliability/lib.sh). Fills through the real processes (Perf.java
# fill-roles: milestone plan adjustments approved along region-ops → region-president → group-ops, region
# instructions to GZ01 for its office, then instructions to 50 projects at a time for the rest of the database),
# measures each user's first page of its main filter with columns and the filter list with counts over HTTP
# (Perf.java tasklist) and the same statements over JDBC (TasklistFloor.java), claims CLAIMS tasks per user as that
# user over engine REST and measures again. Prints one markdown table on stdout; progress on stderr.
# Smaller: TARGET=300 TOTAL=1500 PROJECTS=30 NODES=40 CLAIMS=60 REQUESTS=50 bench/tasklist.sh
# KEEP_DB=1 keeps the database of the last run (fill-roles tops it up); RELIABILITY_JAR=... runs a saved jar.
# MEASURE_ONLY=1 measures the kept database as it is, once: no fill, no claims (two builds on the same data):
#   MEASURE_ONLY=1 RELIABILITY_JAR=/tmp/old.jar bench/tasklist.sh; MEASURE_ONLY=1 RELIABILITY_JAR=/tmp/new.jar bench/tasklist.sh
source "$(dirname "$0")/../reliability/lib.sh"
PORT=${PORT:-18094}; BASE="http://127.0.0.1:$PORT"
TARGET=${TARGET:-10000}      # open tasks in each role's main filter
TOTAL=${TOTAL:-50000}        # open tasks in the database
PROJECTS=${PROJECTS:-300}    # chain projects PC001…, MILESTONE nodes each: 3 × TARGET adjustments need 3 × TARGET nodes
NODES=${NODES:-110}
CLAIMS=${CLAIMS:-500}        # per user: 4 × 500 = 2,000
REQUESTS=${REQUESTS:-200}
CLIENTS=${CLIENTS:-8}
# user, its main filter (where Tasklist lands: the president on 区域总裁审批, everyone else on 我的组待办)
ROLES=("ops.south 我的组待办" "president.south 区域总裁审批" "groupops 我的组待办" "office.gz01 我的组待办")
DRIVER=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
JDBC="jdbc:mysql://127.0.0.1:$DB_PORT/$DB_NAME?nullDatabaseMeansCurrent=true&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true"
perf() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --prefix PC --projects "$PROJECTS" --nodes "$NODES"; }
floor() { java -cp "$DRIVER" "$ROOT/bench/TasklistFloor.java" "$@" --base "$BASE" --jdbc "$JDBC" --sql-dir "$WORK"; }

build_jar
[ -z "${MEASURE_ONLY:-}" ] || KEEP_DB=1
db_start; [ -n "${KEEP_DB:-}" ] || db_recreate
trap 'kill -9 $(app_pid tasklist) 2>/dev/null || true; db_stop' EXIT
app_start tasklist $PORT
wait_healthy $PORT 180 >/dev/null || { log "app did not come up"; exit 1; }
cd "$ROOT"
RESULTS="$WORK/tasklist-http.tsv"; FLOORS="$WORK/tasklist-floor.tsv"; : >"$RESULTS"; : >"$FLOORS"

if [ -z "${MEASURE_ONLY:-}" ]; then
  log "setting up $PROJECTS projects × $NODES milestone nodes (not reported)"
  perf setup-roles >&2
  log "filling: $TARGET open tasks in each role's main filter, $TOTAL in the database"
  fill_start=$(date +%s.%N)
  perf fill-roles --target "$TARGET" --total "$TOTAL" --clients "$CLIENTS" >&2
  fill_seconds=$(since "$fill_start")
  log "fill took $fill_seconds s"
fi
open_all=$(sql "SELECT COUNT(*) FROM ACT_RU_TASK")

measure() { # phase
  local role user filter
  for role in "${ROLES[@]}"; do
    read -r user filter <<<"$role"
    log "$1: $user, $filter"
    perf tasklist --user "$user" --filter "$filter" --requests "$REQUESTS" --out "$RESULTS" --phase "$1" >&2
    floor --user "$user" --filter "$filter" --requests "$REQUESTS" --out "$FLOORS" --phase "$1" >&2
  done
}
table() { # the markdown table of what has been measured so far
  echo "| user | filter | open tasks in filter | claims | page p50 | page p95 | floor p95 | page ÷ floor | counts p50 | counts p95 | floor p95 | counts ÷ floor |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' -v claims="$CLAIMS" '
    NR == FNR { floor[$1 FS $2] = $0; next }
    { split(floor[$1 FS $2], f, FS)
      printf "| %s | %s | %s | %s | %s ms | %s ms | %s ms (%s) | %.2f | %s ms | %s ms | %s ms (%s) | %.2f |\n",
        $2, $3, $4, ($1 == "before" ? "before" : ($1 == "as-found" ? "as found" : "after " claims " claims by this user")),
        $5, $6, f[5], f[7],
        (f[5] > 0 ? $6 / f[5] : 0), $8, $9, f[9], f[11], (f[9] > 0 ? $9 / f[9] : 0) }
  ' "$FLOORS" "$RESULTS" | sort -t'|' -k2,2 -s
}

if [ -n "${MEASURE_ONLY:-}" ]; then
  measure as-found
  echo "Open tasks in the database: $open_all (assigned: $(sql "SELECT COUNT(*) FROM ACT_RU_TASK WHERE ASSIGNEE_ IS NOT NULL"));" \
    "measured as found, no fill and no claims; $REQUESTS requests each; floor = the statements the app sent for one request, run over JDBC (statements per request in brackets)."
  echo
  table
  exit 0
fi
measure before
table >&2   # so far, in case a later step fails
log "claiming $CLAIMS tasks per user, as that user"
claims=""; for role in "${ROLES[@]}"; do read -r user filter <<<"$role"; claims+="${claims:+,}$user=$filter:$CLAIMS"; done
perf claim --claims "$claims" >&2
assigned=$(sql "SELECT COUNT(*) FROM ACT_RU_TASK WHERE ASSIGNEE_ IS NOT NULL")
measure after

echo "Open tasks in the database: $open_all (assigned after the claims: $assigned); fill took $fill_seconds s;" \
  "$REQUESTS requests each; floor = the statements the app sent for one request, run over JDBC (statements per request in brackets)."
echo
table
