#!/usr/bin/env bash
# The certificate sweep in the real app on MariaDB: 10,000 certificates of which 1,000 are due.
# Starts the jar with profiles mysql,demo on a fresh database regionops_sweep (port 18092),
# inserts the certificates, asks for a sweep of SOUTH as ops.south, and times until every due
# certificate has its chase process; then sweeps again and times until that sweep is done.
#   bench/sweep.sh [total=10000] [due=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL=${1:-10000}
DUE=${2:-1000}
PORT=18092
DB=regionops_sweep
JAR=target/regionops-0.1.0-SNAPSHOT.jar
SQL="mysql -h127.0.0.1 -uroot -N $DB"
[ -f "$JAR" ] || mvn -q -B -ntp -DskipTests package
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
log=$(mktemp)
java -Xmx512m -jar "$JAR" --spring.profiles.active=mysql,demo --server.port=$PORT \
  "--REGIONOPS_DB_URL=jdbc:mysql://127.0.0.1:3306/$DB?nullDatabaseMeansCurrent=true&sendFractionalSeconds=false&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true" \
  >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 240); do
  curl -s -o /dev/null -w '%{http_code}' -u ops.south:demo "http://127.0.0.1:$PORT/api/v1/projects" | grep -q 200 && break
  kill -0 $pid 2>/dev/null || { tail -30 "$log"; exit 1; }
  sleep 0.5
done
# certificates of GZ01: BUSINESS_LICENSE reviews; the first $DUE due in 30 days (inside the 60-day lead)
python3 - "$TOTAL" "$DUE" <<'PY' | $SQL
import sys, datetime
total, due = int(sys.argv[1]), int(sys.argv[2])
today = datetime.date.today()
rows = []
for i in range(total):
    d = today + datetime.timedelta(days=30 if i < due else 300)
    rows.append(f"('BUSINESS_LICENSE','BENCH-{i}','基准公司{i}','GZ01','SOUTH','{today.replace(year=today.year-2)}',NULL,'{d}','region-ops','VALID')")
    if len(rows) == 1000:
        print("INSERT INTO ro_certificate (type_code,cert_no,holder_company,project_code,region_code,issue_date,valid_until,next_review_due,responsible_group,status) VALUES " + ",".join(rows) + ";")
        rows = []
if rows:
    print("INSERT INTO ro_certificate (type_code,cert_no,holder_company,project_code,region_code,issue_date,valid_until,next_review_due,responsible_group,status) VALUES " + ",".join(rows) + ";")
PY
chased() { $SQL -e "SELECT COUNT(*) FROM ro_certificate_review r JOIN ro_certificate c ON c.id = r.certificate_id WHERE c.cert_no LIKE 'BENCH-%' AND r.process_instance_id IS NOT NULL"; }
sweep_jobs() { $SQL -e "SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'certificate-review-sweep' AND HANDLER_TYPE_ <> 'timer-start-event'"; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $TOTAL certificates, $DUE due"
t0=$(date +%s.%N)
curl -s -u ops.south:demo -H 'Content-Type: application/json' -X POST "http://127.0.0.1:$PORT/api/v1/certificates/sweeps" -d '{"regionCode":"SOUTH"}' >/dev/null
while [ "$(chased)" -lt "$DUE" ]; do sleep 0.2; done
t1=$(date +%s.%N)
printf 'first sweep: %d chases started in %.2f s (target <= 15 s)\n' "$(chased)" "$(awk -v a=$t0 -v b=$t1 'BEGIN{print b-a}')"
before=$(chased)
t0=$(date +%s.%N)
curl -s -u ops.south:demo -H 'Content-Type: application/json' -X POST "http://127.0.0.1:$PORT/api/v1/certificates/sweeps" -d '{"regionCode":"SOUTH"}' >/dev/null
while [ "$(sweep_jobs)" -gt 0 ]; do sleep 0.1; done
t1=$(date +%s.%N)
printf 'rerun: done in %.2f s, %d new chases (target <= 2 s, 0)\n' "$(awk -v a=$t0 -v b=$t1 'BEGIN{print b-a}')" "$(( $(chased) - before ))"
