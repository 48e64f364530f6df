#!/usr/bin/env -S npx tsx
// `npm start`: build, serve the demo wallet sites (the E2E fixtures) under their real host
// names, and open Chromium with the extension loaded. With a display: a window to try it by
// hand. Without one: walk two sign-ins headless, screenshot the popup, print what was recorded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { readAllEvents, waitForEvents } from '../tests/e2e/harness/idb';
import { DIST_CHROME, ROOT } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';

const CHROMIUM = '/usr/bin/chromium';
const DEMO_PAGES = [
  'https://www.paypal.com/signin',
  'https://accounts.binance.com/en/login',
  'https://auth.alipay.com/login/index.htm',
];

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  process.exit(1);
}
execFileSync(
  process.execPath,
  [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/build.ts')],
  {
    stdio: 'inherit',
  },
);

const server = await startFixtureServer();
const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const browser = await launchWithExtension({
  extensionDir: DIST_CHROME,
  port: server.port,
  headless,
});
const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;

async function shutdown(code = 0) {
  await browser.close();
  await server.close();
  process.exit(code);
}

if (!headless) {
  for (const url of DEMO_PAGES) await (await browser.context.newPage()).goto(url);
  await (await browser.context.newPage()).goto(popupUrl);
  console.log(
    [
      'Demo wallet sites are open (served locally; nothing reaches the real sites).',
      '  PayPal: any password signs in, "wrong-password" fails.',
      '  Binance: "correct-horse" signs in, anything else fails.',
      '  Alipay (支付宝): any password, then any 6-digit SMS code.',
      `The popup is open as a tab: ${popupUrl}. Close the browser to stop.`,
    ].join('\n'),
  );
  browser.context.on('close', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
} else {
  try {
    const { context } = browser;
    const binance = await context.newPage();
    await binance.goto('https://accounts.binance.com/en/login');
    await binance.fill('input[name="username"]', 'demo@example.com');
    await binance.click('text=Next');
    await binance.fill('input[type="password"]', 'a-wrong-password');
    await binance.click('#click_login_submit_v3');

    const paypal = await context.newPage();
    await paypal.goto('https://www.paypal.com/signin');
    await paypal.fill('#email', 'demo@example.com');
    await paypal.fill('#password', 'demo password');
    await Promise.all([paypal.waitForURL('**/myaccount/summary'), paypal.click('#btnLogin')]);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 460 });
    await popup.goto(popupUrl);
    await waitForEvents(popup, (events) => events.length >= 4, 20_000);
    await popup.reload();
    await popup.waitForSelector('#status-heading');
    // Healthy wallets are folded under their count: unfold them for the picture.
    const healthy = popup.locator('details.healthy-wallets summary');
    if (await healthy.count()) await healthy.click();
    const out = path.join(ROOT, 'artifacts');
    mkdirSync(out, { recursive: true });
    const shot = path.join(out, 'demo-popup.png');
    await popup.screenshot({ path: shot });
    const events = await readAllEvents(popup);
    const summary = events.map((e) => `${e.walletId} ${e.kind}`).join(', ');
    console.log(
      `recorded ${events.length} events (${summary}); popup screenshot: ${path.relative(ROOT, shot)}`,
    );
    await shutdown(0);
  } catch (error) {
    console.error(`demo failed: ${String(error)}`);
    await shutdown(1);
  }
}
