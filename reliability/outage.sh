#!/usr/bin/env bash
# Database outage: stop MariaDB for 30 s under load, start it again. While it is away the app
# answers 503 (never 500, never a hang) and health says DOWN; afterwards it recovers without a
# restart, a job that was running when the database went away runs again and finishes once, and
# nothing that was acknowledged is lost.  One command: reliability/outage.sh  (about three minutes)
source "$(dirname "$0")/lib.sh"
PORT=18082
ACKED="$WORK/outage-acked.tsv"
OUTAGE=${OUTAGE:-30}

build_jar
db_start
db_recreate
trap 'kill -9 $(app_pid outage) 2>/dev/null || true; db_stop' EXIT
app_start outage $PORT
wait_healthy $PORT 120 >/dev/null || { log "app did not come up"; exit 1; }
rm -f "$ACKED"
load setup --base "http://127.0.0.1:$PORT" --prefix OU --projects 30 --nodes 10

log "load at 5/s for 70 s"
load run --base "http://127.0.0.1:$PORT" --prefix OU --projects 30 --nodes 10 --rate 5 --seconds 70 \
  --acked "$ACKED" >"$WORK/outage-load.txt" &
LOAD=$!
sleep 10
# A job that is running when the database goes away: the check's grading job is held inside its
# transaction by a table lock another session takes on ro_risk_check, until the stop cuts both.
mysql --host=127.0.0.1 --port="$DB_PORT" --user=root "$DB_NAME" \
  -e "LOCK TABLES ro_risk_check WRITE; SELECT SLEEP(600);" >/dev/null 2>&1 &
sleep 1
curl -s -o /dev/null -u ops.south:demo -H 'Content-Type: application/json' -d '{"regionCode":"SOUTH"}' \
  "http://127.0.0.1:$PORT/api/v1/risk/checks"
sleep 4
RUNNING=$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL")

log "stopping MariaDB for $OUTAGE s ($RUNNING job(s) running)"
db_stop
STOPPED=$(date +%s)
STOPPED_AT=$(date +%s.%N)
worst=0; probes=0; codes=""
declare -A seen
while [ $(( $(date +%s) - STOPPED )) -lt "$OUTAGE" ]; do
  t0=$(date +%s.%N)
  api=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -u ops.south:demo "http://127.0.0.1:$PORT/api/v1/projects")
  rest=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -u ops.south:demo "http://127.0.0.1:$PORT/engine-rest/task")
  health=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "http://127.0.0.1:$PORT/actuator/health")
  took=$(since "$t0")
  gt "$took" "$worst" && worst=$took
  seen["api $api"]=1; seen["engine-rest $rest"]=1; seen["health $health"]=1
  probes=$((probes + 1))
  sleep 1
done
log "starting MariaDB"
db_start
RECOVERED=$(wait_healthy $PORT 120) || { log "no recovery"; exit 1; }
wait $LOAD || true

log "waiting for the retried jobs (up to 3 min)"
wait_for_due_jobs 180 || true
JOBS_DONE=$(since "$STOPPED_AT")

read -r ACK FOUND DUP LOST < <(acked_adjustments "$ACKED")
CHECK=$(sql "SELECT COUNT(*), COALESCE(SUM(finished_at IS NOT NULL), 0) FROM ro_risk_check WHERE region_code = 'SOUTH'")
RETRIED=$(sql "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1")
JOBS_LEFT=$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ IS NULL OR DUEDATE_ <= NOW()")
FAILED_JOBS=$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0")
INCIDENTS=$(sql "SELECT COUNT(*) FROM ACT_RU_INCIDENT")
FIVE_HUNDREDS=$(grep -c ' 500 ' "$WORK/outage-load.txt" || true)

echo
cat "$WORK/outage-load.txt"
echo
printf '%-46s %s\n' "probes while the database was away" "$probes"
printf '%-46s %s\n' "  answers seen" "$(printf '%s, ' "${!seen[@]}" | sed 's/, $//')"
printf '%-46s %.1f s\n' "  slowest probe (3 calls)" "$worst"
printf '%-46s %.1f s\n' "database back to health UP" "$RECOVERED"
printf '%-46s %s\n' "plan adjustments acknowledged / found / dup / lost" "$ACK / ${FOUND:-0} / ${DUP:-0} / ${LOST:-0}"
printf '%-46s %s\n' "biweekly check (rows, finished)" "$(echo $CHECK | tr ' ' '/')"
printf '%-46s %s\n' "jobs running when the database went away" "$RUNNING"
printf '%-46s %.1f s\n' "  stop to every due job done" "$JOBS_DONE"
printf '%-46s %s\n' "job failures recorded (job log)" "$RETRIED"
printf '%-46s %s\n' "jobs due left / failed for good / incidents" "$JOBS_LEFT / $FAILED_JOBS / $INCIDENTS"

ok=1
for k in "${!seen[@]}"; do case "$k" in *" 500"|*" 000") ok=0;; esac; done
[ "$FIVE_HUNDREDS" = "0" ] && [ "${LOST:-0}" = "0" ] && [ "${DUP:-0}" = "0" ] && [ "$INCIDENTS" = "0" ] || ok=0
[ "$JOBS_LEFT" = "0" ] && [ "$FAILED_JOBS" = "0" ] || ok=0
[ "$(echo $CHECK | cut -d' ' -f2)" = "1" ] || ok=0
[ -n "${seen[health 503]:-}" ] || ok=0
[ "$RUNNING" -ge 1 ] || ok=0
[ "$ok" = 1 ] && { echo "outage: PASS"; exit 0; } || { echo "outage: FAIL"; exit 1; }
