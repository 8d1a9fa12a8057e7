#!/usr/bin/env bash
# Biweekly check over generated plans on MariaDB (127.0.0.1:3306, database regionops_bench, recreated):
#   bench/risk.sh [projects=500] [nodes per project=200] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile
cp=$(mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'select version()' 2>/dev/null || echo '?')"
java -Xmx1g -cp "target/classes:target/test-classes:$cp" com.regionops.bench.RiskCheckBenchmark "${1:-500}" "${2:-200}" "${3:-3}"
