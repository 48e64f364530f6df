import { describe, expect, it } from 'vitest';
import type { NoticeKind, StoredEvent } from '../../../src/model/event-types';
import { DAY, events, findingsOf, HOUR, MIN, utc } from './events';

type E = Partial<StoredEvent> & Pick<StoredEvent, 'at' | 'kind'>;
const T0 = utc('2026-11-25T09:00');
const notice = (at: number, kind: NoticeKind): E => ({
  at,
  kind: 'notice',
  notice: kind,
  message: `${kind} notice`,
});

describe('notice rules', () => {
  it.each<[string, string, E[], number]>([
    ['account-frozen', 'one notice', [notice(T0, 'frozen')], 1],
    [
      'account-frozen',
      'daily for a month is one episode',
      Array.from({ length: 30 }, (_, i) => notice(T0 + i * DAY, 'frozen')),
      1,
    ],
    [
      'account-frozen',
      'again after 14 days + 1 h is a new episode',
      [notice(T0, 'frozen'), notice(T0 + 14 * DAY + HOUR, 'frozen')],
      2,
    ],
    [
      'account-frozen',
      'a successful withdrawal ends the episode',
      [
        notice(T0, 'frozen'),
        { at: T0 + DAY, kind: 'withdrawal.success' },
        notice(T0 + 2 * DAY, 'frozen'),
      ],
      2,
    ],
    ['account-frozen', 'suspicious activity restricts too', [notice(T0, 'suspicious')], 1],
    ['account-frozen', 'a kyc notice is not a freeze', [notice(T0, 'kyc')], 0],
    ['kyc-required', 'one notice', [notice(T0, 'kyc')], 1],
    [
      'compliance-restriction',
      'compliance and terms are one episode',
      [notice(T0, 'compliance'), notice(T0 + DAY, 'terms')],
      1,
    ],
    [
      'maintenance',
      'twice within 12 h',
      [notice(T0, 'maintenance'), notice(T0 + 12 * HOUR, 'maintenance')],
      1,
    ],
    [
      'maintenance',
      'again the next day',
      [notice(T0, 'maintenance'), notice(T0 + DAY, 'maintenance')],
      2,
    ],
    ['maintenance', 'empty history', [], 0],
  ])('%s: %s', (ruleId, _name, list, count) => {
    expect(findingsOf(ruleId, events(...list))).toHaveLength(count);
  });

  it('describes the episode', () => {
    const [f] = findingsOf(
      'account-frozen',
      events(notice(T0, 'frozen'), notice(T0 + DAY, 'frozen')),
    );
    expect(f).toMatchObject({
      id: 'account-frozen:binance:1',
      severity: 'critical',
      cause: 'security',
      guide: 'why-frozen',
      at: T0 + DAY,
      eventIds: [1, 2],
      params: {
        notice: 'frozen',
        message: 'frozen notice',
        count: 2,
        firstAt: T0,
        lastAt: T0 + DAY,
      },
    });
  });
});

describe('site-outage', () => {
  const error = (at: number): E => ({ at, kind: 'site.error', message: 'HTTP 503' });
  it.each([
    ['one error', [0], 0],
    ['2 errors', [0, 1], 0],
    ['3 errors within 15 min', [0, 5, 15], 1],
    ['3 errors over 15 min', [0, 8, 16], 0],
  ])('%s', (_name, minutes, count) => {
    expect(
      findingsOf('site-outage', events(...minutes.map((m) => error(T0 + m * MIN)))),
    ).toHaveLength(count);
  });
});

describe('lookalike-domain', () => {
  const visit = (at: number, origin: string): E => ({
    at,
    kind: 'visit.lookalike',
    origin,
    path: '/login',
  });
  it('raises one finding per host, growing with visits', () => {
    const list = events(
      visit(T0, 'https://binance-verify.com'),
      visit(T0 + DAY, 'https://binance-verify.com'),
      visit(T0 + DAY, 'https://xn--binnce-kta.com'),
    );
    const found = findingsOf('lookalike-domain', list);
    expect(found.map((f) => [f.id, f.params.reason, f.params.visits])).toEqual([
      ['lookalike-domain:binance:binance-verify.com', 'brand-plus-word', 2],
      ['lookalike-domain:binance:xn--binnce-kta.com', 'homoglyph', 1],
    ]);
    expect(found[0]).toMatchObject({
      severity: 'critical',
      guide: 'secure-account',
      params: { officialHost: 'accounts.binance.com' },
    });
  });
});
