#!/usr/bin/env bash
# After a restore: checks that a started Passerelle answers — health UP, the open data API serving missions.
#   usage: config/backup/smoke-check.sh [base URL, default http://localhost:8080]
set -euo pipefail
BASE=${1:-http://localhost:8080}
for attempt in $(seq 1 60); do
    if curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
        break
    fi
    [ "$attempt" = 60 ] && { echo "health not UP at $BASE" >&2; exit 1; }
    sleep 2
done
missions=$(curl -fsS "$BASE/api/v1/missions?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "health UP; $missions public missions served by the API"
[ "$missions" -ge 0 ]
