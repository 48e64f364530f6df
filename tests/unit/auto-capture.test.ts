import { describe, expect, it } from 'vitest';
import {
  ALL_URLS,
  AUTO_CAPTURE_DELAY_MS,
  AUTO_CAPTURE_INTERVAL_MS,
  autoCapture,
  createAutoCapture,
  type AutoCaptureApi,
  type AutoTab,
} from '../../src/background/auto-capture';
import { handleContentMessage } from '../../src/background/handle-content-message';
import { appendEvents } from '../../src/storage/events';
import type { NewEvent, StoredEvent } from '../../src/model/event-types';
import { coerceSettings, type Settings } from '../../src/storage/settings';
import { doorDeps, tabSender } from './helpers/door';
import { memoryArea, memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 26, 3, 0, 0);
const DATA_URL = `data:image/jpeg;base64,${Buffer.from('picture bytes').toString('base64')}`;
const both = coerceSettings({ screenshotEvidence: true, screenshotAuto: true });
const paypalTab: AutoTab = {
  id: 7,
  windowId: 3,
  url: 'https://www.paypal.com/signin?error=1',
  active: true,
  incognito: false,
};

function failure(kind = 'login.failure', walletId = 'paypal'): NewEvent {
  const origin = walletId === 'paypal' ? 'https://www.paypal.com' : 'https://wise.com';
  return { at: T0, kind: kind as NewEvent['kind'], walletId, origin, path: '/signin' };
}

/**
 * A browser with one tab: `tabs` answers tabs.get in turn (the last answer repeats), so a test
 * can change the tab between the first look and the look after the wait.
 */
function world(
  opts: { settings?: Settings; granted?: boolean; tabs?: Array<AutoTab | undefined> } = {},
) {
  const db = memoryDb();
  const session = memoryArea();
  const captures: unknown[] = [];
  const sleeps: number[] = [];
  const looks = [...(opts.tabs ?? [paypalTab])];
  let clock = T0 + 100;
  const api: AutoCaptureApi = {
    tabs: {
      get: async () => {
        const tab = looks.length > 1 ? looks.shift() : looks[0];
        if (!tab) throw new Error('No tab with id');
        return tab;
      },
      captureVisibleTab: async (windowId, options) => {
        captures.push([windowId, options]);
        return DATA_URL;
      },
    },
    permissions: {
      contains: async (p) => (opts.granted ?? true) && p.origins?.[0] === ALL_URLS,
    },
  };
  const deps = {
    api,
    db,
    session,
    settings: async () => opts.settings ?? both,
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
  };
  return {
    deps,
    db,
    captures,
    sleeps,
    advance: (ms: number) => (clock += ms),
    store: async (event: NewEvent): Promise<StoredEvent> =>
      (await appendEvents(db, [event]))[0] as StoredEvent,
  };
}

describe('autoCapture: the decision', () => {
  it.each(['login.failure', 'withdrawal.failure', 'notice'])(
    'pictures the active tab of the event after %s, linked to it, after the wait',
    async (kind) => {
      const w = world();
      const event = await w.store(failure(kind));
      const outcome = await autoCapture(event, 7, w.deps);
      expect(outcome).toMatchObject({ taken: true, result: { ok: true, walletId: 'paypal' } });
      expect(w.sleeps).toEqual([AUTO_CAPTURE_DELAY_MS]);
      expect(w.captures).toEqual([[3, { format: 'jpeg', quality: 85 }]]);
      const [shot] = await w.db.screenshots.toArray();
      expect(shot).toMatchObject({ walletId: 'paypal', eventId: event.id, path: '/signin' });
    },
  );

  it.each(['login.attempt', 'login.success', 'withdrawal.attempt', 'withdrawal.success'])(
    'takes nothing after %s',
    async (kind) => {
      const w = world();
      const event = await w.store(failure(kind));
      expect(await autoCapture(event, 7, w.deps)).toEqual({ taken: false, reason: 'kind' });
      expect(w.captures).toEqual([]);
    },
  );

  it.each([
    ['both switches off', coerceSettings({})],
    ['only the screenshot switch on', coerceSettings({ screenshotEvidence: true })],
    ['only the automatic switch on', coerceSettings({ screenshotAuto: true })],
  ])('takes nothing with %s', async (_, settings) => {
    const w = world({ settings });
    const event = await w.store(failure());
    expect(await autoCapture(event, 7, w.deps)).toEqual({ taken: false, reason: 'off' });
    expect(w.captures).toEqual([]);
  });

  it('takes nothing without the <all_urls> permission', async () => {
    const w = world({ granted: false });
    const event = await w.store(failure());
    expect(await autoCapture(event, 7, w.deps)).toEqual({ taken: false, reason: 'permission' });
    expect(w.captures).toEqual([]);
  });

  it.each([
    ['is not the active tab of its window', [{ ...paypalTab, active: false }], 'not-active'],
    ['is in a private window', [{ ...paypalTab, incognito: true }], 'private'],
    ['is closed', [undefined], 'tab-gone'],
    ['shows another site', [{ ...paypalTab, url: 'https://example.com/' }], 'moved'],
    [
      'stops being active during the wait',
      [paypalTab, { ...paypalTab, active: false }],
      'not-active',
    ],
    [
      'goes to another site during the wait',
      [paypalTab, { ...paypalTab, url: 'https://wise.com/home' }],
      'moved',
    ],
    [
      'moves to another window during the wait',
      [paypalTab, { ...paypalTab, windowId: 4 }],
      'moved',
    ],
  ] as const)('takes nothing when the tab %s', async (_, tabs, reason) => {
    const w = world({ tabs: [...tabs] });
    const event = await w.store(failure());
    expect(await autoCapture(event, 7, w.deps)).toEqual({ taken: false, reason });
    expect(w.captures).toEqual([]);
    expect(await w.db.screenshots.count()).toBe(0);
  });

  it('takes at most one per wallet a minute, each wallet on its own', async () => {
    const w = world();
    const first = await w.store(failure());
    expect(await autoCapture(first, 7, w.deps)).toMatchObject({ taken: true });
    w.advance(AUTO_CAPTURE_INTERVAL_MS - 1);
    const second = await w.store(failure('notice'));
    expect(await autoCapture(second, 7, w.deps)).toEqual({ taken: false, reason: 'rate' });
    // Another wallet is not held back by PayPal's picture.
    const wise = world({ tabs: [{ ...paypalTab, url: 'https://wise.com/send' }] });
    wise.deps.session = w.deps.session;
    const other = await wise.store(failure('withdrawal.failure', 'wise'));
    expect(await autoCapture(other, 7, wise.deps)).toMatchObject({ taken: true });
    w.advance(1);
    expect(await autoCapture(second, 7, w.deps)).toMatchObject({ taken: true });
    expect(w.captures).toHaveLength(2);
  });

  it('makes one picture of a burst of events handled together', async () => {
    const w = world();
    const run = createAutoCapture(w.deps);
    const a = await w.store(failure());
    const b = await w.store(failure('notice'));
    const outcomes = await Promise.all([run(a, 7), run(b, 7)]);
    expect(outcomes.map((o) => o.taken)).toEqual([true, false]);
    expect(w.captures).toHaveLength(1);
  });
});

describe('the worker door passes the sending tab with the stored event', () => {
  it('calls onStored with the content script’s tab id', async () => {
    const { deps } = doorDeps(T0);
    const seen: Array<[string, number | undefined]> = [];
    deps.onStored = (event, tabId) => {
      seen.push([event.kind, tabId]);
    };
    const reply = await handleContentMessage(
      { type: 'observe', kind: 'login.failure', path: '/signin', deliveryId: '0d1e2f30-9001' },
      tabSender('https://www.paypal.com/signin', 42),
      deps,
    );
    expect(reply).toMatchObject({ ok: true });
    expect(seen).toEqual([['login.failure', 42]]);
  });
});
