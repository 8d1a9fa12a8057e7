#!/usr/bin/env bash
# 知识库 search at scale (issue 24): N published entries written through the app's mapper into H2 (in memory, the
# app's migrations), the index rebuilt from them as every node does at start (median of REBUILDS), and QUERIES
# queries through KnowledgeIndex.search beside Lucene's own search of the same words on the same index, interleaved;
# prints medians, p95 and the ratios (bench/KnowledgeBench.java).
#   bench/knowledge.sh [entries=100000] [queries=2000] [rebuilds=3]     BENCH_JAVA_OPTS (default -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
[ -d target/classes/com/regionops/knowledge ] && [ -d target/test-classes ] || mvn -q -B -ntp -DskipTests test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -ntp -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
echo "commit $(git rev-parse --short HEAD), $(date -u +%F), JVM options $JAVA_OPTS"
java $JAVA_OPTS -cp "target/classes:$(cat "$cp_file")" bench/KnowledgeBench.java "$@"
