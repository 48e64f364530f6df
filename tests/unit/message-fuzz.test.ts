// Issue 8, "forged events": the worker's door fed 10,000 generated hostile messages — random JSON
// values, valid messages with one field broken or added, oversize strings, prototype tricks,
// and valid messages from senders that are not allowed to speak. Nothing is stored, nothing
// throws, and every rejection is counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleContentMessage } from '../../src/background/handle-content-message';
import type { SenderInfo } from '../../src/background/sender';
import { doorDeps, tabSender } from './helpers/door';

const okSender = tabSender('https://www.okx.com/account/login', 9);
const valid = {
  type: 'observe',
  kind: 'withdrawal.attempt',
  path: '/balance/withdrawal',
  deliveryId: 'deadbeef-0001',
  attemptId: 'f00dfeed-0001',
  amount: { value: '150.25', currency: 'USDC' },
  destination: '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM',
  message: 'ok',
};

const hostileString = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '\u202egnp.exe',
    '/signin?token=secret',
    '//evil.example/',
    'x'.repeat(70_000),
  ),
);

const notString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);
const tooLong = (min: number) => fc.string({ minLength: min, maxLength: min + 300 });
const set = (field: string) => (value: unknown) => {
  const message: Record<string, unknown> = { ...valid };
  // defineProperty: `__proto__` becomes an own field, as JSON.parse would make it.
  Object.defineProperty(message, field, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return message;
};

/** A valid message with one field made certainly invalid, or a field added that no message has. */
const brokenMessage = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('walletId', 'origin', 'hash', 'id', 'at', 'tabId', '__proto__'),
      fc.anything(),
    )
    .map(([field, value]) => set(field)(value)),
  fc
    .oneof(
      notString,
      fc.string().filter((v) => v !== 'observe' && v !== 'pending-attempt'),
    )
    .map(set('type')),
  fc
    .oneof(notString, hostileString, fc.constantFrom('site.error', 'visit.lookalike'))
    .map(set('kind')),
  fc
    .oneof(
      notString,
      fc.string().filter((v) => !v.startsWith('/') || /[?#]/.test(v)),
      tooLong(600),
    )
    .map(set('path')),
  fc.oneof(notString, tooLong(201), fc.constant('ok \u202e gnp.exe')).map(set('message')),
  fc.oneof(notString, tooLong(300)).map(set('destination')),
  fc.oneof(notString, fc.constantFrom('', '../../x', 'a b', 'x'.repeat(200))).map(set('attemptId')),
  fc
    .oneof(notString, fc.constantFrom('', '../../x', 'a b', '<b>', 'x'.repeat(65)))
    .map(set('deliveryId')),
  fc
    .oneof(
      notString,
      fc.record({
        value: fc.constantFrom('1,5', '-3', 'NaN', '1e9', ''),
        currency: fc.constant('USD'),
      }),
      fc.record({
        value: fc.constant('1'),
        currency: fc.constantFrom('', 'us dollar', '<b>', 'X'.repeat(40)),
      }),
    )
    .map(set('amount')),
);

const randomValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ type: hostileString, kind: hostileString, path: hostileString }),
);

/** A valid message from someone the door must refuse. */
const forbiddenSender = fc.constantFrom<SenderInfo>(
  { ...okSender, id: 'another-extension-id-aaaaaaaaaaaaa' },
  { ...okSender, frameId: 3 },
  { ...okSender, tab: undefined },
  {
    ...okSender,
    url: 'https://www.okx.com.evil.example/login',
    origin: 'https://www.okx.com.evil.example',
  },
  { ...okSender, url: 'http://www.okx.com/login', origin: 'http://www.okx.com' },
  { ...okSender, origin: 'https://attacker.example' },
  { ...okSender, url: 'https://evil.example/', origin: 'https://evil.example' },
);

describe('the worker door under 10,000 hostile messages', () => {
  it('stores none of them and never throws', async () => {
    const { deps } = doorDeps(Date.UTC(2026, 10, 25));
    let sent = 0;
    const run = async (message: unknown, sender: SenderInfo) => {
      sent += 1;
      const reply = await handleContentMessage(message, sender as never, deps);
      expect(reply).toMatchObject({ ok: false });
    };
    await fc.assert(
      fc.asyncProperty(brokenMessage, (m) => run(m, okSender)),
      { numRuns: 4_000, seed: 1 },
    );
    await fc.assert(
      fc.asyncProperty(randomValue, (m) => run(m, okSender)),
      { numRuns: 4_000, seed: 2 },
    );
    await fc.assert(
      fc.asyncProperty(forbiddenSender, (s) => run({ ...valid }, s)),
      { numRuns: 2_000, seed: 3 },
    );
    expect(sent).toBe(10_000);
    expect(await deps.db.events.count()).toBe(0);
    await deps.rejections.flushNow();
    expect((await deps.rejections.read()).total).toBe(10_000);
    // The same valid message from the right sender is stored: the door is not simply shut.
    expect(await handleContentMessage({ ...valid }, okSender as never, deps)).toMatchObject({
      ok: true,
    });
    expect(await deps.db.events.count()).toBe(1);
  }, 120_000);
});
