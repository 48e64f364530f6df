import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvent } from '../../src/storage/events';
import { setFindingStatus } from '../../src/storage/finding-status';
import { readView, saveView, VIEW_STAMP_KEY } from '../../src/storage/view-stamp';
import {
  OPEN_SHOWN_FIRST,
  POPUP_VIEW_KEY,
  readPopupView,
  savePopupView,
} from '../../src/views/popup-view';
import { readSettings } from '../../src/storage/settings';
import { earlyReads, readAlready } from '../../src/ui/popup/early-read';
import { memoryArea, memoryDb } from './helpers/memory-db';

// The browser's storage.session, as openDb() finds it in an extension page or the worker.
let session: ReturnType<typeof memoryArea>;
const scope = globalThis as { chrome?: unknown };

beforeEach(() => {
  session = memoryArea();
  scope.chrome = { storage: { session } };
});
afterEach(() => {
  delete scope.chrome;
});

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const failure = (minute: number): NewEvent => ({
  walletId: 'binance',
  origin: 'https://accounts.binance.com',
  path: '/en/login',
  at: T0 + minute * 60_000,
  kind: 'login.failure',
});
const isNumber = (value: unknown): value is number => typeof value === 'number';

describe('saved views (the popup opens from storage.session while nothing changed)', () => {
  it('gives back the popup as last saved while nothing was written, and nothing once an event is stored', async () => {
    const db = memoryDb();
    await appendEvent(db, failure(0));
    const saved = await savePopupView(db);
    expect(await readPopupView()).toEqual(saved);

    await appendEvent(db, failure(1));
    expect(await readPopupView()).toBeUndefined();
  });

  it("the popup's early reads (popup-early.js) give back the same view and settings, begun once", async () => {
    const db = memoryDb();
    await appendEvent(db, failure(0));
    const saved = await savePopupView(db);
    const local = memoryArea({ settings: { locale: 'zh_CN' } });
    const page = { chrome: { storage: { local, session } } };
    const early = earlyReads(page);
    // The page's own script finds the reads begun, and does not begin them again.
    expect(earlyReads(page)).toBe(early);
    expect(await readPopupView(readAlready(await early.session))).toEqual(saved);
    expect((await readSettings(readAlready(await early.settings))).locale).toBe('zh_CN');

    await appendEvent(db, failure(1));
    const later = earlyReads({ chrome: { storage: { local, session } } });
    expect(await readPopupView(readAlready(await later.session))).toBeUndefined();
    // A read that failed gives no view, not an error.
    const gone = { get: () => Promise.reject(new Error('gone')) };
    const broken = earlyReads({ chrome: { storage: { local: gone, session: gone } } });
    expect(await broken.session).toBeUndefined();
    expect(await readPopupView(readAlready(await broken.session))).toBeUndefined();
    expect(await readSettings(readAlready(await broken.settings)).catch(() => 'failed')).toBe(
      'failed',
    );
    expect(await readPopupView(readAlready(undefined))).toBeUndefined();
  });

  it('goes stale when a finding is acknowledged, from any page', async () => {
    const db = memoryDb();
    await db.findings.put({
      id: 'failed-login-burst:binance:1',
      ruleId: 'failed-login-burst',
      walletId: 'binance',
      severity: 'warning',
      cause: 'security',
      at: T0,
      eventIds: [],
      guide: 'step-secure',
      status: 'open',
      params: {},
    });
    const saved = await savePopupView(db);
    expect(saved.open).toHaveLength(1);
    expect(await readPopupView()).toEqual(saved);
    await setFindingStatus(db, 'failed-login-burst:binance:1', 'acknowledged');
    expect(await readPopupView()).toBeUndefined();
    // The next save shows the acknowledgement, and is current again.
    const next = await savePopupView(db);
    expect(next.open).toEqual([]);
    expect(next.acknowledgedCount).toBe(1);
    expect(await readPopupView()).toEqual(next);
  });

  it('keeps only what the first paint shows of many open findings, and gives back all of them', async () => {
    const db = memoryDb();
    await db.findings.bulkPut(
      Array.from({ length: 12 }, (_, i) => ({
        id: `failed-login-burst:binance:${i}`,
        ruleId: 'failed-login-burst',
        walletId: 'binance',
        severity: 'warning' as const,
        cause: 'security',
        at: T0 + i,
        eventIds: [],
        guide: 'step-secure',
        status: 'open' as const,
        params: {},
      })),
    );
    const saved = await savePopupView(db);
    expect(saved.open).toHaveLength(12);
    const view = await readPopupView();
    expect(view?.openCount).toBe(12);
    expect(view?.open.map((f) => f.id)).toEqual(
      saved.open.slice(0, OPEN_SHOWN_FIRST).map((f) => f.id),
    );
  });

  it('is not current when a write committed while the view was being read', async () => {
    const db = memoryDb();
    // The write lands after the stamp was read, while the (old) view is being made.
    await saveView('view', async () => {
      await appendEvent(db, failure(0));
      return 41;
    });
    expect(await readView('view', isNumber)).toBeUndefined();
  });

  it('stays current through writes to tables no view shows (gaps), not through cases', async () => {
    const db = memoryDb();
    await saveView('view', async () => 7);
    await db.gaps.add({ at: T0 } as never);
    expect(await readView('view', isNumber)).toBe(7);
    // The popup shows a finding's recovery case (issue 15): a new case makes its view stale.
    await db.cases.add({
      walletId: 'binance',
      status: 'confirmed',
      createdAt: T0,
      updatedAt: T0,
    } as never);
    expect(await readView('view', isNumber)).toBeUndefined();
  });

  it('never fails a write when storage.session fails, and a broken view is ignored', async () => {
    scope.chrome = {
      storage: {
        session: {
          get: () => Promise.reject(new Error('gone')),
          set: () => Promise.reject(new Error('gone')),
        },
      },
    };
    const db = memoryDb();
    await expect(appendEvent(db, failure(0))).resolves.toBeDefined();
    expect(await readPopupView()).toBeUndefined();

    scope.chrome = { storage: { session } };
    await session.set({
      [VIEW_STAMP_KEY]: 's',
      [POPUP_VIEW_KEY]: { stamp: 's', value: { open: 3 } },
    });
    expect(await readPopupView()).toBeUndefined();
  });
});
