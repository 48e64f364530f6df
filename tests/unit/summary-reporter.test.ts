// The closing line CI reads must never say "0 failed" for a run in which a file crashed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import SummaryReporter from '../reporters/summary';

type State = 'passed' | 'failed' | 'skipped';

function fakeModule(project: string, moduleState: State, tests: State[]): TestModule {
  return {
    project: { name: project },
    state: () => moduleState,
    children: { allTests: () => tests.map((state) => ({ result: () => ({ state }) })) },
  } as unknown as TestModule;
}

function lastLine(modules: TestModule[], errors: unknown[] = []): string {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  new SummaryReporter().onTestRunEnd(modules, errors);
  return String(log.mock.calls.at(-1)?.[0]);
}

afterEach(() => vi.restoreAllMocks());

describe('summary reporter', () => {
  it('counts passed, failed and skipped tests', () => {
    expect(lastLine([fakeModule('unit', 'failed', ['passed', 'failed', 'skipped'])])).toBe(
      '1 passed, 1 failed, 1 skipped',
    );
  });

  it('counts a file whose hook crashed (all its tests skipped) as a failure', () => {
    const crashed = fakeModule('e2e', 'failed', Array<State>(10).fill('skipped'));
    expect(lastLine([fakeModule('unit', 'passed', ['passed']), crashed])).toBe(
      '1 passed, 1 failed, 10 skipped',
    );
  });

  it('counts a file that failed to load (no tests) as a failure', () => {
    expect(lastLine([fakeModule('unit', 'failed', [])])).toBe('0 passed, 1 failed, 0 skipped');
  });

  it('counts unhandled errors as failures', () => {
    expect(lastLine([fakeModule('unit', 'passed', ['passed'])], [new Error('late')])).toBe(
      '1 passed, 1 failed, 0 skipped',
    );
  });
});
