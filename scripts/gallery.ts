/**
 * `npm run screenshots`: the gallery (docs/gallery/) and the README's pictures, taken from the
 * built extension in Debian's Chromium on the demo wallet sites. What a person meets, in English
 * and Chinese, light and dark: the popup empty, with one critical warning and with many; the
 * guide opened from a warning; the activity log; a recovery case with its checklist and message
 * drafts; the wallet page; the options; the welcome page;
 * the evidence report — and the popup and the log at 200% zoom.
 *
 * The warnings come from real flows on the fixture sites (a frozen Gate account, three failed
 * Binance sign-ins, an Alipay withdrawal over the daily limit, an OKX withdrawal), so the
 * pictures show what the worker really produced. `--no-build` skips the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { caseDeadline } from '../src/rules/case-deadline';
import { kinds, startExtensionSession } from '../tests/e2e/harness/extension-session';
import { readStore } from '../tests/e2e/harness/idb';
import { putRecords } from '../tests/e2e/harness/seed';
import { alipayWithdrawal } from '../tests/e2e/harness/alipay';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs', 'gallery');
const readmeShots = path.join(root, 'docs', 'screenshots');
if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });

type Lang = 'en' | 'zh_CN';
type Theme = 'light' | 'dark';
const LANGS: Lang[] = ['en', 'zh_CN'];
const THEMES: Theme[] = ['light', 'dark'];
const ZONE = 'Asia/Shanghai';
const taken: Array<{ file: string; what: string }> = [];

const session = await startExtensionSession();
const { context, extensionId } = session.browser;
const url = (file: string) => `chrome-extension://${extensionId}/${file}`;

async function setSettings(patch: Record<string, unknown>) {
  await session.reader.evaluate(async (patch) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
}

/** One picture: `name-lang-theme[-zoom200].png`, the page in that language and scheme. */
async function capture(
  page: Page,
  name: string,
  what: string,
  options: { lang: Lang; theme: Theme; zoom?: boolean; fullPage?: boolean; ready?: string },
) {
  await page.emulateMedia({ colorScheme: options.theme });
  if (options.ready) await page.locator(options.ready).first().waitFor({ timeout: 15_000 });
  await page.evaluate(
    (zoom) => (document.documentElement.style.zoom = zoom ? '2' : ''),
    options.zoom,
  );
  await page.waitForTimeout(300);
  const file = `${name}-${options.lang}-${options.theme}${options.zoom ? '-zoom200' : ''}.png`;
  await page.screenshot({
    path: path.join(out, file),
    fullPage: options.fullPage ?? !options.zoom,
  });
  taken.push({
    file,
    what: `${what} (${options.lang}, ${options.theme}${options.zoom ? ', 200%' : ''})`,
  });
  return file;
}

/** Opens `file` in a fresh tab of `width`×`height` in each language and theme. */
async function everyWay(
  file: string | (() => Promise<string>),
  name: string,
  what: string,
  size: { width: number; height: number },
  extra: { ready?: string; zoom?: boolean; fullPage?: boolean } = {},
) {
  for (const lang of LANGS) {
    await setSettings({ locale: lang });
    for (const theme of THEMES) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(typeof file === 'string' ? url(file) : await file());
      await capture(page, name, what, { lang, theme, ...extra, zoom: false });
      if (extra.zoom) await capture(page, name, what, { lang, theme, ...extra, zoom: true });
      await page.close();
    }
  }
}

const POPUP = { width: 400, height: 600 };
const WIDE = { width: 1280, height: 900 };

// The first day: nothing recorded yet, limits set, a welcome page and options.
await setSettings({
  timeZone: ZONE,
  rules: { limits: [{ walletId: 'alipay', currency: 'CNY', daily: '800' }] },
});
await everyWay('popup.html', 'popup-empty', 'Popup, nothing recorded yet', POPUP, { zoom: true });
await everyWay('onboarding.html', 'onboarding', 'Welcome page', WIDE);
await everyWay('options.html', 'options', 'Options', WIDE);

// One critical warning: Gate shows an account-frozen notice.
{
  const page = await context.newPage();
  await page.goto('https://www.gate.com/zh/myaccount');
  await session.waitFor('gate', (e) => kinds(e).includes('notice'));
  await page.close();
}
const findings = () =>
  readStore<{ id: string; ruleId: string; walletId: string; guide: string }>(
    session.reader,
    'findings',
  );
for (let i = 0; i < 50 && !(await findings()).some((f) => f.ruleId === 'account-frozen'); i++)
  await new Promise((r) => setTimeout(r, 200));
await everyWay('popup.html', 'popup-one-critical', 'Popup, a frozen account', POPUP, {
  zoom: true,
});

// The guide as a warning's "What to do" opens it: the popup's own link.
await everyWay(
  async () => {
    const popup = await context.newPage();
    await popup.goto(url('popup.html'));
    const link = popup.locator('a[href*="guide.html"]').first();
    await link.waitFor({ timeout: 15_000 });
    const href = new URL((await link.getAttribute('href'))!, url('popup.html')).href;
    await popup.close();
    return href;
  },
  'guide-from-warning',
  'Recovery guide opened from the frozen-account warning',
  WIDE,
  { fullPage: false },
);

// Many warnings: three failed Binance sign-ins, an Alipay withdrawal over the limit, an OKX one.
{
  const page = await context.newPage();
  await page.goto('https://accounts.binance.com/en/login');
  await page.fill('input[name="username"]', 'trader@example.com');
  await page.click('text=Next');
  for (let i = 1; i <= 3; i++) {
    await page.fill('input[type="password"]', `wrong-${i}`);
    await page.click('#click_login_submit_v3');
    await session.waitFor(
      'binance',
      (e) => kinds(e).filter((k) => k === 'login.failure').length >= i,
    );
  }
  await alipayWithdrawal(page);
  await page.goto('https://www.okx.com/balance/withdrawal');
  await page.getByText('Address book').click();
  await page.getByText('Phantom wallet').click();
  await page.locator('#amount').fill('150.25');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await page.locator('#history-new').getByText('Completed').waitFor({ timeout: 15_000 });
  await page.close();
  await session.waitFor('okx', (e) => kinds(e).includes('withdrawal.success'));
  for (
    let i = 0;
    i < 50 && !(await findings()).some((f) => f.ruleId === 'withdrawal-limit-daily');
    i++
  )
    await new Promise((r) => setTimeout(r, 200));
}
await everyWay('popup.html', 'popup-many', 'Popup, several warnings', POPUP, { zoom: true });
await everyWay('log.html', 'log', 'Activity log', WIDE, {
  zoom: true,
  ready: '.log-body [role=row][data-id]',
});

// A recovery case for the frozen Gate account, appeal sent four days ago.
{
  const frozen = (await findings()).find((f) => f.ruleId === 'account-frozen');
  const now = Date.now();
  const appealAt = now - 4 * 86_400_000;
  await putRecords(session.reader, 'cases', [
    {
      id: 1,
      walletId: 'gate',
      findingId: frozen?.id,
      cause: 'compliance',
      blocked: 'Withdrawals frozen: “account under risk review”',
      amount: { value: '2400', currency: 'USDT' },
      channel: 'ticket',
      ticket: 'GT-20261203-7781',
      status: 'appeal-submitted',
      openedAt: now - 5 * 86_400_000,
      updatedAt: appealAt,
      appealAt,
      deadline: caseDeadline(appealAt, ZONE),
      history: [
        { at: now - 5 * 86_400_000, status: 'confirmed' },
        { at: now - 5 * 86_400_000 + 3_600_000, status: 'support-contacted' },
        { at: appealAt, status: 'appeal-submitted' },
      ],
      log: [
        {
          at: now - 5 * 86_400_000 + 3_600_000,
          channel: 'chat',
          who: 'support',
          text: 'Your account is under risk review. Please submit proof of funds.',
          attachments: [],
        },
        {
          at: appealAt,
          channel: 'ticket',
          who: 'me',
          text: 'Appeal sent with bank statements and the evidence pack.',
          attachments: ['evidence-pack.zip'],
        },
      ],
    },
  ]);
}
await everyWay(
  'cases.html?case=1',
  'case',
  'A recovery case: its checklist and the messages written for the person',
  WIDE,
);
await everyWay('wallet.html?id=gate', 'wallet', 'The wallet page (Gate)', WIDE, {
  ready: '.status-line',
});

// The evidence report, as the pack holds it, in each language.
for (const lang of LANGS) {
  await setSettings({ locale: lang });
  const log = await context.newPage();
  await log.goto(url('log.html#data'));
  const button = log.locator('button[data-export="pack"]');
  await button.waitFor();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gallery-pack-'));
  const [download] = await Promise.all([log.waitForEvent('download'), button.click()]);
  const zip = path.join(dir, 'pack.zip');
  await download.saveAs(zip);
  const files = unzipSync(readFileSync(zip));
  writeFileSync(path.join(dir, 'report.html'), files['report.html']!);
  await log.close();
  for (const theme of ['light'] as Theme[]) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.goto(`file://${path.join(dir, 'report.html')}`);
    await capture(page, 'report', 'Evidence report (report.html), A4 width', { lang, theme });
    await page.close();
  }
}

await session.close();

const index = [
  '# Gallery',
  '',
  'Taken by `npm run screenshots` (scripts/gallery.ts) from the built extension on the demo',
  'wallet sites. Each picture is the real page in that language and colour scheme.',
  '',
  '| picture | what |',
  '| --- | --- |',
  ...taken.map(({ file, what }) => `| [${file}](${file}) | ${what} |`),
  '',
].join('\n');
writeFileSync(path.join(out, 'README.md'), index);
execFileSync('npx', ['prettier', '--write', path.join(out, 'README.md')], { cwd: root });

// The README's four pictures are copies of gallery ones.
mkdirSync(readmeShots, { recursive: true });
for (const [from, to] of <Array<[string, string]>>[
  ['popup-many-en-light.png', 'popup-en.png'],
  ['popup-one-critical-zh_CN-light.png', 'popup-zh.png'],
  ['guide-from-warning-en-light.png', 'guide-en.png'],
  ['case-en-light.png', 'case-en.png'],
])
  writeFileSync(path.join(readmeShots, to), readFileSync(path.join(out, from)));
console.log(`${taken.length} pictures in docs/gallery/`);
process.exit(0);
