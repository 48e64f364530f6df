import { describe, expect, it } from 'vitest';
import { handleContentMessage } from '../../src/background/handle-content-message';
import { admitSender, inPrivateTab, type SenderInfo } from '../../src/background/sender';
import { validateContentMessage } from '../../src/messages/validate';
import { DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings';
import { verifyChain } from '../../src/storage/events';
import { doorDeps, EXTENSION_ID, tabSender } from './helpers/door';

const EXT = EXTENSION_ID;
const paypalTab = tabSender('https://www.paypal.com/signin?country=US#x', 4);
const login = {
  type: 'observe',
  kind: 'login.attempt',
  path: '/signin',
  deliveryId: '0d1e2f30-0001',
  attemptId: 'a1b2c3d4-e5f6',
};
/** A fresh delivery id: one per observation, as the content script makes them. */
let deliveries = 0;
/** A `pending-attempt` answer with no attempt waiting. */
const noPending = { ok: true };
const delivery = () => `0d1e2f30-1${String((deliveries += 1)).padStart(3, '0')}`;

describe('validateContentMessage', () => {
  it.each([
    ['a sign-in attempt', login],
    [
      'a notice',
      {
        type: 'observe',
        kind: 'notice',
        path: '/',
        deliveryId: '0d1e2f30-0002',
        notice: 'frozen',
        message: '账户已冻结',
      },
    ],
    [
      'a withdrawal with amount and address',
      {
        type: 'observe',
        kind: 'withdrawal.attempt',
        path: '/en/my/wallet/withdraw',
        deliveryId: '0d1e2f30-0003',
        amount: { value: '0.00012345', currency: 'BTC' },
        destination: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      },
    ],
    ['a pending-attempt question', { type: 'pending-attempt' }],
  ])('accepts %s', (_, message) => {
    expect(validateContentMessage(message)).toEqual({ ok: true, message });
  });

  it.each([
    ['null', null, 'bad-shape'],
    ['a string', 'observe', 'bad-shape'],
    ['an array', [login], 'bad-shape'],
    ['an unknown type', { type: 'clear-all' }, 'unknown-type'],
    ['a worker-only kind', { ...login, kind: 'site.error' }, 'bad-shape'],
    ['an unknown kind', { ...login, kind: 'login.hacked' }, 'bad-shape'],
    ['an extra field', { ...login, walletId: 'binance' }, 'bad-shape'],
    ['a forged origin', { ...login, origin: 'https://www.binance.com' }, 'bad-shape'],
    ['a path with a query', { ...login, path: '/signin?token=1' }, 'bad-shape'],
    ['a protocol-relative path', { ...login, path: '//evil.example/x' }, 'bad-shape'],
    ['a message over 200 chars', { ...login, message: 'x'.repeat(201) }, 'too-large'],
    ['a huge message', { ...login, message: 'x'.repeat(100_000) }, 'too-large'],
    ['a bidi override', { ...login, message: 'ok \u202e gnp.exe' }, 'bad-shape'],
    ['a bad attempt id', { ...login, attemptId: '<script>' }, 'bad-shape'],
    ['no delivery id', { ...login, deliveryId: undefined }, 'bad-shape'],
    ['an empty delivery id', { ...login, deliveryId: '' }, 'bad-shape'],
    ['a delivery id with markup', { ...login, deliveryId: '<img src=x>' }, 'bad-shape'],
    ['a delivery id as a number', { ...login, deliveryId: 12345678 }, 'bad-shape'],
    ['an overlong delivery id', { ...login, deliveryId: 'a'.repeat(65) }, 'too-large'],
    [
      'an amount as a number',
      { ...login, kind: 'withdrawal.attempt', amount: { value: 5, currency: 'USD' } },
      'bad-shape',
    ],
    [
      'an amount with extras',
      { ...login, amount: { value: '5', currency: 'USD', rate: 1 } },
      'bad-shape',
    ],
    ['a negative amount', { ...login, amount: { value: '-5', currency: 'USD' } }, 'bad-shape'],
    ['a lower-case currency', { ...login, amount: { value: '5', currency: 'usd' } }, 'bad-shape'],
    [
      'a notice without its kind',
      { type: 'observe', kind: 'notice', path: '/', deliveryId: '0d1e2f30-0002' },
      'bad-shape',
    ],
    ['a notice kind on a sign-in', { ...login, notice: 'frozen' }, 'bad-shape'],
    ['pending-attempt with payload', { type: 'pending-attempt', tabId: 3 }, 'bad-shape'],
  ])('rejects %s', (_, message, error) => {
    expect(validateContentMessage(message)).toEqual({ ok: false, error });
  });

  it('never throws on hostile objects', () => {
    const getter = Object.defineProperty({ type: 'observe' }, 'kind', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const cyclic: Record<string, unknown> = { type: 'observe' };
    cyclic.self = cyclic;
    for (const raw of [
      getter,
      cyclic,
      { type: 'observe', kind: 1n },
      Object.create({ type: 'observe' }),
    ]) {
      expect(validateContentMessage(raw).ok).toBe(false);
    }
  });
});

describe('admitSender', () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    customSites: [{ origin: 'https://wallet.example', addedAt: 1 }],
    disabledWallets: ['okx'],
  };

  it('takes the wallet from the sender URL, not the message', () => {
    expect(admitSender(paypalTab, EXT, settings)).toEqual({
      ok: true,
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      tabId: 4,
    });
  });

  it('admits a site the user added as custom:<origin>', () => {
    const sender = {
      ...paypalTab,
      url: 'https://wallet.example/login',
      origin: 'https://wallet.example',
    };
    expect(admitSender(sender, EXT, settings)).toMatchObject({
      ok: true,
      walletId: 'custom:https://wallet.example',
    });
  });

  it.each<[string, SenderInfo, string]>([
    ['another extension', { ...paypalTab, id: 'other' }, 'bad-sender'],
    ['no tab (another context)', { ...paypalTab, tab: undefined }, 'bad-sender'],
    ['an iframe', { ...paypalTab, frameId: 3 }, 'bad-sender'],
    ['a mismatched origin', { ...paypalTab, origin: 'https://evil.example' }, 'bad-sender'],
    [
      'a non-wallet site',
      { ...paypalTab, url: 'https://evil-wallet.example/', origin: undefined },
      'not-a-wallet',
    ],
    [
      'a lookalike host',
      { ...paypalTab, url: 'https://www.paypal.com.evil.example/', origin: undefined },
      'not-a-wallet',
    ],
    [
      'plain http',
      { ...paypalTab, url: 'http://www.paypal.com/', origin: undefined },
      'not-a-wallet',
    ],
    [
      'an odd port',
      { ...paypalTab, url: 'https://www.paypal.com:8443/', origin: undefined },
      'not-a-wallet',
    ],
    [
      'a disabled wallet',
      { ...paypalTab, url: 'https://www.okx.com/', origin: undefined },
      'wallet-disabled',
    ],
    // Policy: nothing from a private window is recorded (issue 8), whatever the site.
    ['a private-window tab', { ...paypalTab, tab: { id: 4, incognito: true } }, 'private-tab'],
    [
      'a private-window tab of a disabled wallet',
      {
        ...paypalTab,
        url: 'https://www.okx.com/',
        origin: undefined,
        tab: { id: 4, incognito: true },
      },
      'private-tab',
    ],
  ])('rejects %s', (_, sender, error) => {
    expect(admitSender(sender, EXT, settings)).toEqual({ ok: false, error });
  });

  it('admits a normal-window tab that says so', () => {
    expect(admitSender({ ...paypalTab, tab: { id: 4, incognito: false } }, EXT, settings)).toEqual({
      ok: true,
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      tabId: 4,
    });
  });
});

describe("inPrivateTab (the worker's own webRequest and webNavigation listeners)", () => {
  const tabs = new Map([
    [1, { incognito: false }],
    [2, { incognito: true }],
  ]);
  const getTab = async (id: number) => {
    const tab = tabs.get(id);
    if (!tab) throw new Error(`No tab with id: ${id}.`);
    return tab;
  };

  it.each<[string, { tabId: number; incognito?: boolean }, boolean]>([
    ['a normal tab', { tabId: 1 }, false],
    ['a private tab (Chromium: asked)', { tabId: 2 }, true],
    ['Firefox saying private', { tabId: 1, incognito: true }, true],
    ['Firefox saying normal', { tabId: 2, incognito: false }, false],
    ['a closed tab: unknown counts as private', { tabId: 9 }, true],
    ['no tab at all', { tabId: -1 }, true],
  ])('%s', async (_, details, expected) => {
    expect(await inPrivateTab(details, getTab)).toBe(expected);
  });
});

describe('handleContentMessage', () => {
  function setup(now = 1_700_000_000_000) {
    return doorDeps(now).deps;
  }

  it('records an event with the wallet and origin of the sender and the worker clock', async () => {
    const deps = setup();
    const response = await handleContentMessage({ ...login, message: 'hi' }, paypalTab, deps);
    expect(response).toMatchObject({ ok: true, id: 1 });
    const [stored] = await deps.db.events.toArray();
    expect(stored).toMatchObject({
      at: 1_700_000_000_000,
      kind: 'login.attempt',
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      path: '/signin',
      attemptId: login.attemptId,
      message: 'hi',
    });
    expect(await verifyChain(deps.db)).toMatchObject({ ok: true, count: 1 });
  });

  it('stores nothing and counts every rejected message', async () => {
    const deps = setup();
    const bad: Array<[unknown, SenderInfo]> = [
      [{ type: 'nope' }, paypalTab],
      [{ ...login, message: 'x'.repeat(500) }, paypalTab],
      [login, { ...paypalTab, url: 'https://evil-wallet.example/', origin: undefined }],
      [login, { ...paypalTab, frameId: 1 }],
      [login, { ...paypalTab, tab: { id: 4, incognito: true } }],
      [{ type: 'pending-attempt' }, { ...paypalTab, tab: { id: 4, incognito: true } }],
    ];
    for (const [message, sender] of bad) {
      expect((await handleContentMessage(message, sender, deps)).ok).toBe(false);
    }
    await deps.rejections.flushNow();
    expect(await deps.db.events.count()).toBe(0);
    expect(await deps.rejections.read()).toEqual({
      total: 6,
      byReason: {
        'unknown-type': 1,
        'too-large': 1,
        'not-a-wallet': 1,
        'bad-sender': 1,
        'private-tab': 2,
      },
    });
  });

  it('hands a pending sign-in to the next page in the same tab, until its outcome', async () => {
    const deps = setup();
    await handleContentMessage(login, paypalTab, deps);
    const ask = { type: 'pending-attempt' };
    expect(await handleContentMessage(ask, paypalTab, deps)).toEqual({
      ok: true,
      attemptId: login.attemptId,
      flow: 'login',
    });
    expect(await handleContentMessage(ask, { ...paypalTab, tab: { id: 5 } }, deps)).toEqual(
      noPending,
    );
    const binanceTab = {
      ...paypalTab,
      url: 'https://accounts.binance.com/en/login',
      origin: undefined,
    };
    expect(await handleContentMessage(ask, binanceTab, deps)).toEqual(noPending);
    await handleContentMessage(
      { ...login, kind: 'login.success', deliveryId: delivery() },
      paypalTab,
      deps,
    );
    expect(await handleContentMessage(ask, paypalTab, deps)).toEqual(noPending);
  });

  it('stores a resent observation once and answers each delivery with the same record', async () => {
    const deps = setup();
    const logout = { type: 'observe', kind: 'logout', path: '/myaccount', deliveryId: delivery() };
    const first = await handleContentMessage(logout, paypalTab, deps);
    // The worker stored it but was stopped before answering: the content script sends it again.
    const again = await handleContentMessage(logout, paypalTab, deps);
    expect(again).toEqual(first);
    // A second sign-out is a new observation with its own delivery id: stored.
    await handleContentMessage({ ...logout, deliveryId: delivery() }, paypalTab, deps);
    expect((await deps.db.events.toArray()).map((e) => e.kind)).toEqual(['logout', 'logout']);
    expect(await deps.db.receipts.count()).toBe(2);
    expect(await verifyChain(deps.db)).toMatchObject({ ok: true, count: 2 });
  });

  it('stores each of many concurrent resends of one observation once', async () => {
    const deps = setup();
    const logout = { type: 'observe', kind: 'logout', path: '/', deliveryId: delivery() };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => handleContentMessage(logout, paypalTab, deps)),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await deps.db.events.count()).toBe(1);
  });
});

describe('outbox recovery (an attempt whose page unloaded before the worker woke)', () => {
  const NOW = 1_700_000_000_000;
  let tokens = 0;
  /** The door, and the token of the page open in paypalTab, given with its first question. */
  async function setup() {
    const { deps, local } = doorDeps(NOW - 5000);
    const token = `70c0e000-${String((tokens += 1)).padStart(4, '0')}-4000-8000-000000000000`;
    await handleContentMessage({ type: 'pending-attempt', token }, paypalTab, deps);
    deps.now = () => NOW;
    return { deps, local, token };
  }
  const entry = (attemptId: string, observedAt: number, token: string, extra = {}) => ({
    message: { ...login, attemptId, deliveryId: delivery(), ...extra },
    observedAt,
    token,
  });
  const ask = (...outbox: unknown[]) => ({ type: 'pending-attempt', outbox });

  it('records the attempt at the time it was seen and hands it to the next page', async () => {
    const { deps, token } = await setup();
    const response = await handleContentMessage(
      ask(entry('aaaaaaaa-1', NOW - 3000, token)),
      paypalTab,
      deps,
    );
    expect(response).toEqual({ ok: true, attemptId: 'aaaaaaaa-1', flow: 'login' });
    expect(await deps.db.events.toArray()).toMatchObject([
      { kind: 'login.attempt', at: NOW - 3000, walletId: 'paypal', attemptId: 'aaaaaaaa-1' },
    ]);
  });

  it('counts an attempt once when both the message and the outbox deliver it', async () => {
    const { deps, token } = await setup();
    await handleContentMessage(login, paypalTab, deps);
    await handleContentMessage(login, paypalTab, deps);
    await handleContentMessage(ask(entry(login.attemptId, NOW - 10, token)), paypalTab, deps);
    expect(await deps.db.events.count()).toBe(1);
  });

  it('takes nothing a page could make up: no token, another tab’s, an old one, stale or too late', async () => {
    const { deps, token } = await setup();
    // The wallet's own scripts wrote its sessionStorage without ever seeing a token.
    const forged = entry('bbbbbbbb-1', NOW - 1000, '0d1e2f30-9999-4000-8000-000000000000', {
      kind: 'withdrawal.attempt',
      amount: { value: '75000', currency: 'USDT' },
    });
    expect(await handleContentMessage(ask(forged), paypalTab, deps)).toEqual(noPending);
    // The real token, handed over in another tab, or stale, or seen after now.
    const otherTab = { ...paypalTab, tab: { id: 99 } };
    await handleContentMessage({ type: 'pending-attempt' }, otherTab, deps);
    expect(
      await handleContentMessage(ask(entry('cccccccc-1', NOW - 1000, token)), otherTab, deps),
    ).toEqual(noPending);
    expect(await deps.db.events.count()).toBe(0);
    const { deps: later, token: token2 } = await setup();
    later.now = () => NOW + 10 * 60_000;
    expect(
      await handleContentMessage(
        ask(entry('dddddddd-1', NOW - 6000, token2), entry('eeeeeeee-1', NOW + 700_000, token2)),
        paypalTab,
        later,
      ),
    ).toEqual(noPending);
    expect(await later.db.events.count()).toBe(0);
    // Once handed over, the token is spent: the next page asks with its own (or none).
    const { deps: once, token: token3 } = await setup();
    await handleContentMessage(ask(entry('ffffffff-1', NOW - 100, token3)), paypalTab, once);
    await handleContentMessage(ask(entry('ffffffff-2', NOW - 100, token3)), paypalTab, once);
    await handleContentMessage(
      { ...ask(entry('ffffffff-3', NOW - 100, token3)), token: token3 },
      paypalTab,
      once,
    );
    expect((await once.db.events.toArray()).map((e) => e.attemptId)).toEqual(['ffffffff-1']);
  });

  it('checks each entry as a live message at the door', () => {
    const token = '0d1e2f30-9999-4000-8000-000000000000';
    const good = entry('aaaaaaaa-2', NOW, token);
    expect(validateContentMessage(ask(good)).ok).toBe(true);
    for (const bad of [
      ask(),
      ask(good, good, good, good),
      ask({ ...good, extra: 1 }),
      ask({ ...good, token: 'no' }),
      { type: 'pending-attempt', token: 'no' },
      { type: 'pending-attempt', token: 7 },
      ask({ ...good, observedAt: 'now' }),
      ask({ ...good, message: { ...good.message, kind: 'withdrawal.success' } }),
      ask({ ...good, message: { ...good.message, path: 'https://evil.example/' } }),
      ask({ ...good, message: { ...good.message, message: '\u202Eevil' } }),
      { type: 'pending-attempt', outbox: good },
    ]) {
      expect(validateContentMessage(bad).ok).toBe(false);
    }
  });
});
