#!/usr/bin/env bash
# Two nodes on one database (Camunda's homogeneous cluster): both started at once deploy once; load
# goes to both; every job (each approval's reminder timer — the SLA is set to 0 days so they are due at
# once —, sweep chunks, the check's grading) runs once, on whichever node acquires it, and each reminder
# is sent once; a task completed on one node is gone on the other.
# One command: reliability/two-nodes.sh  (about two minutes)
source "$(dirname "$0")/lib.sh"
A=18083
B=18084
ACKED="$WORK/two-nodes-acked.tsv"

build_jar
db_start
db_recreate
trap 'kill -9 $(app_pid node-a) $(app_pid node-b) 2>/dev/null || true; db_stop' EXIT

log "starting both nodes at once"
# Approval reminders due at once (SLA of 0 days), so both executors race for a few hundred timers.
app_start node-a $A --camunda.bpm.generic-properties.properties.hostname=node-a --regionops.plan.approval-sla-days=0
app_start node-b $B --camunda.bpm.generic-properties.properties.hostname=node-b --regionops.plan.approval-sla-days=0
wait_healthy $A 180 >/dev/null && wait_healthy $B 180 >/dev/null || { log "a node did not come up"; exit 1; }
DEPLOYMENTS=$(sql "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT")
DEFINITIONS=$(sql "SELECT COUNT(*) FROM ACT_RE_PROCDEF")
FILTERS=$(sql "SELECT COUNT(*) FROM ACT_RU_FILTER")

rm -f "$ACKED"
load setup --base "http://127.0.0.1:$A" --prefix TN --projects 20 --nodes 10
log "load on both nodes at 20/s; a sweep and a check on each node at the same time"
load run --base "http://127.0.0.1:$A,http://127.0.0.1:$B" --prefix TN --projects 20 --nodes 10 --rate 20 \
  --seconds 40 --acked "$ACKED" >"$WORK/two-nodes-load.txt" &
LOAD=$!
for port in $A $B; do
  curl -s -o /dev/null -w "sweep on $port: %{http_code}\n" -u ops.south:demo -H 'Content-Type: application/json' \
    -d '{"regionCode":"SOUTH"}' "http://127.0.0.1:$port/api/v1/certificates/sweeps" &
  curl -s -o /dev/null -w "check on $port: %{http_code}\n" -u ops.south:demo -H 'Content-Type: application/json' \
    -d '{"regionCode":"SOUTH"}' "http://127.0.0.1:$port/api/v1/risk/checks" &
done
wait $LOAD || true
wait_for_due_jobs 90 || true

# A task completed through node A is gone when node B is asked.
TASK=$(curl -s -u ops.south:demo "http://127.0.0.1:$B/engine-rest/task?taskDefinitionKey=UserTask_ApproveAdjustment&maxResults=1" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
DONE_A=$(curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo -H 'Content-Type: application/json' \
  -d '{"variables":{"approvalDecision":{"value":"APPROVED"},"approvalComment":{"value":"同意"}}}' \
  "http://127.0.0.1:$A/engine-rest/task/$TASK/complete")
GONE_B=$(curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo "http://127.0.0.1:$B/engine-rest/task/$TASK")

# Camunda's history cleanup is one job that runs again and again inside its window (01:00-05:00
# China time, 17:00-21:00 UTC): not a double run. Seen at 17:02 UTC, 2026-11-27.
RUN_TWICE=$(sql "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2
  AND JOB_DEF_TYPE_ <> 'history-cleanup' GROUP BY JOB_ID_ HAVING COUNT(*) > 1) x")
BY_NODE=$(sql "SELECT CONCAT(HOSTNAME_, ' ', COUNT(*)) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_" | tr '\n' ';')
CHASES=$(sql "SELECT COUNT(*), COUNT(DISTINCT certificate_id, kind, due_date) FROM ro_certificate_review")
CHASE_INSTANCES=$(sql "SELECT COUNT(*) FROM ACT_HI_PROCINST p JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_
  WHERE d.KEY_ = 'certificate-annual-review'")
CHECKS=$(sql "SELECT COUNT(*) FROM ro_risk_check WHERE region_code = 'SOUTH'")
NOTICES=$(sql "SELECT COUNT(*), COUNT(DISTINCT dedup_key) FROM ro_notification")
read -r ACK FOUND DUP LOST < <(acked_adjustments "$ACKED")
INCIDENTS=$(sql "SELECT COUNT(*) FROM ACT_RU_INCIDENT")

echo
cat "$WORK/two-nodes-load.txt"
echo
printf '%-48s %s\n' "deployments / process definitions / filters" "$DEPLOYMENTS / $DEFINITIONS / $FILTERS"
printf '%-48s %s\n' "plan adjustments acknowledged / found / dup / lost" "$ACK / ${FOUND:-0} / ${DUP:-0} / ${LOST:-0}"
printf '%-48s %s\n' "jobs run more than once" "$RUN_TWICE"
printf '%-48s %s\n' "jobs run per node" "$BY_NODE"
printf '%-48s %s\n' "chases (rows / distinct) and instances" "$(echo $CHASES | tr ' ' '/') and $CHASE_INSTANCES"
printf '%-48s %s\n' "biweekly checks of SOUTH today" "$CHECKS"
printf '%-48s %s\n' "notifications (rows / distinct; a reminder each)" "$(echo $NOTICES | tr ' ' '/')"
printf '%-48s %s\n' "task completed on A / asked on B" "$DONE_A / $GONE_B"
printf '%-48s %s\n' "incidents" "$INCIDENTS"

ok=1
[ "$DEPLOYMENTS" = "1" ] && [ "$RUN_TWICE" = "0" ] && [ "$INCIDENTS" = "0" ] || ok=0
[ "${DUP:-0}" = "0" ] && [ "${LOST:-0}" = "0" ] && [ "$CHECKS" = "1" ] || ok=0
[ "$(echo $CHASES | cut -d' ' -f1)" = "$(echo $CHASES | cut -d' ' -f2)" ] || ok=0
[ "$(echo $CHASES | cut -d' ' -f1)" = "$CHASE_INSTANCES" ] || ok=0
[ "$DONE_A" = "204" ] && [ "$GONE_B" = "404" ] || ok=0
# every acknowledged adjustment's reminder was sent, each once
[ "$(echo $NOTICES | cut -d' ' -f1)" = "$(echo $NOTICES | cut -d' ' -f2)" ] || ok=0
[ "$(echo $NOTICES | cut -d' ' -f1)" -ge "${ACK:-0}" ] || ok=0
[ "$ok" = 1 ] && { echo "two-nodes: PASS"; exit 0; } || { echo "two-nodes: FAIL"; exit 1; }
