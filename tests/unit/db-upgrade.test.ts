// Every schema version ever shipped upgrades without loss (issue 8, item 7). A database is
// written exactly as a release declared it (the fixtures below copy its `version()` calls), with
// hash-chained events and a row in every table it had; then a later release opens it. Every record
// must come back unchanged (equal to the chain computed here, so the chain holds), and the new
// tables must exist and work. 100,000 events go through every step a user updating release by
// release takes (v1, v2, v3, current); a database of each version also jumps straight to the
// current one (a user who skipped releases), with 10,000 events to keep the file near a minute on
// fake-indexeddb. Generated, not stored: deterministic, no randomness, no clock.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { chainHashSync, GENESIS_HASH, hashedContent } from '../../src/storage/chain';
import { openDb } from '../../src/storage/db';
import { appendEventUnless, verifyChain } from '../../src/storage/events';
import type { EventKind, NewEvent, StoredEvent } from '../../src/model/event-types';

const ROWS = 100_000;
const SKIP_ROWS = 10_000;
const START = Date.UTC(2025, 0, 1);

/** Each release's schema, as shipped (src/storage/db.ts keeps the same calls, oldest first). */
const SCHEMAS: Record<number, Array<Record<string, string>>> = {
  1: [
    {
      events: '++id, at, kind, [walletId+at], [kind+at], attemptId',
      findings: 'id, ruleId, walletId, status, at',
    },
  ],
  2: [{ summaries: 'walletId' }],
  3: [{ cases: '++id, walletId, status, findingId, updatedAt', gaps: '++id, at' }],
  4: [{ receipts: 'id, at, eventId' }],
  5: [{ screenshots: '++id, at, [walletId+at]' }],
};
/** The schema openDb() declares now; each version up to it needs its fixture above. */
const CURRENT = openDb('schema-probe', { indexedDB: new IDBFactory(), IDBKeyRange }).verno;
const ALL_TABLES = Object.values(SCHEMAS)
  .flatMap((stores) => stores.flatMap((s) => Object.keys(s)))
  .sort();

/** Rows each fixture puts in a table besides events: one in every table its release had. */
function rowsIn(table: string, from: number): number {
  const since = Number(
    Object.keys(SCHEMAS).find((v) => SCHEMAS[Number(v)]!.some((s) => table in s)),
  );
  return table === 'findings' ||
    (since <= from && ['summaries', 'cases', 'gaps', 'receipts', 'screenshots'].includes(table))
    ? 1
    : 0;
}

const KINDS: EventKind[] = ['login.attempt', 'login.failure', 'withdrawal.attempt', 'notice'];
const WALLETS = ['binance', 'paypal', 'alipay', 'okx'];

/** `ROWS` events chained from genesis, the same every run. */
function chainedEvents(): StoredEvent[] {
  const events: StoredEvent[] = [];
  let previous = GENESIS_HASH;
  for (let i = 0; i < ROWS; i += 1) {
    const kind = KINDS[i % KINDS.length] as EventKind;
    const event: NewEvent = {
      at: START + i * 37_000,
      kind,
      walletId: WALLETS[(i * 7) % WALLETS.length] as string,
      origin: 'https://www.example-wallet.com',
      path: `/p/${i % 97}`,
    };
    if (kind === 'withdrawal.attempt') {
      event.amount = {
        value: `${(i % 5000) + 1}.${String(i % 100).padStart(2, '0')}`,
        currency: 'USDT',
      };
      event.destination = `T${String(i).padStart(33, '9')}`;
    }
    if (kind === 'notice') event.notice = 'maintenance';
    if (kind.startsWith('login')) event.attemptId = `a0000000-${Math.floor(i / 2)}`;
    if (i % 11 === 0) event.message = `站点消息 ${i} — “quoted” & <b>markup</b>`;
    const hash = chainHashSync(previous, hashedContent(event));
    events.push({ ...event, id: i + 1, hash });
    previous = hash;
  }
  return events;
}

const EVENTS = chainedEvents();

/** The database as release `version` declared it. */
function releaseDb(indexedDB: IDBFactory, version: number) {
  const db = new Dexie('wallet-sentinel', { indexedDB, IDBKeyRange });
  for (let v = 1; v <= version; v += 1) db.version(v).stores(Object.assign({}, ...SCHEMAS[v]!));
  return db;
}

/** Writes a database as release `version` would have: its tables, `rows` events. */
async function writeFixture(indexedDB: IDBFactory, version: number, rows: number) {
  const old = releaseDb(indexedDB, version);
  await old.table('events').bulkAdd(EVENTS.slice(0, rows));
  await old.table('findings').add({
    id: 'failed-login-burst:binance:1',
    ruleId: 'failed-login-burst',
    walletId: 'binance',
    severity: 'warning',
    cause: 'security',
    at: START,
    eventIds: [2, 6],
    guide: 'secure-account',
    status: 'open',
    params: { count: 2 },
  });
  if (version >= 2) await old.table('summaries').add({ walletId: 'binance', summary: { v: 1 } });
  if (version >= 3) {
    await old.table('cases').add({ walletId: 'paypal', status: 'open', updatedAt: START, log: [] });
    await old.table('gaps').add({ at: START, reason: 'import', removed: 0, headBefore: '' });
  }
  if (version >= 4) await old.table('receipts').add({ id: 'd0000000-1', eventId: 1, at: START });
  if (version >= 5) {
    await old.table('screenshots').add({
      at: START,
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      path: '/signin',
      type: 'image/jpeg',
      bytes: new Uint8Array([0xff, 0xd8, 0xff]),
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
  }
  old.close();
}

/** Every event back exactly as written: so the chain over them is the one computed above. */
async function expectEvents(db: Dexie, rows: number) {
  const stored = await db.table('events').orderBy(':id').toArray();
  expect(stored.length).toBe(rows);
  for (let i = 0; i < rows; i += 1) {
    if (JSON.stringify(stored[i]) !== JSON.stringify(EVENTS[i]))
      expect(stored[i]).toEqual(EVENTS[i]);
  }
}

/** The current schema over an upgraded database: every table, its rows, and it keeps working. */
async function expectCurrent(indexedDB: IDBFactory, from: number, rows: number) {
  const db = openDb('wallet-sentinel', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(CURRENT);
  expect(db.tables.map((t) => t.name).sort()).toEqual(ALL_TABLES);
  await expectEvents(db, rows);
  const head = EVENTS.slice(0, rows);
  // The contract indexes answer over the upgraded rows.
  expect(await db.events.where('kind').equals('notice').count()).toBe(
    head.filter((e) => e.kind === 'notice').length,
  );
  expect(
    await db.events.where('[walletId+at]').between(['paypal', 0], ['paypal', Infinity]).count(),
  ).toBe(head.filter((e) => e.walletId === 'paypal').length);
  for (const table of ALL_TABLES.filter((t) => t !== 'events')) {
    expect(await db.table(table).count(), table).toBe(rowsIn(table, from));
  }

  // A new event chains from the old head, with its receipt; a resend is not a second event.
  const { id: _id, hash: _hash, ...first } = EVENTS[0] as StoredEvent;
  const next: NewEvent = { ...first, at: START + rows * 37_000 };
  const none = async () => undefined;
  const { event } = await appendEventUnless(db, next, none, 'd0000000-new');
  expect(event.id).toBe(rows + 1);
  expect(event.hash).toBe(chainHashSync(head[rows - 1]!.hash, hashedContent(next)));
  expect((await appendEventUnless(db, next, none, 'd0000000-new')).duplicate).toBe(true);
  expect(await db.events.count()).toBe(rows + 1);
  return db;
}

describe('database upgrade', () => {
  it('has a fixture for every schema version openDb() declares', () => {
    for (let v = 1; v <= CURRENT; v += 1) {
      expect(SCHEMAS[v], `version ${v}: add that release's stores to SCHEMAS`).toBeDefined();
    }
  });

  it('takes 100,000 events through every release in turn (v1, v2, v3, current) without loss', async () => {
    const started = performance.now();
    const indexedDB = new IDBFactory();
    await writeFixture(indexedDB, 1, ROWS);
    for (const version of [2, 3]) {
      const step = releaseDb(indexedDB, version);
      // Each step opens (and upgrades) the file; the full comparison comes at the end.
      expect(await step.table('events').count()).toBe(ROWS);
      expect(await step.table('events').get(ROWS)).toEqual(EVENTS[ROWS - 1]);
      // What that release added, so the next step carries it too.
      if (version === 2) await step.table('summaries').add({ walletId: 'binance', summary: {} });
      if (version === 3) {
        await step.table('cases').add({ walletId: 'paypal', status: 'open', updatedAt: START });
        await step.table('gaps').add({ at: START, reason: 'import', removed: 0, headBefore: '' });
      }
      step.close();
    }
    const db = await expectCurrent(indexedDB, 3, ROWS);
    db.close();
    console.log(
      `db-upgrade stepwise, ${ROWS} events: ${Math.round(performance.now() - started)} ms`,
    );
    // fake-indexeddb spends ~20 s of CPU on 100,000 indexed rows; a loaded machine takes longer.
  }, 300_000);

  it.each(Object.keys(SCHEMAS).map(Number))(
    'opens a version-%i database straight in the current schema, chain verified',
    async (version) => {
      const started = performance.now();
      const indexedDB = new IDBFactory();
      await writeFixture(indexedDB, version, SKIP_ROWS);
      const db = await expectCurrent(indexedDB, version, SKIP_ROWS);
      expect(await verifyChain(db)).toMatchObject({ ok: true, count: SKIP_ROWS + 1 });
      db.close();
      console.log(
        `db-upgrade v${version}, ${SKIP_ROWS} events: ${Math.round(performance.now() - started)} ms`,
      );
    },
    120_000,
  );
});
