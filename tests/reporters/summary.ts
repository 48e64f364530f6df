import type { Reporter, TestModule } from 'vitest/node';

/**
 * Closes the run with the counts per project — so the log says how many tests really ran in
 * Chromium — and a last plain `N passed, N failed` line that CI reads.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown> = []) {
    const counts = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of modules) {
      const name = module.project.name || 'default';
      const c = counts.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') c.passed += 1;
        else if (state === 'failed') c.failed += 1;
        else c.skipped += 1;
      }
      // A file that failed by itself (a crashed hook, an import error) while none of its tests
      // did counts as one failure: its tests show as skipped, and "0 failed" would hide it.
      const failedTests = [...module.children.allTests()].filter(
        (test) => test.result().state === 'failed',
      ).length;
      if (module.state() === 'failed' && failedTests === 0) c.failed += 1;
      counts.set(name, c);
    }
    const label: Record<string, string> = {
      unit: 'unit (Node)',
      build: 'build output',
      e2e: 'e2e (real Chromium)',
    };
    const total = { passed: 0, failed: 0, skipped: 0 };
    for (const [name, c] of counts) {
      console.log(
        `${label[name] ?? name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`,
      );
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    if (unhandledErrors.length > 0) {
      console.log(`unhandled errors: ${unhandledErrors.length}`);
      total.failed += unhandledErrors.length;
    }
    console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  }
}
