import { describe, expect, it } from 'vitest';
import { WALLETS } from '../../src/catalog';
import { groupWallets, matchesQuery } from '../../src/ui/options/wallet-groups';

describe('watched wallets list', () => {
  it('groups every catalog wallet once, payment services first, by main region', () => {
    const groups = groupWallets('', 'en');
    expect(groups.flatMap((g) => g.wallets).length).toBe(WALLETS.length);
    expect(groups[0]).toMatchObject({ kind: 'payment', region: 'cn' });
    const kinds = groups.map((g) => g.kind);
    expect(kinds.lastIndexOf('payment')).toBeLessThan(kinds.indexOf('exchange'));
    const cn = groups[0]!.wallets.map((w) => w.id);
    expect(cn).toContain('alipay');
  });

  it.each([
    ['pay', ['alipay', 'jd-pay', 'paypal', 'payoneer', 'wechat-pay']],
    ['支付宝', ['alipay']],
    ['ＰａｙＰａｌ', ['paypal']],
    ['accounts.binance.com', ['binance']],
    ['nothing-like-this', []],
  ])('finds %j by name in either language, id or host', (query, ids) => {
    const found = WALLETS.filter((w) => matchesQuery(w, query)).map((w) => w.id);
    for (const id of ids) expect(found).toContain(id);
    if (ids.length === 0) expect(found).toEqual([]);
    expect(groupWallets(query, 'zh_CN').flatMap((g) => g.wallets).length).toBe(found.length);
  });
});
