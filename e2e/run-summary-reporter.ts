import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends every Vitest run with one line per skipped test (its name says why) and a plain
 * "N passed, N failed, N skipped" line, and fails a run in which no test ran at all: a suite that
 * skipped everything (a `test:*` script on a machine that lacks what it needs) must not look green.
 */
export class RunSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    // A hook or a file that failed (a beforeAll, an import) fails the run even where its tests never ran.
    const brokenSuites: string[] = [];
    for (const testModule of testModules) {
      if (testModule.errors().length > 0) brokenSuites.push(`${testModule.moduleId}${why(testModule.errors())}`);
      for (const suite of testModule.children.allSuites()) {
        if (suite.errors().length > 0) brokenSuites.push(`${testModule.project.name} › ${suite.fullName}${why(suite.errors())}`);
      }
      for (const test of testModule.children.allTests()) {
        const { state } = test.result();
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else if (state === "skipped") skipped.push(`${testModule.project.name} › ${test.fullName}`);
      }
    }
    for (const name of skipped) console.log(`SKIPPED: ${name}`);
    for (const name of brokenSuites) console.log(`FAILED (hook or file): ${name}`);
    failed += brokenSuites.length;
    if (passed + failed === 0) {
      console.error(`No test ran (${skipped.length} skipped): this run checked nothing, so it fails.`);
      process.exitCode = 1;
    }
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
  }
}

/** The start of the first error, on the summary line itself: CI logs may keep only the end of a run. */
function why(errors: ReadonlyArray<{ message?: string }>): string {
  const message = (errors[0]?.message ?? "").trim().replace(/\s*\n\s*/gu, " ⏎ ");
  return message ? `: ${message.length > 600 ? `${message.slice(0, 600)}…` : message}` : "";
}
