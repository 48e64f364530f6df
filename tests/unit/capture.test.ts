import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { captureTab, type CaptureApi } from '../../src/storage/capture';
import { buildEvidencePack } from '../../src/export/evidence-pack';
import { appendEvents } from '../../src/storage/events';
import { deleteScreenshots, SCREENSHOTS_MAX, screenshotsFor } from '../../src/storage/screenshots';
import { coerceSettings } from '../../src/storage/settings';
import { memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 26, 2, 0, 0);
// A real 1×1 JPEG is not needed: the bytes are kept as the browser gave them.
const PICTURE = Buffer.from('not really a jpeg, but bytes all the same');
const DATA_URL = `data:image/jpeg;base64,${PICTURE.toString('base64')}`;
const on = coerceSettings({ screenshotEvidence: true });
const paypalTab = { windowId: 1, url: 'https://www.paypal.com/myaccount/transfer?x=secret#y' };

function api(result: Promise<string> = Promise.resolve(DATA_URL)) {
  const calls: unknown[] = [];
  const fake: CaptureApi = {
    tabs: {
      captureVisibleTab: (windowId, options) => {
        calls.push([windowId, options]);
        return result;
      },
    },
  };
  return { fake, calls };
}

describe('captureTab', () => {
  it('keeps the picture of a wallet page with its hash, path only, and the failure it shows', async () => {
    const db = memoryDb();
    const [failure] = await appendEvents(db, [
      {
        at: T0 - 60_000,
        kind: 'withdrawal.failure',
        walletId: 'paypal',
        origin: 'https://www.paypal.com',
        path: '/myaccount/transfer',
        message: 'We could not complete your transfer.',
      },
    ]);
    const { fake, calls } = api();
    const result = await captureTab(fake, db, paypalTab, on, T0);
    expect(result).toMatchObject({ ok: true, walletId: 'paypal', context: true });
    expect(calls).toEqual([[1, { format: 'jpeg', quality: 85 }]]);
    const [shot] = await db.screenshots.toArray();
    expect(shot).toMatchObject({
      at: T0,
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      path: '/myaccount/transfer',
      type: 'image/jpeg',
      eventId: failure!.id,
      sha256: createHash('sha256').update(PICTURE).digest('hex'),
    });
    expect(Buffer.from(shot!.bytes)).toEqual(PICTURE);
  });

  it('takes nothing when the switch is off, off a wallet site, in a private window or when refused', async () => {
    const db = memoryDb();
    const cases = [
      [paypalTab, coerceSettings({}), 'off'],
      [{ windowId: 1, url: 'https://paypal.com.evil.example/' }, on, 'not-wallet'],
      [{ windowId: 1, url: 'chrome://extensions/' }, on, 'not-wallet'],
      [{ ...paypalTab, incognito: true }, on, 'private'],
    ] as const;
    for (const [tab, settings, reason] of cases) {
      const { fake, calls } = api();
      expect(await captureTab(fake, db, tab, settings, T0)).toEqual({ ok: false, reason });
      expect(calls).toEqual([]);
    }
    const refused = api(Promise.reject(new Error('activeTab not granted')));
    expect(await captureTab(refused.fake, db, paypalTab, on, T0)).toEqual({
      ok: false,
      reason: 'refused',
    });
    const odd = api(Promise.resolve('data:text/html;base64,PHNjcmlwdD4='));
    expect(await captureTab(odd.fake, db, paypalTab, on, T0)).toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(await db.screenshots.count()).toBe(0);
  });

  it(`keeps at most ${SCREENSHOTS_MAX}, dropping the oldest`, async () => {
    const db = memoryDb();
    for (let i = 0; i < SCREENSHOTS_MAX + 3; i++) {
      await captureTab(api().fake, db, paypalTab, on, T0 + i);
    }
    expect(await db.screenshots.count()).toBe(SCREENSHOTS_MAX);
    expect((await db.screenshots.orderBy('at').first())?.at).toBe(T0 + 3);
  });
});

describe('screenshots in the evidence pack and deletion', () => {
  it('packs the pictures of the exported wallets and period, names them and prints their hashes', async () => {
    const db = memoryDb();
    await appendEvents(db, [
      {
        at: T0,
        kind: 'login.failure',
        walletId: 'paypal',
        origin: 'https://www.paypal.com',
        path: '/signin',
      },
    ]);
    await captureTab(api().fake, db, paypalTab, on, T0 + 1000);
    await captureTab(
      api().fake,
      db,
      { windowId: 1, url: 'https://www.binance.com/en/my/wallet' },
      on,
      T0 + 2000,
    );
    const pack = await buildEvidencePack(db, { walletIds: ['paypal'] }, T0 + 5000);
    const files = unzipSync(pack.zip);
    const names = Object.keys(files).filter((n) => n.startsWith('screenshots/'));
    expect(names).toEqual(['screenshots/2026-11-26T02-00-01Z-paypal-1.jpg']);
    expect(Buffer.from(files[names[0]!]!)).toEqual(PICTURE);
    const report = strFromU8(files['report.html']!);
    expect(report).toContain(createHash('sha256').update(PICTURE).digest('hex'));
    expect((await screenshotsFor(db, { from: T0 + 1500 })).map((s) => s.walletId)).toEqual([
      'binance',
    ]);
  });

  it('deletes them with a wallet, by age and all at once', async () => {
    const db = memoryDb();
    await captureTab(api().fake, db, paypalTab, on, T0);
    await captureTab(api().fake, db, paypalTab, on, T0 + 10);
    await captureTab(api().fake, db, { windowId: 1, url: 'https://wise.com/home' }, on, T0 + 20);
    expect(await deleteScreenshots(db, { before: T0 + 5 })).toBe(1);
    expect(await deleteScreenshots(db, { walletId: 'paypal' })).toBe(1);
    expect(await deleteScreenshots(db, 'all')).toBe(1);
    expect(await db.screenshots.count()).toBe(0);
  });
});
