import { describe, expect, it } from 'vitest';
import { handleContentMessage } from '../../src/background/handle-content-message';
import { PENDING_TTL_MS } from '../../src/background/pending-attempts';
import { createDepartures } from '../../src/background/sign-in-departures';
import { walletIdForOrigin } from '../../src/catalog/origins';
import type { NewEvent } from '../../src/model/event-types';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { doorDeps, tabSender } from './helpers/door';

/*
 * Issue 14, class 5, the worker half: the person leaves (closes the tab, opens another site)
 * right after landing on the account page, before that page could tell the outcome. The
 * worker decides from what it saw of the tab: a success only with the evidence, never a guess.
 */
const NOW = 1_700_000_000_000;
const TAB = 7;
const signInPage = tabSender('https://www.bitstamp.net/account/login/', TAB);
const attempt = {
  type: 'observe',
  kind: 'login.attempt',
  path: '/account/login/',
  deliveryId: '0d1e2f30-0001',
  attemptId: 'a1b2c3d4-e5f6',
};
const get = (url: string, status = 200) => ({ tabId: TAB, url, method: 'GET', statusCode: status });
const OVERVIEW = 'https://www.bitstamp.net/account/balance/';

async function setup() {
  let now = NOW;
  const { deps } = doorDeps(NOW);
  deps.now = () => now;
  const recorded: NewEvent[] = [];
  /** What happens while the worker waits after the tab went away (the grace period). */
  let duringGrace: () => Promise<void> = async () => undefined;
  const worker = () =>
    createDepartures({
      session: deps.session,
      walletOf: async () => (origin) => walletIdForOrigin(origin, DEFAULT_SETTINGS),
      record: async (event) => {
        recorded.push(event);
      },
      sleep: async (ms) => {
        now += ms;
        await duringGrace();
      },
      now: () => now,
    });
  await handleContentMessage(attempt, signInPage, deps);
  return {
    deps,
    recorded,
    worker,
    later: (ms: number) => (now += ms),
    onGrace: (run: () => Promise<void>) => (duringGrace = run),
  };
}

describe('a sign-in whose person left at once (the worker decides)', () => {
  it('landed on the account page, tab closed: a success tied to the attempt, on the account page', async () => {
    const { worker, recorded } = await setup();
    const w = worker();
    expect(await w.load(get(OVERVIEW))).toBe('landed');
    await w.removed(TAB);
    expect(recorded).toEqual([
      {
        at: NOW + 1000,
        kind: 'login.success',
        walletId: 'bitstamp',
        origin: 'https://www.bitstamp.net',
        path: '/account/balance/',
        attemptId: attempt.attemptId,
      },
    ]);
    // Decided once: the tab's other events about the same departure add nothing.
    await w.removed(TAB);
    await w.updated(TAB, undefined);
    expect(recorded).toHaveLength(1);
  });

  it('survives the worker being stopped between the landing and the departure', async () => {
    const { worker, recorded } = await setup();
    await worker().load(get(OVERVIEW));
    await worker().removed(TAB); // a new worker: nothing in memory, all in storage.session
    expect(recorded.map((e) => e.kind)).toEqual(['login.success']);
  });

  it('another site opened in the tab (its address hidden from us, or another wallet) after the landing is a departure', async () => {
    for (const other of [undefined, 'https://www.paypal.com/']) {
      const { worker, recorded } = await setup();
      const w = worker();
      await w.load(get(OVERVIEW));
      await w.updated(TAB, 'https://www.bitstamp.net/account/balance/'); // the page itself
      expect(recorded).toEqual([]);
      await w.updated(TAB, other);
      expect(recorded.map((e) => e.kind)).toEqual(['login.success']);
    }
    const { worker, recorded } = await setup();
    await worker().load(get(OVERVIEW));
    expect(await worker().load(get('https://example.org/'))).toBe('left');
    expect(recorded.map((e) => e.kind)).toEqual(['login.success']);
  });

  it.each([
    [
      'the form re-rendered by the POST (an error page)',
      { ...get(signInPage.url!), method: 'POST' },
    ],
    ['the sign-in page again', get('https://www.bitstamp.net/account/login/')],
    ['an error address', get('https://www.bitstamp.net/?error=invalid_credentials')],
    ['a second-factor step', get('https://www.bitstamp.net/account/two-factor/verify/')],
    ['a second-factor step, named otherwise', get('https://www.bitstamp.net/account/two-step/')],
    ['a new-device approval', get('https://www.bitstamp.net/account/new-device/')],
    ['a server error', get(OVERVIEW, 500)],
    ['a page of another site', get('https://example.org/home')],
  ])('no success when the tab only reached %s', async (_, load) => {
    const { worker, recorded } = await setup();
    const w = worker();
    await w.load(load);
    await w.removed(TAB);
    await w.updated(TAB, undefined);
    expect(recorded).toEqual([]);
  });

  it('no success when the tab went back to the sign-in page after the landing', async () => {
    const { worker, recorded } = await setup();
    const w = worker();
    await w.load(get(OVERVIEW));
    await w.load(get('https://www.bitstamp.net/account/login/?next=/account/balance/'));
    await w.removed(TAB);
    expect(recorded).toEqual([]);
  });

  it('no second outcome when the page answered (even while the worker waited)', async () => {
    for (const kind of ['login.success', 'login.failure']) {
      const { worker, recorded, deps, onGrace } = await setup();
      const w = worker();
      await w.load(get(OVERVIEW));
      onGrace(async () => {
        const overview = tabSender(OVERVIEW, TAB);
        await handleContentMessage(
          { ...attempt, kind, path: '/account/balance/', deliveryId: '0d1e2f30-0002' },
          overview,
          deps,
        );
      });
      await w.removed(TAB);
      expect(recorded).toEqual([]);
    }
  });

  it('a late outcome from the page, after the worker decided, is not stored twice', async () => {
    const { worker, recorded, deps } = await setup();
    const w = worker();
    await w.load(get(OVERVIEW));
    await w.removed(TAB);
    expect(recorded).toHaveLength(1);
    const before = await deps.db.events.count();
    const late = { ...attempt, kind: 'login.success', deliveryId: '0d1e2f30-0003' };
    expect(await handleContentMessage(late, tabSender(OVERVIEW, TAB), deps)).toEqual({ ok: true });
    expect(await deps.db.events.count()).toBe(before);
  });

  it('no success when the landed page asked for a code', async () => {
    const { worker, recorded, deps } = await setup();
    const w = worker();
    await w.load(get('https://www.bitstamp.net/account/next/'));
    const challenge = { ...attempt, kind: 'login.challenge', deliveryId: '0d1e2f30-0004' };
    await handleContentMessage(
      challenge,
      tabSender('https://www.bitstamp.net/account/next/', TAB),
      deps,
    );
    await w.removed(TAB);
    expect(recorded).toEqual([]);
  });

  it('no success for an attempt too old, another tab, or a withdrawal', async () => {
    const old = await setup();
    old.later(PENDING_TTL_MS + 1);
    await old.worker().load(get(OVERVIEW));
    await old.worker().removed(TAB);
    expect(old.recorded).toEqual([]);

    const other = await setup();
    await other.worker().load({ ...get(OVERVIEW), tabId: TAB + 1 });
    await other.worker().removed(TAB);
    await other.worker().removed(TAB + 1);
    expect(other.recorded).toEqual([]);

    const withdrawal = await setup();
    await handleContentMessage(
      {
        ...attempt,
        kind: 'withdrawal.attempt',
        attemptId: 'b1b2c3d4-e5f6',
        deliveryId: '0d1e2f30-0005',
      },
      signInPage,
      withdrawal.deps,
    );
    await withdrawal.worker().load(get(OVERVIEW));
    await withdrawal.worker().removed(TAB);
    expect(withdrawal.recorded).toEqual([]);
  });
});
