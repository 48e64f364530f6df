// Issue 19, class 2: a wallet page another site opened speaks for that site, not the wallet. The
// door takes no notice from it while it is still at the address that site chose, and an outage
// counts only for a page the person or the wallet itself opened.
import { describe, expect, it } from 'vitest';
import { handleContentMessage } from '../../src/background/handle-content-message';
import {
  rememberLanding,
  startedElsewhere,
  type NavigationStart,
} from '../../src/background/navigation-starts';
import { outageEvent, type RequestInfo } from '../../src/background/outages';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { doorDeps, tabSender } from './helpers/door';

const NOW = 1_700_000_000_000;
const URL_ = 'https://www.binance.com/en/search?q=Your+account+is+frozen';

describe('startedElsewhere', () => {
  it.each<[string, Omit<NavigationStart, 'url'>, boolean]>([
    ['typed, a bookmark or a reload (no initiator)', {}, false],
    ['typed (Sec-Fetch-Site: none)', { fetchSite: 'none' }, false],
    ['a link on another site (Chromium hides its origin)', { fetchSite: 'cross-site' }, true],
    ['a link on a sister site of the same domain', { fetchSite: 'same-site' }, false],
    [
      "a link on the wallet's other site",
      { initiator: 'https://accounts.binance.com', fetchSite: 'same-site' },
      false,
    ],
    ['a link on the same wallet host', { initiator: 'https://www.binance.com' }, false],
    ["a link on the wallet's other host", { initiator: 'https://accounts.binance.com' }, false],
    ['our own popup', { initiator: 'chrome-extension://abcdefghijklmnop' }, false],
    ['the new-tab page', { initiator: 'chrome://new-tab-page' }, false],
    ['a link on another site', { initiator: 'https://evil.example' }, true],
    ['a link on another wallet', { initiator: 'https://www.paypal.com' }, true],
    ['a plain-http page', { initiator: 'http://www.binance.com' }, true],
    ['a sandboxed frame or data: page', { initiator: 'null' }, true],
    ['Firefox: a link on another site', { originUrl: 'https://evil.example/page?x' }, true],
    ['Firefox: a reload', { originUrl: 'https://www.binance.com/en/search' }, false],
    ['Firefox: the new-tab page', { originUrl: 'about:newtab' }, false],
  ])('%s → %s', (_, start, expected) => {
    expect(startedElsewhere({ url: URL_, ...start }, DEFAULT_SETTINGS)).toBe(expected);
  });
});

const notice = (n: number) => ({
  type: 'observe',
  kind: 'notice',
  path: '/en/search',
  deliveryId: `0d1e2f30-9${String(n).padStart(3, '0')}`,
  notice: 'frozen',
  message: 'Your account is frozen',
});

describe('the door and a page another site opened', () => {
  it.each<[string, Partial<NavigationStart>]>([
    ['Firefox: originUrl', { originUrl: 'https://evil.example/post/1' }],
    ['Chromium: Sec-Fetch-Site', { fetchSite: 'cross-site', requestId: '88' }],
  ])('refuses its notices while it stays at that address, counted (%s)', async (_, start) => {
    const { deps } = doorDeps(NOW);
    await rememberLanding(deps.session, 7, { url: URL_, ...start });
    const answer = await handleContentMessage(notice(1), tabSender(`${URL_}#top`, 7), deps);
    expect(answer).toEqual({ ok: false, error: 'opened-elsewhere' });
    expect(await deps.db.events.count()).toBe(0);
    await deps.rejections.flushNow();
    expect((await deps.rejections.read()).byReason['opened-elsewhere']).toBe(1);
  });

  it.each<[string, string, string]>([
    ['a new document', 'https://www.binance.com/en/my/dashboard', '/en/my/dashboard'],
    // Chromium keeps `sender.url` at the document's first address through `pushState`.
    ["the app's own route change", URL_, '/en/my/dashboard'],
  ])(
    'takes other events from it, and its notices once the wallet moved on (%s)',
    async (_, url, path) => {
      const { deps } = doorDeps(NOW);
      await rememberLanding(deps.session, 7, { url: URL_, initiator: 'https://evil.example' });
      const attempt = {
        type: 'observe',
        kind: 'login.attempt',
        path: '/en/search',
        deliveryId: '0d1e2f30-8001',
        attemptId: 'a1b2c3d4-0001',
      };
      expect(await handleContentMessage(attempt, tabSender(URL_, 7), deps)).toMatchObject({
        ok: true,
      });
      const moved = { ...notice(2), path };
      expect(await handleContentMessage(moved, tabSender(url, 7), deps)).toMatchObject({
        ok: true,
      });
      expect((await deps.db.events.toArray()).map((e) => e.kind)).toEqual([
        'login.attempt',
        'notice',
      ]);
    },
  );

  it.each<[string, number, string | undefined]>([
    ['the person opened (tab 7)', 7, undefined],
    ["the wallet's other host opened (tab 8)", 8, 'https://accounts.binance.com'],
    ['another tab than the one another site opened', 10, undefined],
  ])('takes notices from a page %s', async (_, tabId, initiator) => {
    const { deps } = doorDeps(NOW);
    if (tabId !== 10) await rememberLanding(deps.session, tabId, { url: URL_, initiator });
    await rememberLanding(deps.session, 9, { url: URL_, initiator: 'https://evil.example' });
    const answer = await handleContentMessage(notice(tabId), tabSender(URL_, tabId), deps);
    expect(answer).toMatchObject({ ok: true });
    expect(await deps.db.events.count()).toBe(1);
  });
});

describe('outages only for pages the person or the wallet opened', () => {
  const page: RequestInfo = {
    url: 'https://www.binance.com/en/my/wallet',
    type: 'main_frame',
    tabId: 3,
    statusCode: 503,
  };
  it.each<[string, Partial<RequestInfo>, boolean]>([
    ['typed or reloaded', {}, true],
    ['a link inside the wallet', { initiator: 'https://www.binance.com' }, true],
    ['a link on another site', { initiator: 'https://evil.example' }, false],
    ['a link on another site (its origin hidden)', { fetchSite: 'cross-site' }, false],
    ['typed (Sec-Fetch-Site: none)', { fetchSite: 'none' }, true],
    ['Firefox: a link on another site', { originUrl: 'https://evil.example/' }, false],
    ['Firefox: a link inside the wallet', { originUrl: 'https://www.binance.com/en/' }, true],
  ])('%s → recorded: %s', (_, extra, recorded) => {
    expect(outageEvent({ ...page, ...extra }, DEFAULT_SETTINGS, NOW) !== undefined).toBe(recorded);
  });
});
