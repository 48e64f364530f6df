/**
 * Where the content script's time goes on the heavy fixture page: a CDP CPU profile (sampling
 * every 50 µs) of one load plus 1 s, and one of 10 s of the page's updates, with the built
 * extension (WS_DIST). Prints self time by script (the page's, the content script's, the
 * browser's) and the content script's functions by self time. Not a bench group: a tool for
 * finding what to fix. Build unminified names first for readable output:
 *
 *   WS_DIST=/tmp/x npm run build
 *   WS_DIST=/tmp/x npx tsx -e "import('./vite.config.ts').then(async ({ contentBuild }) => {
 *     const config = contentBuild(); config.build!.minify = false;
 *     await (await import('vite')).build(config); })"
 *   WS_DIST=/tmp/x npx tsx bench/profile-content.ts
 *
 * PROFILE_OUT=dir also writes each raw profile there (.cpuprofile: open it in DevTools).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { DIST_CHROME } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { onlyTab } from './browser-tabs';

const FIXTURE_URL = process.env.PROFILE_URL ?? 'https://www.binance.com/en/markets/overview';

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

function summarise(label: string, profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // Native frames ("(program)", GC, DOM calls) under a content-script frame count as its own.
  const owner = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url) return url.startsWith('chrome-extension://') ? 'content script' : url;
    }
    return byId.get(id)?.callFrame.functionName || '(native)';
  };
  for (const [id, us] of self) {
    const script = owner(id);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
    if (script === 'content script') {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anonymous)'}${f.url ? `:${f.lineNumber + 1}` : ' (native)'}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `  ${(us / 1000).toFixed(2).padStart(8)} ms  ${k}`)
      .join('\n');
  // Inclusive time: each sample counts once for every distinct content-script function on its stack.
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      const key = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  });
  console.log(`\n== ${label}: self time by script\n${top(byScript, 8)}`);
  console.log(`-- content script by function\n${top(byFunction, 25)}`);
  console.log(`-- content script by function, inclusive\n${top(total, 25)}`);
}

async function profile(page: Page, during: () => Promise<void>): Promise<Profile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await during();
  const { profile: result } = await cdp.send('Profiler.stop');
  await cdp.detach();
  // PROFILE_OUT=dir: keep each raw profile (.cpuprofile opens in Chromium's DevTools).
  if (process.env.PROFILE_OUT) {
    await writeFile(
      path.join(process.env.PROFILE_OUT, `content-${Date.now()}.cpuprofile`),
      JSON.stringify(result),
    );
  }
  return result as unknown as Profile;
}

const server = await startFixtureServer();
const browser = await launchWithExtension({ extensionDir: DIST_CHROME, port: server.port });
try {
  const warm = await browser.context.newPage();
  await onlyTab(warm);
  await warm.goto(FIXTURE_URL);
  await warm.waitForTimeout(1500);
  const page = await browser.context.newPage();
  await onlyTab(page);
  // A blank page first: the profiler is attached before the navigation starts.
  await page.goto('about:blank');
  summarise(
    'load + 1 s',
    await profile(page, async () => {
      await page.goto(FIXTURE_URL);
      await page.waitForTimeout(1000);
    }),
  );
  await page.waitForTimeout(1000);
  summarise('churn 10 s', await profile(page, () => page.waitForTimeout(10_000)));
} finally {
  await browser.close();
  await server.close();
}
