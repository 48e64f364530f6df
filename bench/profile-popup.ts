/**
 * Where the popup's first paint without a saved view goes (issue 15), with the bench's history
 * (100,000 events, 500 findings, bench/popup.ts) and the built extension (WS_DIST). For each
 * opening, in turn with the empty extension page as bench/popup.ts does, prints ms from
 * navigation start to: the HTML parsed (domInteractive), the popup's User Timing marks, the
 * IndexedDB open asked and answered, the first read transaction done, the first `.finding`.
 * the page's files asked and fetched (Resource Timing). With PROFILE_CPU=1, also the CPU self
 * time of the popup's openings by script and by function (a CDP sampling profile of each opening,
 * which slows them). Not a bench group: a tool for finding what to cut.
 *
 *   WS_DIST=/tmp/x npm run build && WS_DIST=/tmp/x npx tsx bench/profile-popup.ts
 *
 * PROFILE_OPENS (default 8) openings; PROFILE_OUT=dir also writes each raw .cpuprofile there.
 * PROFILE_BEFORE=/tmp/old/chrome (another build's folder, e.g. main's) adds that build's popup to
 * each round as `before.html`, on the same database: the median of the rounds' differences
 * compares the two builds under the same load.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { getWorker } from '../tests/e2e/harness/worker';
import { onlyTab } from './browser-tabs';
import { median } from './measure';
import { extensionWithFloorPage, seedPopupHistory } from './popup';

const OPENS = Number(process.env.PROFILE_OPENS ?? 8);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Times of the first `.finding` and of the first IndexedDB open and read, set before any script. */
const PROBE = `
  globalThis.probe = {};
  const mark = (name) => { globalThis.probe[name] ??= performance.now(); };
  const observer = new MutationObserver(() => {
    if (document.querySelector('.finding')) { mark('finding'); observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    mark('idb:open');
    const request = open.apply(this, args);
    request.addEventListener('success', () => mark('idb:opened'));
    return request;
  };
  for (const [proto, name, label] of [
    [IDBIndex.prototype, 'getAll', 'getAll'],
    [IDBIndex.prototype, 'count', 'count'],
    [IDBIndex.prototype, 'openCursor', 'cursor'],
    [IDBObjectStore.prototype, 'getAllKeys', 'getAllKeys'],
  ]) {
    const method = proto[name];
    proto[name] = function (...args) {
      const request = method.apply(this, args);
      const key = 'idb:' + (this.objectStore ?? this).name + '.' + label;
      request.addEventListener('success', () => mark(key));
      return request;
    };
  }
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    mark('idb:transaction');
    const tx = transaction.apply(this, args);
    tx.addEventListener('complete', () => mark('idb:read'));
    return tx;
  };
`;

function selfTimes(
  profile: Profile,
  byScript: Map<string, number>,
  byFunction: Map<string, number>,
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url) return url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    }
    return byId.get(id)?.callFrame.functionName || '(native)';
  };
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const script = owner(id);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
    const f = byId.get(id)!.callFrame;
    const key = `${script} ${f.functionName || '(anonymous)'}${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  });
}

/** The other build's popup beside this one's, as before.html (its chunks have their own names). */
function addBeforePopup(extensionDir: string, before: string) {
  const rename = (html: string) =>
    html
      .replaceAll('./popup.js', './before-popup.js')
      .replaceAll('./popup-early.js', './before-popup-early.js');
  writeFileSync(
    path.join(extensionDir, 'before.html'),
    rename(readFileSync(path.join(before, 'popup.html'), 'utf8')),
  );
  cpSync(path.join(before, 'popup.js'), path.join(extensionDir, 'before-popup.js'));
  if (existsSync(path.join(before, 'popup-early.js')))
    cpSync(path.join(before, 'popup-early.js'), path.join(extensionDir, 'before-popup-early.js'));
  for (const folder of ['chunks', 'assets'])
    cpSync(path.join(before, folder), path.join(extensionDir, folder), {
      recursive: true,
      force: false,
    });
}

const extensionDir = extensionWithFloorPage();
if (process.env.PROFILE_BEFORE) addBeforePopup(extensionDir, process.env.PROFILE_BEFORE);
const browser = await launchWithExtension({ extensionDir, port: 9 });
try {
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  const setup = await browser.context.newPage();
  await setup.goto(url);
  await seedPopupHistory(setup);
  await setup.close();
  const worker = await getWorker(browser.context, browser.extensionId);
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const pages = ['popup', ...(process.env.PROFILE_BEFORE ? ['before'] : []), 'floor'];
  const rounds: Array<Record<string, number>> = [];
  for (let i = 0; i < OPENS + 1; i++) {
    const round: Record<string, number> = {};
    // The two popups swap places every round: neither always follows the other.
    const order = i % 2 && pages.includes('before') ? ['before', 'popup', 'floor'] : pages;
    for (const name of order) {
      const address = url.replace('popup.html', `${name}.html`);
      const popup = name !== 'floor';
      if (popup)
        await worker.evaluate(() =>
          chrome.storage.session.set({ viewStamp: `profile-${Math.random()}` }),
        );
      const page = await browser.context.newPage();
      await onlyTab(page);
      await page.setViewportSize({ width: 400, height: 600 });
      await page.addInitScript(PROBE);
      const cdp =
        name === 'popup' && i > 0 && process.env.PROFILE_CPU
          ? await browser.context.newCDPSession(page)
          : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      await page.goto(address);
      await page.waitForFunction(
        () => (globalThis as { probe?: { finding?: number } }).probe?.finding,
      );
      await page.waitForTimeout(300);
      const times = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const probe = (globalThis as unknown as { probe: Record<string, number> }).probe;
        const all: Array<[string, number]> = [
          ['html', nav?.domInteractive ?? 0],
          ...performance
            .getEntriesByType('mark')
            .map((m): [string, number] => [m.name, m.startTime]),
          ...Object.entries(probe),
          ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).flatMap(
            (r): Array<[string, number]> => {
              const file = r.name.replace(/^.*\//, '');
              return [
                [`${file}:asked`, r.startTime],
                [`${file}:fetched`, r.responseEnd],
              ];
            },
          ),
        ];
        return all.sort((a, b) => a[1] - b[1]).map(([n, t]) => `${n} ${Math.round(t)}`);
      });
      if (cdp) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        selfTimes(profile, byScript, byFunction);
        if (process.env.PROFILE_OUT)
          await writeFile(
            path.join(process.env.PROFILE_OUT, `popup-${i}.cpuprofile`),
            JSON.stringify(profile),
          );
      }
      round[name] = Number(times.find((t) => t.startsWith('finding '))?.split(' ')[1]);
      console.log(`${name}${cdp ? ' (profiled)' : ''}: ${times.join(', ')}`);
      await page.close();
    }
    if (i > 0) rounds.push(round); // the first round warms the disk cache
  }
  const differences = (a: string, b: string) =>
    `${a} − ${b}, median of rounds: ${median(rounds.map((r) => r[a]! - r[b]!))} ms`;
  console.log(differences('popup', 'floor'));
  if (pages.includes('before')) {
    console.log(differences('before', 'floor'));
    console.log(differences('popup', 'before'));
  }
  if (!process.env.PROFILE_CPU) process.exit(0);
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${(us / 1000 / OPENS).toFixed(1).padStart(6)} ms  ${k}`);
  console.log('\nself time per opening, by script:\n' + top(byScript, 15).join('\n'));
  console.log('\nby function:\n' + top(byFunction, 40).join('\n'));
} finally {
  await browser.close();
  rmSync(extensionDir, { recursive: true, force: true });
}
