#!/usr/bin/env bash
# Restores a backup made by backup-h2.sh into a data directory that must not exist yet, then rebuilds the search
# index from it (--reindex). Point the application at that directory (or rename it to ./data) and start it.
#   usage: config/backup/restore-h2.sh BACKUP.zip TARGET_DATA_DIRECTORY
set -euo pipefail
BACKUP=$1
TARGET=$2
[ ! -e "$TARGET" ] || { echo "$TARGET exists: restore into a new directory" >&2; exit 2; }
H2_JAR=${H2_JAR:-$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | sort -V | tail -1)}
mkdir -p "$TARGET"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$TARGET/passerelle" -user sa \
    -script "$BACKUP" -options compression zip
echo "Database restored into $TARGET; rebuilding the search index"
"$(dirname "$0")/../../mvnw" -q spring-boot:run -Dspring-boot.run.arguments="--reindex \
--spring.datasource.url=jdbc:h2:file:$TARGET/passerelle;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0 \
--spring.jpa.properties.hibernate.search.backend.directory.root=$TARGET/index"
