import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/**
 * Ends the run with one plain line ("N passed, N failed, N skipped") that any CI can read.
 * A file that fails to load, a failing hook or global setup, and an unhandled error each
 * count as a failure: a test that never ran is not a pass.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      // A file that did not load, or a beforeAll/afterAll at its top level, reports on the module;
      // one inside a describe(), or a describe() body that throws, only on its suite.
      counts.failed += module.errors().length;
      for (const suite of module.children.allSuites()) counts.failed += suite.errors().length;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    counts.failed += unhandledErrors.length;
    // Anything else vitest counts as a failure and we do not know of still fails the line.
    if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
