// Bad input never crashes a detector: the content script runs over 200 pages of random markup
// (generated from the page number by tests/fixtures/sites/www.mexc.com/server.mjs, served under a
// catalog host so the shipped manifest injects it), while a user clicks a few random elements
// and presses Enter in a random field. The pages' own scripts never throw (every mutation is
// guarded), so any uncaught error or rejection in the tab is the extension's.
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { getWorker } from './harness/worker';

const PAGES = 200;
const BATCH = 50;
/** Two tabs, each reused for half of the pages: most of a visit is waiting on the browser. */
const TABS = 2;
/** Time on each page before and after the user's actions; the page mutates for ~1 s. */
const SETTLE_MS = 120;
/**
 * A visit takes about half a second. One that has not finished after this long is stalled: on a
 * loaded machine a renderer can stop answering for a while (one CI run stalled a whole batch).
 * The page is then visited again in a fresh tab; only a page that stalls twice fails the test,
 * because that would be a hang the page's markup causes, perhaps in the content script.
 */
const VISIT_DEADLINE_MS = 30_000;

let session: ExtensionSession;
const tabs: Page[] = [];
/** Uncaught errors and extension console errors, each with the page it happened on. */
const errors: string[] = [];
let consoleLinesBefore = 0;

/**
 * Renderer crashes, by page. Seen only in some full CI runs (not reproducible on demand, not
 * tied to one page); a crashed tab is replaced so the other pages still run, and each crash is
 * printed so it can be chased. Uncaught errors stay the assertion.
 */
const crashes: string[] = [];

async function openTab(): Promise<Page> {
  const tab = await session.browser.context.newPage();
  tab.on('crash', () => crashes.push(tab.url()));
  // A content-script exception reaches `pageerror` with a chrome-extension:// stack; the
  // page's own would too, and must not happen either.
  tab.on('pageerror', (error) => {
    errors.push(`uncaught on ${tab.url()}: ${error.message}\n${error.stack ?? ''}`);
  });
  tab.on('console', (msg: ConsoleMessage) => {
    const where = `${msg.text()} ${msg.location().url}`;
    if (msg.type() === 'error' && where.includes('chrome-extension://')) {
      errors.push(`console.error on ${tab.url()}: ${msg.text()} (${msg.location().url})`);
    }
  });
  return tab;
}

beforeAll(async () => {
  session = await startExtensionSession();
  for (let i = 0; i < TABS; i++) tabs.push(await openTab());
  consoleLinesBefore = session.browser.consoleLines.length;
});
afterAll(async () => {
  await session?.close();
});

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What gets typed before Enter; the long one is inserted at once rather than key by key. */
const TYPED = [
  '1,234.56',
  '0.5',
  '１２３',
  '1.234,56',
  '-1',
  '提现',
  '😀',
  '\u202e99',
  'x'.repeat(300),
];
const TYPEABLE =
  'input:not([type]), input[type="text" i], input[type="search" i], input[type="email" i], ' +
  'input[type="tel" i], input[type="number" i], input[type="password" i], textarea, ' +
  '[contenteditable="true"]';

type Point = { x: number; y: number };

/**
 * Runs in the page: scrolls to `scroll` (0–1 of the page height) and returns the centres of up
 * to `count` random elements matching `selector` that are in view (a few tries each, so big
 * pages stay quick). With `reveal`, one element may be scrolled into view instead. File and
 * picker inputs are left out: they would open native dialogs.
 */
function pickPoints(args: {
  seed: number;
  scroll: number;
  selector: string;
  count: number;
  reveal: boolean;
}): Point[] {
  const skip = /^(file|color|date|month|time|week|datetime-local)$/i;
  const root = document.scrollingElement ?? document.documentElement;
  if (!args.reveal) scrollTo(0, args.scroll * Math.max(0, root.scrollHeight - innerHeight));
  const all = document.body?.querySelectorAll(args.selector) ?? [];
  const points: Point[] = [];
  let seed = args.seed;
  for (let tries = 0; tries < 40 && all.length > 0 && points.length < args.count; tries++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const el = all[seed % all.length]!;
    if (el instanceof HTMLInputElement && skip.test(el.type)) continue;
    let box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) continue;
    if (args.reveal) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      box = el.getBoundingClientRect();
    } else if (box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) {
      continue;
    }
    const x = Math.min(Math.max(box.left + box.width / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 1), innerHeight - 1);
    points.push({ x, y });
  }
  return points;
}

/** One page: load it, click three random things, then type into a field and press Enter. */
async function visit(tab: Page, n: number, rnd: () => number): Promise<void> {
  // A click may navigate or close the page's context under us: that is fine, carry on.
  const ignore = () => undefined;
  const seed = () => Math.floor(rnd() * 2 ** 31);
  await tab
    .goto(`https://www.mexc.com/fuzz/${n}`, { waitUntil: 'domcontentloaded', timeout: 10_000 })
    .catch(ignore);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const clicks = await tab
    .evaluate(pickPoints, { seed: seed(), scroll: rnd(), selector: '*', count: 3, reveal: false })
    .catch(() => []);
  for (const point of clicks) await tab.mouse.click(point.x, point.y).catch(ignore);
  const [field] = await tab
    .evaluate(pickPoints, { seed: seed(), scroll: 0, selector: TYPEABLE, count: 1, reveal: true })
    .catch(() => []);
  if (field) {
    await tab.mouse.click(field.x, field.y).catch(ignore);
    const text = TYPED[Math.floor(rnd() * TYPED.length)]!;
    if (text.length > 20) await tab.keyboard.insertText(text).catch(ignore);
    else await tab.keyboard.type(text).catch(ignore);
    await tab.keyboard.press('Enter').catch(ignore);
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

/** Pages whose visit missed the deadline once (visited again in a fresh tab). */
const stalls: number[] = [];

async function finishes(visiting: Promise<void>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), VISIT_DEADLINE_MS);
  });
  const done = await Promise.race([visiting.then(() => true as const), deadline]);
  clearTimeout(timer);
  return done;
}

describe('content script over random markup', () => {
  for (let start = 0; start < PAGES; start += BATCH) {
    const end = Math.min(PAGES, start + BATCH) - 1;
    it(`pages ${start}–${end}: no uncaught error`, { timeout: 240_000 }, async () => {
      const before = errors.length;
      const crashedBefore = tabs.map(() => crashes.length);
      await Promise.all(
        tabs.map(async (_, t) => {
          const rnd = mulberry32(0xc0ffee + start * TABS + t);
          for (let n = start + t; n <= end; n += TABS) {
            if (tabs[t]!.isClosed() || crashes.length > crashedBefore[t]!) {
              await tabs[t]!.close().catch(() => undefined);
              tabs[t] = await openTab();
              crashedBefore[t] = crashes.length;
            }
            if (await finishes(visit(tabs[t]!, n, rnd))) continue;
            stalls.push(n);
            void tabs[t]!.close().catch(() => undefined);
            tabs[t] = await openTab();
            if (!(await finishes(visit(tabs[t]!, n, mulberry32(n))))) {
              errors.push(`https://www.mexc.com/fuzz/${n} stalled twice, in two fresh visits`);
              void tabs[t]!.close().catch(() => undefined);
              tabs[t] = await openTab();
            }
          }
          // Let timers the last page started run out before counting.
          await tabs[t]!.goto('about:blank').catch(() => undefined);
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (crashes.length > 0) console.warn(`renderer crashes so far: ${crashes.join(', ')}`);
      if (stalls.length > 0) console.warn(`stalled visits so far (pages): ${stalls.join(', ')}`);
      expect(errors.slice(before)).toEqual([]);
    });
  }

  it('leaves the worker alive and its console free of errors', async () => {
    await getWorker(session.browser.context, session.browser.extensionId);
    const workerErrors = session.browser.consoleLines
      .slice(consoleLinesBefore)
      .filter(
        (line) => line.startsWith('[chrome-extension://') && / (error|pageerror): /.test(line),
      );
    expect(workerErrors).toEqual([]);
    // The reader page can still read the database.
    await expect(session.events()).resolves.toEqual(expect.any(Array));
  });
});
