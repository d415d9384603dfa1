#!/usr/bin/env bash
# `npm test`: installs what the suites need beyond npm (scripts/ensure-tools.sh), lints,
# runs every vitest suite, and writes the plain summary line to .reports/summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .reports
rm -f .reports/summary.txt .reports/vitest.json
bash scripts/ensure-tools.sh || echo "warning: could not install test tools; suites that need them will fail"
lint_failed=0
npm run --silent lint || lint_failed=1
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json "$@"
vitest_status=$?
node scripts/summarise.mjs .reports/vitest.json "$lint_failed" > .reports/summary.txt
cat .reports/summary.txt
if [ $vitest_status -ne 0 ] || [ $lint_failed -ne 0 ]; then exit 1; fi
