/**
 * What the extension costs the wallet pages it watches, in real Chromium: the heavy fixture
 * www.binance.com/en/markets/overview (about 3,000 elements, a DOM update every 100 ms; see its
 * header), loaded alternately in a Chromium with the built extension (WS_DIST), in one with the
 * same extension whose content script is empty, and in one without it, traced through CDP (devtools.timeline, toplevel). Times are the main thread's CPU
 * time (`tdur`), not wall time: on a shared, loaded machine a task's wall time mostly measures
 * other processes.
 *
 * - `page-load.extra-main-thread`: per load (navigation, load, then 1 s of the page's updates),
 *   main-thread task time with the extension minus without, median over back-to-back pairs.
 *   Target ≤ 5 ms.
 * - `page-load.extra-over-empty-script`: the same, minus the extension with an empty content
 *   script instead: what our script costs beyond Chromium's own price for injecting any content
 *   script (an isolated world and its extension bindings; printed as the floor). Target ≤ 5 ms.
 * - `page-load.content-script-main-thread`: the same loads, the extension's own share measured
 *   directly: outermost script events (evaluation, listener and observer calls, with the
 *   layouts they force) whose script is chrome-extension://…/content.js. Target ≤ 5 ms.
 * - `page-load.long-tasks-by-extension`: tasks of ≥ 50 ms main-thread time, over all loads
 *   with the extension, that contain extension work and would be under 50 ms without it.
 *   Target 0.
 * - `page-load.churn-10s-extra`: after the load settles, 10 s of the page's updates: main-thread
 *   time with the extension minus without, as % of the page's own script time. Target ≤ 1%.
 * - `page-load.churn-10s-content-script`: the same windows, the content script's own time as %
 *   of the page's script time in that run. Target ≤ 1%. What the extension costs beyond its own
 *   script (the browser building MutationRecords inside the page's DOM calls, delivering them,
 *   garbage) shows only in the difference above.
 * - `page-load.churn-10s-extra-over-empty-script`: the churn difference against the extension
 *   with an empty content script. Target ≤ 1%.
 *
 * Runs rotate between the three browsers, so drift on the machine hits all alike.
 * BENCH_VERBOSE=1 prints every run with the extension's calls by kind (EvaluateScript: the
 * script's evaluation with what it does at once; FunctionCall: timers, idle callbacks,
 * observer and listener calls).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import {
  CHROMIUM_PATH,
  fixtureBrowserArgs,
  launchWithExtension,
} from '../tests/e2e/harness/browser';
import { DIST_CHROME } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { onlyTab } from './browser-tabs';
import { type Figure, atMost, median } from './measure';

const FIXTURE_URL = 'https://www.binance.com/en/markets/overview';
const PAGE_ORIGIN = 'https://www.binance.com/';
/** BENCH_LOAD_PAIRS / BENCH_CHURN_PAIRS: fewer (or more) pairs while working on a change. */
const LOAD_PAIRS = Number(process.env.BENCH_LOAD_PAIRS ?? 8);
const CHURN_PAIRS = Number(process.env.BENCH_CHURN_PAIRS ?? 3);
/** After `load`: the content script is injected at document_idle and scans at once. */
const SETTLE_MS = 1_000;
const CHURN_MS = 10_000;
const LONG_TASK_MS = 50;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** Main-thread CPU time of one traced window, in ms. */
interface Sample {
  busy: number;
  extension: number;
  page: number;
  longTasksByExtension: number;
  /** The extension's outermost script events: how many, and the CPU time of each kind. */
  extensionCalls: number;
  extensionByKind: Record<string, number>;
  elements: number;
}

/** The same Chromium flags as the e2e harness, without the extension (Playwright disables them). */
async function launchPlain(port: number) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-sentinel-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: fixtureBrowserArgs(port),
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

const ms = (us: number) => us / 1000;
const urlOf = (e: TraceEvent) => e.args?.data?.url ?? '';
const isScript = (e: TraceEvent) =>
  e.ph === 'X' &&
  (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile');

/** The outermost events that `pick` accepts: a nested one is already inside its parent's time. */
function outermost(events: TraceEvent[], pick: (e: TraceEvent) => boolean): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of events) {
    if (!pick(e)) continue;
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

function analyse(events: TraceEvent[]): Omit<Sample, 'elements'> {
  // The page's main thread: where the fixture's own scripts ran.
  const first = events.find((e) => isScript(e) && urlOf(e).startsWith(PAGE_ORIGIN));
  if (!first) throw new Error('page-load: no script of the fixture in the trace');
  const main = events
    .filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === 'RunTask');
  const extension = outermost(
    main,
    (e) => isScript(e) && urlOf(e).startsWith('chrome-extension://'),
  );
  const page = outermost(main, (e) => isScript(e) && urlOf(e).startsWith(PAGE_ORIGIN));
  const cpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);

  let longTasksByExtension = 0;
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    let inside = 0;
    while (k < extension.length && (extension[k] as TraceEvent).ts < end) {
      const e = extension[k] as TraceEvent;
      if (e.ts >= task.ts) inside += e.tdur ?? e.dur ?? 0;
      k++;
    }
    const taskCpu = task.tdur ?? task.dur ?? 0;
    if (inside > 0 && ms(taskCpu) >= LONG_TASK_MS && ms(taskCpu - inside) < LONG_TASK_MS) {
      longTasksByExtension++;
    }
  }
  const extensionByKind: Record<string, number> = {};
  for (const e of extension) {
    extensionByKind[e.name] = (extensionByKind[e.name] ?? 0) + ms(e.tdur ?? e.dur ?? 0);
  }
  return {
    busy: ms(cpu(tasks)),
    extension: ms(cpu(extension)),
    page: ms(cpu(page)),
    longTasksByExtension,
    extensionCalls: extension.length,
    extensionByKind,
  };
}

/** Traces one load of the fixture in a fresh tab, or (churn) a window after it settled. */
async function traceOnce(context: BrowserContext, churn: boolean): Promise<Sample> {
  const page = await context.newPage();
  try {
    // In front and alone: a tab behind the extension's welcome page gets throttled timers.
    await onlyTab(page);
    if (churn) {
      await page.goto(FIXTURE_URL);
      await page.waitForTimeout(2 * SETTLE_MS);
    }
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) =>
      events.push(...(value as unknown as TraceEvent[])),
    );
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES },
    });
    if (churn) await page.waitForTimeout(CHURN_MS);
    else {
      await page.goto(FIXTURE_URL);
      await page.waitForTimeout(SETTLE_MS);
    }
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { ...analyse(events), elements };
  } finally {
    await page.close();
  }
}

type Variant = 'with' | 'empty' | 'without';
type Runs = Record<Variant, Sample[]>;

/**
 * `rounds` runs in each browser, the order rotating every round (with, empty, without; then
 * empty, without, with; …), after an untimed warm-up load in each: drift on the machine hits
 * all three alike, and run i of each list ran next to run i of the others.
 */
async function alternate(
  browsers: Record<Variant, BrowserContext>,
  rounds: number,
  churn: boolean,
): Promise<Runs> {
  const runs: Runs = { with: [], empty: [], without: [] };
  const variants: Variant[] = ['with', 'empty', 'without'];
  // The churn runs follow the loads: every browser is warm by then.
  if (!churn) for (const variant of variants) await traceOnce(browsers[variant], churn);
  for (let i = 0; i < rounds; i++) {
    const order = [...variants.slice(i % 3), ...variants.slice(0, i % 3)];
    for (const variant of order) {
      const run = await traceOnce(browsers[variant], churn);
      runs[variant].push(run);
      if (process.env.BENCH_VERBOSE) {
        const r = (x: number) => Math.round(x * 10) / 10;
        console.error(
          `page-load ${churn ? 'churn' : 'load'} ${variant}: busy ${r(run.busy)} ms, page script ${r(run.page)} ms, extension ${r(run.extension)} ms in ${run.extensionCalls} calls (${Object.entries(
            run.extensionByKind,
          )
            .map(([kind, t]) => `${kind} ${r(t)}`)
            .join(', ')}), ${run.elements} elements`,
        );
      }
    }
  }
  return runs;
}

/**
 * The built extension with its content script emptied: what Chromium itself charges a page for
 * injecting any content script (an isolated world, its bindings), the floor under
 * `extra-main-thread` that no change to the script can remove.
 */
async function emptyScriptCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-sentinel-empty-script-'));
  await cp(DIST_CHROME, dir, { recursive: true });
  await writeFile(path.join(dir, 'content.js'), '(function(){})();\n');
  return dir;
}

export async function pageLoadFigures(): Promise<Figure[]> {
  const server = await startFixtureServer();
  const emptyDir = await emptyScriptCopy();
  const withExt = await launchWithExtension({ extensionDir: DIST_CHROME, port: server.port });
  const empty = await launchWithExtension({ extensionDir: emptyDir, port: server.port });
  const plain = await launchPlain(server.port);
  try {
    const browsers = { with: withExt.context, empty: empty.context, without: plain.context };
    const load = await alternate(browsers, LOAD_PAIRS, false);
    const churn = await alternate(browsers, CHURN_PAIRS, true);
    const elements = median(load.with.map((r) => r.elements));
    if (Math.abs(elements - 3000) > 150)
      throw new Error(`page-load: ${elements} elements, not ~3,000`);

    // Runs i of the lists ran next to each other: their differences cancel the machine's drift.
    const paired = (runs: Runs, of: (r: Sample) => number, base: Variant = 'without') =>
      median(runs.with.map((r, i) => of(r) - of(runs[base][i] as Sample)));
    const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
    const churnPage = median(churn.without.map((r) => r.page));
    const floorLoad = median(load.empty.map((r, i) => r.busy - (load.without[i] as Sample).busy));
    const floorChurn = median(
      churn.empty.map((r, i) => r.busy - (churn.without[i] as Sample).busy),
    );
    console.log(
      `page-load: main thread per load ${round(median(load.with.map((r) => r.busy)))} ms with, ` +
        `${round(median(load.empty.map((r) => r.busy)))} ms with an empty content script, ` +
        `${round(median(load.without.map((r) => r.busy)))} ms without (floor: empty script ` +
        `${round(floorLoad)} ms over without); churn 10 s: main thread ` +
        `${round(median(churn.with.map((r) => r.busy)))} ms with, ` +
        `${round(median(churn.empty.map((r) => r.busy)))} ms empty script, ` +
        `${round(median(churn.without.map((r) => r.busy)))} ms without (floor ` +
        `${round((100 * floorChurn) / churnPage, 2)} %), page script ` +
        `${round(churnPage)} ms without, content script ${round(median(churn.with.map((r) => r.extension)), 2)} ms ` +
        `in ${median(churn.with.map((r) => r.extensionCalls))} calls`,
    );
    return [
      atMost('page-load.extra-main-thread', round(paired(load, (r) => r.busy)), 'ms', 5),
      atMost(
        'page-load.extra-over-empty-script',
        round(paired(load, (r) => r.busy, 'empty')),
        'ms',
        5,
      ),
      atMost(
        'page-load.content-script-main-thread',
        round(median(load.with.map((r) => r.extension))),
        'ms',
        5,
      ),
      atMost(
        'page-load.long-tasks-by-extension',
        [...load.with, ...churn.with].reduce((n, r) => n + r.longTasksByExtension, 0),
        'tasks',
        0,
      ),
      atMost(
        'page-load.churn-10s-extra',
        round((100 * paired(churn, (r) => r.busy)) / churnPage, 2),
        '%',
        1,
      ),
      atMost(
        'page-load.churn-10s-extra-over-empty-script',
        round((100 * paired(churn, (r) => r.busy, 'empty')) / churnPage, 2),
        '%',
        1,
      ),
      atMost(
        'page-load.churn-10s-content-script',
        round(median(churn.with.map((r) => (100 * r.extension) / r.page)), 2),
        '%',
        1,
      ),
    ];
  } finally {
    await withExt.close();
    await empty.close();
    await plain.close();
    await rm(emptyDir, { recursive: true, force: true });
    await server.close();
  }
}
