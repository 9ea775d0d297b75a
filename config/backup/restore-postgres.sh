#!/usr/bin/env bash
# Restores a backup made by backup-postgres.sh into an empty database, then rebuilds the search index (--reindex)
# with the postgres profile. Stop the application first.
#   usage: DB_HOST=... DB_NAME=passerelle DB_USER=passerelle PGPASSWORD=... config/backup/restore-postgres.sh FILE.dump JAR
set -euo pipefail
FILE=$1
JAR=${2:-target/passerelle-0.1.0-SNAPSHOT.jar}
pg_restore --host="${DB_HOST:-localhost}" --port="${DB_PORT:-5432}" --username="${DB_USER:-passerelle}" \
    --dbname="${DB_NAME:-passerelle}" --clean --if-exists --no-owner "$FILE"
SPRING_PROFILES_ACTIVE=postgres java -jar "$JAR" --spring.config.additional-location=optional:file:config/ --reindex
