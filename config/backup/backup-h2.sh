#!/usr/bin/env bash
# Backs up Passerelle's embedded H2 database to a compressed SQL script.
# The application must be stopped (an H2 file database is open in one process at a time).
# The search index is not backed up: it is rebuilt from the database after a restore (--reindex).
#   usage: config/backup/backup-h2.sh [data directory, default ./data] [backup directory, default ./backups]
set -euo pipefail
DATA=${1:-./data}
OUT=${2:-./backups}
H2_JAR=${H2_JAR:-$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | sort -V | tail -1)}
[ -f "$H2_JAR" ] || { echo "Set H2_JAR to the H2 jar (the version in pom.xml)" >&2; exit 2; }
mkdir -p "$OUT"
FILE="$OUT/passerelle-h2-$(date -u +%Y%m%dT%H%M%SZ).zip"
java -cp "$H2_JAR" org.h2.tools.Script -url "jdbc:h2:file:$DATA/passerelle" -user sa \
    -script "$FILE" -options compression zip
echo "$FILE"
