import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { canonicalJson } from '../../../src/storage/canonical-json';
import { chainHash, GENESIS_HASH, hashedContent } from '../../../src/storage/chain';
import type {
  EventKind,
  Finding,
  NewEvent,
  NoticeKind,
  StoredEvent,
} from '../../../src/model/event-types';
import { DB_NAME, EVENTS_STORE } from './idb';

/**
 * Realistic event histories written straight into the extension's database, for tests and
 * benchmarks that need many events (the log page, the popup with 100,000 events). Records are
 * generated and hash-chained in Node with the product's own chain definition, then `put` with
 * the raw IndexedDB API from an extension page, so no product code is trusted to write them.
 *
 *   const page = await context.newPage();
 *   await page.goto(`chrome-extension://${id}/popup.html`); // any page that opens the database
 *   const events = await seedEvents(page, 100_000, { end: Date.now() });
 *
 * The database must already exist (an extension page opened it with Dexie): seeding never
 * creates it, because the schema is the product's. New events continue the chain from the
 * newest stored record, with ids after it. The generated history spans ~400 days: a test that
 * needs the oldest of them kept should turn retention off first (`settings.retentionDays: null`).
 * 100,000 events take some 30–60 s to write (IndexedDB's own pace, ~5,000 records a second on a
 * 2-core machine). Measuring frames afterwards? Close the welcome tab the extension opened on
 * install first (bench/browser-tabs.ts): a tab behind it gets one animation frame a second.
 */
export interface SeedOptions {
  /** Epoch ms of the newest generated event. Default: now. */
  end?: number;
  /** Days the history spans, back from `end`. Default 400. */
  days?: number;
  /** Same seed, same events. Default 7. */
  seed?: number;
  /** Wallet ids to spread events over. Default: eight catalog wallets, Chinese and Western. */
  wallets?: string[];
  /** Records appended after the generated ones (the newest), e.g. a hostile site message. */
  append?: NewEvent[];
  /** Records per `page.evaluate` batch. Default 5,000. */
  batchSize?: number;
}

export const SEED_WALLETS = [
  'alipay',
  'binance',
  'coinbase',
  'kraken',
  'okx',
  'paypal',
  'wechat-pay',
  'wise',
];

const DAY = 86_400_000;

const CURRENCIES: Record<string, string[]> = {
  alipay: ['CNY'],
  binance: ['USDT', 'BTC'],
  coinbase: ['USD', 'ETH'],
  kraken: ['EUR', 'BTC'],
  okx: ['USDT', 'ETH'],
  paypal: ['USD', 'EUR'],
  'wechat-pay': ['CNY'],
  wise: ['GBP', 'EUR'],
};
/** Wallets whose sites speak Chinese to the user (their messages are generated in Chinese). */
const CHINESE = new Set(['alipay', 'wechat-pay', 'okx']);

const MESSAGES: Record<'en' | 'zh', Partial<Record<EventKind | NoticeKind, string[]>>> = {
  en: {
    'login.failure': ['Incorrect password. You have 4 more attempts.', 'Invalid email or password'],
    'login.challenge': ['Enter the 6-digit code from your authenticator app'],
    'withdrawal.failure': [
      'Withdrawal failed: daily limit exceeded',
      'Withdrawals are temporarily unavailable',
      'Insufficient balance',
    ],
    'withdrawal.pending': ['Your withdrawal is being processed'],
    'withdrawal.success': ['Withdrawal submitted successfully'],
    'site.error': ['HTTP 503', 'HTTP 502', 'Failed to load'],
    frozen: ['Your account has been frozen. Please contact support.'],
    kyc: ['Please verify your identity to continue'],
    maintenance: ['Scheduled maintenance: withdrawals paused'],
    limit: ['You have reached your daily withdrawal limit'],
    compliance: ['Service is restricted in your region'],
    suspicious: ['We noticed unusual activity on your account'],
    terms: ['Your account violated our terms of service'],
  },
  zh: {
    'login.failure': ['密码错误，您还有4次机会', '账号或密码错误'],
    'login.challenge': ['请输入短信验证码'],
    'withdrawal.failure': ['提现失败：超出每日限额', '系统维护中，暂停提币', '余额不足'],
    'withdrawal.pending': ['提现处理中'],
    'withdrawal.success': ['提现申请已提交'],
    'site.error': ['HTTP 503', '网络异常，请稍后重试'],
    frozen: ['您的账户已被冻结，请联系客服'],
    kyc: ['请完成实名认证'],
    maintenance: ['系统维护中，暂停提现'],
    limit: ['已超出今日提现限额'],
    compliance: ['根据监管要求，您的账户功能受限'],
    suspicious: ['检测到异常登录，请验证身份'],
    terms: ['您的账户违反了用户协议'],
  },
};
const NOTICES: NoticeKind[] = [
  'maintenance',
  'kyc',
  'limit',
  'frozen',
  'compliance',
  'suspicious',
  'terms',
];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` events in time order over `days` days up to `end`: sessions of sign-ins (some failed,
 * most with a second factor), withdrawals with amounts, destinations and outcomes, notices,
 * outages, sign-outs and the odd lookalike visit — on every kind, in English and Chinese.
 */
export function generateEvents(count: number, options: SeedOptions = {}): NewEvent[] {
  const next = random(options.seed ?? 7);
  const end = options.end ?? Date.now();
  const wallets = options.wallets ?? SEED_WALLETS;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  const destinations = new Map(
    wallets.map((w) => [
      w,
      Array.from({ length: 8 }, (_, i) => (i % 2 ? `0x${hex(40)}` : `**** ${1000 + i * 137}`)),
    ]),
  );
  const step = ((options.days ?? 400) * DAY) / Math.max(1, count);
  let at = end - (options.days ?? 400) * DAY;
  let attempt = 0;
  const out: NewEvent[] = [];
  const push = (walletId: string, kind: EventKind, extra: Partial<NewEvent> = {}) => {
    at += step * (0.2 + 1.6 * next());
    const lang = CHINESE.has(walletId) ? 'zh' : 'en';
    const phrases = MESSAGES[lang][extra.notice ?? kind];
    out.push({
      at,
      kind,
      walletId,
      origin: `https://www.${walletId}.com`,
      path: kind.startsWith('withdrawal') ? '/withdraw' : '/login',
      ...(phrases ? { message: pick(phrases) } : {}),
      ...extra,
    });
  };
  while (out.length < count) {
    const walletId = pick(wallets);
    const r = next();
    if (r < 0.45) {
      push(walletId, 'login.attempt');
      if (next() < 0.15) push(walletId, 'login.failure');
      else {
        if (next() < 0.8) push(walletId, 'login.challenge');
        push(walletId, 'login.success');
      }
    } else if (r < 0.82) {
      const attemptId = `seed-${++attempt}`;
      const currency = pick(CURRENCIES[walletId] ?? ['USD']);
      const crypto = currency === 'BTC' || currency === 'ETH';
      const amount = {
        value: crypto ? (next() * 0.5).toFixed(6) : (Math.exp(next() * 6) * 10).toFixed(2),
        currency,
      };
      const destination = pick(destinations.get(walletId) ?? ['**** 0000']);
      push(walletId, 'withdrawal.attempt', { attemptId, amount, destination });
      const o = next();
      push(
        walletId,
        o < 0.8 ? 'withdrawal.success' : o < 0.9 ? 'withdrawal.pending' : 'withdrawal.failure',
        { attemptId, amount },
      );
    } else if (r < 0.9) {
      push(walletId, 'notice', { notice: pick(NOTICES) });
    } else if (r < 0.96) {
      push(walletId, 'site.error');
    } else if (r < 0.99) {
      push(walletId, 'logout');
    } else {
      push(walletId, 'visit.lookalike', {
        origin: `https://${walletId}-verify${Math.floor(next() * 50)}.com`,
      });
    }
  }
  // The random walk ends near `end`, not on it: stretch it to end there exactly.
  const kept = out.slice(0, count);
  const start = end - (options.days ?? 400) * DAY;
  const scale = (end - start) / Math.max(1, (kept.at(-1)?.at ?? end) - start);
  for (const e of kept) e.at = Math.round(start + (e.at - start) * scale);
  return kept;
}

/**
 * Ids and hashes as the recorder would give them, continuing after `previousHash` / `lastId`.
 * Hashes with Node's synchronous SHA-256 over the product's canonical content (100,000 awaits
 * of WebCrypto take seconds); the first record is checked against the product's `chainHash`
 * so the two cannot drift apart.
 */
export async function chainEvents(
  records: readonly NewEvent[],
  previousHash = GENESIS_HASH,
  lastId = 0,
): Promise<StoredEvent[]> {
  let head = previousHash;
  const out = records.map((record, i) => {
    const hash = createHash('sha256')
      .update(head + canonicalJson(hashedContent(record)))
      .digest('hex');
    head = hash;
    return { ...record, id: lastId + i + 1, hash };
  });
  const first = out[0];
  if (first && first.hash !== (await chainHash(previousHash, records[0] as NewEvent))) {
    throw new Error('seed: chain hashing no longer matches src/storage/chain.ts');
  }
  return out;
}

/**
 * Waits until the product has made the database (Dexie, with its schema). An extension page
 * need not have made it by the time it has loaded: the popup paints from its saved view and
 * opens the database after that, and the worker opens it on its first task.
 */
async function waitForDatabase(page: Page): Promise<void> {
  await page
    .waitForFunction(
      async (name) => (await indexedDB.databases()).some((d) => d.name === name),
      DB_NAME,
      { timeout: 15_000 },
    )
    .catch(() => {
      throw new Error(`seed: ${DB_NAME} does not exist yet; open an extension page first`);
    });
}

/** The newest stored event's id and hash (0 and the genesis hash for an empty table). */
export async function storedHead(page: Page): Promise<{ lastId: number; hash: string }> {
  await waitForDatabase(page);
  return page.evaluate(
    ({ dbName, store, genesis }) =>
      new Promise<{ lastId: number; hash: string }>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error(`seed: cannot open ${dbName}: ${open.error}`));
        open.onsuccess = () => {
          const db = open.result;
          const cursor = db.transaction(store).objectStore(store).openCursor(null, 'prev');
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const last = cursor.result?.value as { id: number; hash: string } | undefined;
            db.close();
            resolve(last ? { lastId: last.id, hash: last.hash } : { lastId: 0, hash: genesis });
          };
        };
      }),
    { dbName: DB_NAME, store: EVENTS_STORE, genesis: GENESIS_HASH },
  );
}

/**
 * `put`s records into one object store of `wallet-sentinel`, `batchSize` per transaction. The
 * batch travels as one JSON string: Playwright serialises an argument object by object, which
 * costs more than the writes.
 */
export async function putRecords(
  page: Page,
  store: string,
  records: readonly unknown[],
  batchSize = 5_000,
): Promise<void> {
  await waitForDatabase(page);
  for (let i = 0; i < records.length; i += batchSize) {
    await page.evaluate(
      ({ dbName, store, json }) =>
        new Promise<void>((resolve, reject) => {
          const batch = JSON.parse(json) as unknown[];
          const open = indexedDB.open(dbName);
          // Never create the database: the product's schema (Dexie) must have made it.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () =>
            reject(new Error(`seed: ${dbName} does not exist yet; open an extension page first`));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
            const target = tx.objectStore(store);
            for (const record of batch) target.put(record);
            tx.oncomplete = () => {
              db.close();
              // As every write through the product's openDb() does (src/storage/view-stamp.ts):
              // views saved before this write are stale now.
              const stamp = { viewStamp: `seeded-${Date.now()}-${Math.random()}` };
              void chrome.storage.session.set(stamp).then(() => resolve(), reject);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { dbName: DB_NAME, store, json: JSON.stringify(records.slice(i, i + batchSize)) },
    );
  }
}

/**
 * Generates `count` events (plus `options.append`), chains them after what is stored and writes
 * them. Returns the stored records, oldest first, so a test can compute what it expects.
 */
export async function seedEvents(
  page: Page,
  count: number,
  options: SeedOptions = {},
): Promise<StoredEvent[]> {
  const head = await storedHead(page);
  const records = [...generateEvents(count, options), ...(options.append ?? [])];
  const stored = await chainEvents(records, head.hash, head.lastId);
  await putRecords(page, EVENTS_STORE, stored, options.batchSize);
  return stored;
}

/** Writes findings as given (`put`: same id replaces), e.g. one listing seeded event ids. */
export async function seedFindings(page: Page, findings: readonly Finding[]): Promise<void> {
  await putRecords(page, 'findings', findings);
}
