// Turns vitest's JSON report into the one plain line CI reads: "N passed, N failed".
// A lint failure counts as one failed check; a missing report counts as a failure too.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, lintFailed] = process.argv.slice(2);
let passed = 0;
let failed = Number(lintFailed ?? 0);
let skipped = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1;
  }
} else {
  failed += 1;
}
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
