#!/usr/bin/env bash
# Backs up Passerelle's PostgreSQL database (online: pg_dump takes a consistent snapshot while the app runs).
# The search index is not backed up: it is rebuilt from the database after a restore (--reindex).
#   usage: DB_HOST=... DB_NAME=passerelle DB_USER=passerelle PGPASSWORD=... config/backup/backup-postgres.sh [dir]
set -euo pipefail
OUT=${1:-./backups}
mkdir -p "$OUT"
FILE="$OUT/passerelle-pg-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --host="${DB_HOST:-localhost}" --port="${DB_PORT:-5432}" --username="${DB_USER:-passerelle}" \
    --format=custom --file="$FILE" "${DB_NAME:-passerelle}"
echo "$FILE"
