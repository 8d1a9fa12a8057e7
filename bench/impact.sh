#!/usr/bin/env bash
# Impact analysis over generated 2,000- and 20,000-node plans: median of repeated runs.
#   bench/impact.sh [runs=51]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile
cp=$(mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
java -Xmx512m -cp "target/classes:target/test-classes:$cp" com.regionops.bench.ImpactBenchmark "${1:-51}"
