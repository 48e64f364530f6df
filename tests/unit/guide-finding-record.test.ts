import { describe, expect, it } from 'vitest';
import { coerceFinding, walletHelp } from '../../src/ui/guide/finding-record';

const GOOD = {
  id: 'withdrawal-limit-daily:binance:2026-11-05:site',
  ruleId: 'withdrawal-limit-daily',
  walletId: 'binance',
  severity: 'warning',
  cause: 'limits',
  at: 1_793_000_000_000,
  eventIds: [1, 2],
  guide: 'cause-limits',
  status: 'acknowledged',
  params: { source: 'site', count: 2 },
};

describe('coerceFinding', () => {
  it('keeps a well-formed row as it is', () => {
    expect(coerceFinding(GOOD)).toEqual(GOOD);
  });

  it.each([undefined, null, 'x', 42, [], { ...GOOD, id: 7 }])('no id, no finding: %j', (raw) => {
    expect(coerceFinding(raw)).toBeUndefined();
  });

  it('turns wrong types into neutral values instead of throwing later', () => {
    const finding = coerceFinding({
      id: 'f',
      ruleId: 3,
      walletId: { evil: true },
      severity: 'apocalyptic',
      cause: null,
      at: 'yesterday',
      eventIds: [1, 'two', 3],
      guide: ['cause-limits'],
      status: 'deleted',
      params: { ok: 'yes', n: 1, nested: { a: 1 }, list: [1] },
    })!;
    expect(finding).toEqual({
      id: 'f',
      ruleId: '',
      walletId: '',
      severity: 'warning',
      cause: 'technical',
      at: Number.NaN,
      eventIds: [1, 3],
      guide: '',
      status: 'open',
      params: { ok: 'yes', n: 1 },
    });
    expect(coerceFinding({ id: 'g', at: Infinity })!.at).toBeNaN();
  });
});

describe('walletHelp', () => {
  it('catalog wallets bring their help and contact links', () => {
    const help = walletHelp('binance');
    expect(help.kind).toBe('catalog');
    expect(help.kind === 'catalog' && help.wallet.help).toMatch(/^https:\/\//);
  });

  it.each([
    ['custom:https://evil.example', 'https://evil.example'],
    ['custom:https://evil.example/<img src=x>', 'https://evil.example'],
    ['custom:https://wallet.example:8443', 'https://wallet.example:8443'],
    ['custom:not a url', 'not a url'],
    ['custom:javascript:alert(1)', 'javascript:alert(1)'],
  ])('custom site %s shows its origin %s as text', (id, origin) => {
    expect(walletHelp(id)).toEqual({ kind: 'custom', origin });
  });

  it.each(['', 'nope', 'Binance', 'custom'])('unknown id %j', (id) => {
    expect(walletHelp(id)).toEqual({ kind: 'unknown' });
  });
});
