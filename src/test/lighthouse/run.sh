#!/usr/bin/env bash
# Lighthouse 12.2.3 (pinned in package.json / package-lock.json) on pages of a running Passerelle, with its default
# mobile settings: a mid-range phone (Moto G Power), simulated Slow 4G (150 ms RTT, 1.6 Mbit/s down) and 4x CPU
# slowdown. Prints one line per page: performance, accessibility, SEO and best-practices scores, FCP, LCP, TBT, CLS
# and the bytes transferred; the full reports stay in target/lighthouse/.
#
#   src/test/lighthouse/run.sh http://localhost:8080 "" missions mission/4 atlas/country/ML
#
# Start the production jar first (see docs/benchmarks.md). Needs Node 20 and Debian's chromium.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${LIGHTHOUSE_WORK:-target/lighthouse}
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && [ -x node_modules/.bin/lighthouse ] || npm ci --no-audit --no-fund --silent)
base=$1
shift
printf '%-28s %5s %5s %5s %5s %7s %7s %6s %6s %8s\n' page perf a11y seo bp FCP LCP TBT CLS bytes
for path in "$@"; do
    name=$(echo "${path:-home}" | tr '/?=&' '____')
    CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$work/node_modules/.bin/lighthouse" "$base/$path" \
        --quiet --output=json --output-path="$work/$name.json" \
        --only-categories=performance,accessibility,seo,best-practices \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-quic --disable-background-networking --disable-component-update --disable-sync" \
        >/dev/null 2>&1 || { echo "$path: lighthouse failed"; continue; }
    node -e '
        const r = require(process.argv[1]);
        const a = id => r.audits[id];
        const score = c => Math.round((r.categories[c]?.score ?? 0) * 100);
        const ms = id => (a(id).numericValue / 1000).toFixed(2) + "s";
        console.log([process.argv[2].padEnd(28), String(score("performance")).padStart(5),
            String(score("accessibility")).padStart(5), String(score("seo")).padStart(5),
            String(score("best-practices")).padStart(5), ms("first-contentful-paint").padStart(7),
            ms("largest-contentful-paint").padStart(7), (Math.round(a("total-blocking-time").numericValue) + "ms").padStart(6),
            a("cumulative-layout-shift").numericValue.toFixed(3).padStart(6),
            String(Math.round(a("total-byte-weight").numericValue)).padStart(8)].join(" "));
    ' "$(cd "$work" && pwd)/$name.json" "/${path}"
done
