import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, type EventKind } from '../../src/model/event-types';
import {
  EMPTY_VIEW,
  parseView,
  RANGE_PRESETS,
  serializeView,
  viewToFilter,
  type LogView,
} from '../../src/views/log-view';

const day = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const view: fc.Arbitrary<LogView> = fc
  .record({
    wallets: fc.uniqueArray(
      fc.oneof(
        fc.constantFrom('binance', 'okx', 'wechat-pay', 'paypal'),
        fc.constant('custom:https://wallet.example:8443'),
      ),
      { maxLength: 4 },
    ),
    kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS), { maxLength: 4 }),
    span: fc.oneof(
      fc.constant({}),
      fc.constantFrom(...RANGE_PRESETS).map((range) => ({ range })),
      fc.tuple(fc.option(day), fc.option(day)).map(([a, b]) => {
        const [from, to] = a && b && a > b ? [b, a] : [a, b];
        return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      }),
    ),
    q: fc.string({ maxLength: 200, unit: 'grapheme' }),
    open: fc.boolean(),
  })
  .map(({ span, ...rest }) => ({ ...rest, ...span }) as LogView);

describe('log view in the URL', () => {
  it('round-trips every view through the query string', () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(parseView(serializeView(v))).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a readable, stable query string', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
    expect(
      serializeView({
        wallets: ['okx', 'binance'],
        kinds: ['login.failure'],
        range: '7d',
        q: '提现 失败',
        open: true,
      }),
    ).toBe(
      '?wallet=okx&wallet=binance&kind=login.failure&range=7d&q=%E6%8F%90%E7%8E%B0+%E5%A4%B1%E8%B4%A5&open=1',
    );
  });

  it.each([
    ['?wallet=<script>&wallet=../x&wallet=BINANCE&wallet=okx', { wallets: ['okx'] }],
    ['?kind=login.failure&kind=drop.tables&kind=login.failure', { kinds: ['login.failure'] }],
    ['?from=2026-02-30&to=2026-13-01', {}],
    ['?from=2026-03-09&to=2026-03-01', { from: '2026-03-01', to: '2026-03-09' }],
    ['?range=yesterday&from=2026-01-01', { from: '2026-01-01' }],
    ['?range=today&from=2026-01-01', { range: 'today' }],
    ['?open=yes', {}],
    ['?q=%E0%A4%A', { q: '\uFFFD%A' }],
    ['wallet=okx', { wallets: ['okx'] }],
    ['?&&==&wallet', {}],
    ['?from=0001-01-01&to=1969-12-31', {}],
  ])('ignores garbage in %s', (search, expected) => {
    expect(parseView(search)).toEqual({ ...EMPTY_VIEW, ...expected });
  });

  it('never throws and always reads back what it writes, whatever the URL', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const parsed = parseView(search);
        expect(parseView(serializeView(parsed))).toEqual(parsed);
        expect(parsed.kinds.every((k) => (EVENT_KINDS as readonly string[]).includes(k))).toBe(
          true,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps at most 200 characters of text', () => {
    expect(parseView(`?q=${'a'.repeat(5000)}`).q).toBe('a'.repeat(200));
  });

  it('keeps at most 50 wallets', () => {
    const search = Array.from({ length: 80 }, (_, i) => `wallet=w${i}`).join('&');
    expect(parseView(search).wallets).toHaveLength(50);
  });
});

describe('viewToFilter', () => {
  // 2026-03-15 10:00 in Shanghai (UTC+8).
  const now = Date.UTC(2026, 2, 15, 2);
  const zone = 'Asia/Shanghai';
  const at = (iso: string) => new Date(iso).getTime();

  it('turns presets into calendar spans of the user zone', () => {
    expect(viewToFilter({ ...EMPTY_VIEW, range: 'today' }, now, zone)).toEqual({
      from: at('2026-03-14T16:00:00Z'),
      to: at('2026-03-15T16:00:00Z'),
    });
    expect(viewToFilter({ ...EMPTY_VIEW, range: '7d' }, now, zone)).toEqual({
      from: at('2026-03-08T16:00:00Z'),
      to: at('2026-03-15T16:00:00Z'),
    });
    expect(viewToFilter({ ...EMPTY_VIEW, range: 'month' }, now, zone)).toEqual({
      from: at('2026-02-28T16:00:00Z'),
      to: at('2026-03-31T16:00:00Z'),
    });
  });

  it('includes both days of a custom range, across a DST change', () => {
    expect(
      viewToFilter(
        { ...EMPTY_VIEW, from: '2026-03-07', to: '2026-03-08' },
        now,
        'America/New_York',
      ),
    ).toEqual({ from: at('2026-03-07T05:00:00Z'), to: at('2026-03-09T04:00:00Z') });
    expect(viewToFilter({ ...EMPTY_VIEW, to: '2026-01-01' }, now, 'UTC')).toEqual({
      to: at('2026-01-02T00:00:00Z'),
    });
  });

  it('passes wallets, kinds, trimmed text and open findings; leaves empty ones out', () => {
    const kinds: EventKind[] = ['notice'];
    expect(
      viewToFilter({ wallets: ['okx'], kinds, q: '  frozen ', open: true }, now, zone),
    ).toEqual({ walletIds: ['okx'], kinds, text: 'frozen', openFindingsOnly: true });
    expect(viewToFilter({ ...EMPTY_VIEW, q: '   ' }, now, zone)).toEqual({});
  });
});
