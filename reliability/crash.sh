#!/usr/bin/env bash
# Crash: kill -9 the app with plan adjustments and gate reviews in flight and load still arriving,
# start it again, and count: every request that got a 2xx is there exactly once, nothing is
# half-started, the jobs stranded by the crash run once after the restart, and no incident.
# One command: reliability/crash.sh   (about two minutes; uses a private MariaDB on port 3307)
source "$(dirname "$0")/lib.sh"
PORT=18081
PROJECTS=${PROJECTS:-40}
NODES=${NODES:-10}
RATE=${RATE:-20}
ACKED="$WORK/crash-acked.tsv"

build_jar
db_start
db_recreate
trap 'kill -9 $(app_pid crash) 2>/dev/null || true; db_stop' EXIT

log "starting the app"
app_start crash $PORT
wait_healthy $PORT 120 >/dev/null || { log "app did not come up"; tail -50 "$WORK/crash.log"; exit 1; }
rm -f "$ACKED"
load setup --base "http://127.0.0.1:$PORT" --prefix CR --projects "$PROJECTS" --nodes "$NODES"

log "load: $((PROJECTS * (NODES + 1))) starts at $RATE/s"
load run --base "http://127.0.0.1:$PORT" --prefix CR --projects "$PROJECTS" --nodes "$NODES" --rate "$RATE" \
  --seconds 90 --acked "$ACKED" >"$WORK/crash-load.txt" &
LOAD=$!

# Kill with some two hundred starts acknowledged and more on the wire, just after asking for
# asynchronous work (a biweekly check, a certificate sweep) that is then due or running.
for _ in $(seq 1 40); do [ "$(wc -l <"$ACKED")" -ge 180 ] && break; sleep 0.5; done
curl -s -o /dev/null -u ops.south:demo -H 'Content-Type: application/json' -d '{"regionCode":"SOUTH"}' \
  "http://127.0.0.1:$PORT/api/v1/risk/checks"
curl -s -o /dev/null -u ops.south:demo -H 'Content-Type: application/json' -d '{"regionCode":"SOUTH"}' \
  "http://127.0.0.1:$PORT/api/v1/certificates/sweeps"
sleep 0.3
ACKED_AT_KILL=$(wc -l <"$ACKED")
log "kill -9 with $ACKED_AT_KILL acknowledged so far"
kill -9 "$(app_pid crash)"
KILLED=$(date +%s.%N)
STRANDED=$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL")
WAITING=$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NULL AND RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= NOW())")
sleep 5
log "restarting"
app_start crash $PORT
UP=$(wait_healthy $PORT 180) || { log "app did not come back"; tail -50 "$WORK/crash.log"; exit 1; }
HEALTHY=$(since "$KILLED")
wait $LOAD || true

# Stranded jobs: their lock (one minute) runs out, then the restarted executor runs them.
wait_for_due_jobs 120 || true
STRANDED_DONE=$(since "$KILLED")

read -r ACK_ADJ FOUND_ADJ DUP_ADJ LOST_ADJ < <(acked_adjustments "$ACKED")
read -r ACK_GATE FOUND_GATE DUP_GATE LOST_GATE < <(acked_gates "$ACKED")
STORED=$(sql "SELECT COUNT(*) FROM ro_plan_adjustment WHERE project_code LIKE 'CR%'")
HALF_ROWS=$(sql "SELECT COUNT(*) FROM ro_plan_adjustment p WHERE p.status = 'PENDING'
  AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.PROC_INST_ID_ = p.process_instance_id)")
HALF_INSTANCES=$(sql "SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
  WHERE d.KEY_ = 'plan-adjustment' AND e.PARENT_ID_ IS NULL
  AND NOT EXISTS (SELECT 1 FROM ro_plan_adjustment p WHERE p.process_instance_id = e.ID_)")
CHECKS=$(sql "SELECT COUNT(*), COALESCE(SUM(finished_at IS NOT NULL), 0) FROM ro_risk_check WHERE region_code = 'SOUTH'")
DUE_LEFT=$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= NOW())")
FAILED_JOBS=$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0")
INCIDENTS=$(sql "SELECT COUNT(*) FROM ACT_RU_INCIDENT")

echo
cat "$WORK/crash-load.txt"
echo
printf '%-44s %s\n' "acknowledged when killed" "$ACKED_AT_KILL"
printf '%-44s %s\n' "plan adjustments acknowledged" "$ACK_ADJ"
printf '%-44s %s\n' "  found" "${FOUND_ADJ:-0}"
printf '%-44s %s\n' "  duplicated" "${DUP_ADJ:-0}"
printf '%-44s %s\n' "  lost" "${LOST_ADJ:-0}"
printf '%-44s %s\n' "  stored in all (acknowledged or not)" "$STORED"
printf '%-44s %s\n' "gate reviews acknowledged / found / dup / lost" "$ACK_GATE / ${FOUND_GATE:-0} / ${DUP_GATE:-0} / ${LOST_GATE:-0}"
printf '%-44s %s\n' "half-started (rows without instance)" "$HALF_ROWS"
printf '%-44s %s\n' "half-started (instances without row)" "$HALF_INSTANCES"
printf '%-44s %s\n' "biweekly checks of SOUTH (rows, finished)" "$(echo $CHECKS | tr ' ' '/')"
printf '%-44s %s\n' "jobs still due / failed for good" "$DUE_LEFT / $FAILED_JOBS"
printf '%-44s %s\n' "incidents" "$INCIDENTS"
printf '%-44s %.1f s (start to healthy %.1f s)\n' "kill to healthy" "$HEALTHY" "$UP"
printf '%-44s %s\n' "jobs at the kill: locked by the dead node / due" "$STRANDED / $WAITING"
printf '%-44s %.1f s\n' "kill to every due job done" "$STRANDED_DONE"

ok=1
[ "${DUP_ADJ:-0}" = "0" ] && [ "${LOST_ADJ:-0}" = "0" ] && [ "${DUP_GATE:-0}" = "0" ] && [ "${LOST_GATE:-0}" = "0" ] || ok=0
[ "$HALF_ROWS" = "0" ] && [ "$HALF_INSTANCES" = "0" ] && [ "$INCIDENTS" = "0" ] && [ "$DUE_LEFT" = "0" ] || ok=0
[ "$FAILED_JOBS" = "0" ] || ok=0
[ "$ok" = 1 ] && { echo "crash: PASS"; exit 0; } || { echo "crash: FAIL"; exit 1; }
