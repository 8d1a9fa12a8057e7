# Shared by the reliability scripts: a private MariaDB on its own port (stopped and started at will
# without touching the shared server the tests use), the app jar on it, and small helpers.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${RELIABILITY_WORK:-/tmp/regionops-reliability}"
DB_PORT="${RELIABILITY_DB_PORT:-3307}"
DB_NAME="regionops_rel"
DB_DIR="$WORK/mariadb"
DB_SOCK="$WORK/mariadb.sock"
JAR="${RELIABILITY_JAR:-$ROOT/target/regionops-0.1.0-SNAPSHOT.jar}"   # bench/ab.sh points it at a saved jar
mkdir -p "$WORK"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# since START: seconds elapsed since START (a `date +%s.%N`); gt A B: whether A > B (floats).
since() { awk -v a="$(date +%s.%N)" -v b="$1" 'BEGIN { printf "%.3f", a - b }'; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

build_jar() {
  [ -z "${RELIABILITY_JAR:-}" ] || return 0   # a saved jar is measured as it is
  if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src" "$ROOT/processes" "$ROOT/dmn" "$ROOT/forms" -newer "$JAR" -type f | head -1)" ]; then
    log "building the jar"
    (cd "$ROOT" && mvn -B -q -DskipTests package)
  fi
}

sql() { mysql --host=127.0.0.1 --port="$DB_PORT" --user=root -N -B "$DB_NAME" -e "$1"; }

db_up() { mysqladmin --host=127.0.0.1 --port="$DB_PORT" --user=root ping >/dev/null 2>&1; }

db_start() {
  if [ ! -d "$DB_DIR/mysql" ]; then
    log "initialising a private MariaDB in $DB_DIR"
    mkdir -p "$DB_DIR" && chown -R mysql:mysql "$DB_DIR"
    mariadb-install-db --user=mysql --datadir="$DB_DIR" --auth-root-authentication-method=normal >/dev/null
  fi
  chown -R mysql:mysql "$DB_DIR" "$WORK" 2>/dev/null || true
  /usr/sbin/mariadbd --user=mysql --datadir="$DB_DIR" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$DB_SOCK" --pid-file="$WORK/mariadb.pid" --skip-log-bin ${RELIABILITY_DB_OPTS:---innodb-buffer-pool-size=256M} \
    >"$WORK/mariadb.log" 2>&1 &
  for _ in $(seq 1 60); do db_up && return 0; sleep 0.5; done
  log "private MariaDB did not start (see $WORK/mariadb.log)"; return 1
}

db_stop() {
  if [ -f "$WORK/mariadb.pid" ]; then
    kill "$(cat "$WORK/mariadb.pid")" 2>/dev/null || true
    for _ in $(seq 1 60); do db_up || break; sleep 0.5; done
  fi
}

db_recreate() {
  mysql --host=127.0.0.1 --port="$DB_PORT" --user=root -e \
    "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# app_start NAME PORT [extra args...]: the jar on the private database, job executor on, with the
# app's own job lock (one minute), so the scripts measure what production runs.
# RELIABILITY_DB_URL_EXTRA is appended to the JDBC URL (e.g. "&rewriteBatchedStatements=true").
app_start() {
  local name="$1" port="$2"; shift 2
  java -Xmx512m ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --spring.profiles.active=mysql,demo \
    --spring.datasource.url="jdbc:mysql://127.0.0.1:$DB_PORT/$DB_NAME?nullDatabaseMeansCurrent=true&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true${RELIABILITY_DB_URL_EXTRA:-}" \
    --spring.datasource.username=root --spring.datasource.password= \
    --camunda.bpm.job-execution.wait-time-in-millis=1000 --camunda.bpm.job-execution.max-wait=2000 \
    "$@" >"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
}

# h2_app_start NAME PORT URL [ARGS...]: the jar on the embedded H2 database at URL (default profile, demo data)
h2_app_start() {
  local name="$1" port="$2" url="$3"; shift 3
  java -Xmx512m ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" "--REGIONOPS_H2_URL=$url" \
    --camunda.bpm.job-execution.wait-time-in-millis=1000 --camunda.bpm.job-execution.max-wait=2000 \
    "$@" >"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
}

app_pid() { cat "$WORK/$1.pid"; }

# wait_healthy PORT SECONDS: prints the seconds it took, fails when it never came.
wait_healthy() {
  local port="$1" limit="$2" start
  start=$(date +%s.%N)
  while :; do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      since "$start"; return 0
    fi
    if gt "$(since "$start")" "$limit"; then return 1; fi
    sleep 0.2
  done
}

load() { java "$ROOT/reliability/Load.java" "$@"; }

# wait_for_due_jobs SECONDS: until no job that still has retries is due, or the time is up.
wait_for_due_jobs() {
  for _ in $(seq 1 "$1"); do
    [ "$(sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= NOW())")" = "0" ] \
      && return 0
    sleep 1
  done
  return 1
}

# acked_adjustments FILE: "acknowledged found duplicated lost" for the plan adjustments FILE acknowledged.
acked_adjustments() {
  local values
  values=$(awk -F'\t' '$1=="ADJ"{printf "%s(\x27%s\x27,\x27%s\x27)", (n++?",":""), $2, $3}' "$1")
  mysql --host=127.0.0.1 --port="$DB_PORT" --user=root -N -B "$DB_NAME" -e "
    CREATE TEMPORARY TABLE acked (project VARCHAR(16), node VARCHAR(32));
    ${values:+INSERT INTO acked VALUES $values;}
    SELECT COUNT(*), COALESCE(SUM(n >= 1), 0), COALESCE(SUM(n > 1), 0), COALESCE(SUM(n = 0), 0) FROM (
      SELECT (SELECT COUNT(*) FROM ro_plan_adjustment p JOIN ro_plan_node d ON d.id = p.node_id
        WHERE p.project_code = a.project AND d.node_code = a.node) AS n FROM acked a) x;"
}

# acked_gates FILE: the same for the 项目启动会 rounds FILE acknowledged.
acked_gates() {
  local values
  values=$(awk -F'\t' '$1=="GATE"{printf "%s(\x27%s\x27)", (n++?",":""), $2}' "$1")
  mysql --host=127.0.0.1 --port="$DB_PORT" --user=root -N -B "$DB_NAME" -e "
    CREATE TEMPORARY TABLE acked (project VARCHAR(16));
    ${values:+INSERT INTO acked VALUES $values;}
    SELECT COUNT(*), COALESCE(SUM(n >= 1), 0), COALESCE(SUM(n > 1), 0), COALESCE(SUM(n = 0), 0) FROM (
      SELECT (SELECT COUNT(*) FROM ro_gate_review g WHERE g.project_code = a.project) AS n FROM acked a) x;"
}
