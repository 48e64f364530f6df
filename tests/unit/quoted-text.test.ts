// Issue 19, class 2: our warnings quote a site's words without the ways to reach someone a page
// may have put in them (phone numbers, messenger ids, links, e-mail addresses); the site's
// sentence, amounts, dates and times stay.
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, StoredEvent } from '../../src/model/event-types';
import { eventsTable } from '../../src/export/report-sections';
import { findingDetail } from '../../src/wording/finding-detail';
import { setLanguage } from '../../src/wording/i18n';
import { quoteSiteText } from '../../src/wording/quoted-text';

afterEach(() => setLanguage('en'));

describe('quoteSiteText', () => {
  it.each<[string, string]>([
    [
      'Your account is frozen, call +1 888 555 0100 or Telegram @wallet_support',
      'Your account is frozen, call [removed] or [removed]',
    ],
    ['Account frozen. Call (888) 555-0100 now.', 'Account frozen. Call [removed] now.'],
    ['Account frozen. WhatsApp: +44 7700 900123', 'Account frozen. [removed]'],
    ['Contact t.me/wallet_help to unlock', 'Contact [removed] to unlock'],
    ['Verify at https://wallet-verify.example/login?id=1 today', 'Verify at [removed] today'],
    ['Verify at hxxps://evil.example today', 'Verify at [removed] today'],
    ['Verify at www.Wallet-Verify.com today', 'Verify at [removed] today'],
    ['Write to unlock@wallet-help.example.', 'Write to [removed].'],
    ['Write to unlock (at) wallet-help (dot) example', 'Write to [removed]'],
    ['Skype: wallet.support.desk', '[removed]'],
    ['LINE ID: abc123', '[removed]'],
    ['Signal 2025_helpdesk', '[removed]'],
    ['Telegram @a_b_c / WhatsApp +1 888 555 0100', '[removed]'],
    // The site's own words, amounts, dates, times and codes stay.
    ['Your account has been temporarily blocked.', 'Your account has been temporarily blocked.'],
    [
      'Scheduled maintenance: withdrawals are paused until 14:00 UTC on 2026-05-01.',
      'Scheduled maintenance: withdrawals are paused until 14:00 UTC on 2026-05-01.',
    ],
    ['Daily limit of 1 000 000 RUB exceeded', 'Daily limit of 1 000 000 RUB exceeded'],
    ['Limit 1000000 CNY, used 0.00012345 BTC', 'Limit 1000000 CNY, used 0.00012345 BTC'],
    ['Error on line 3 of the form', 'Error on line 3 of the form'],
    ['Please go online to verify.', 'Please go online to verify.'],
    ['HTTP 502', 'HTTP 502'],
    ['net::ERR_CONNECTION_REFUSED', 'net::ERR_CONNECTION_REFUSED'],
    ['Account frozen.Please contact support.', 'Account frozen.Please contact support.'],
    ['Withdrawal ID 8812 failed (code 1002).', 'Withdrawal ID 8812 failed (code 1002).'],
  ])('%s', (text, shown) => {
    expect(quoteSiteText(text)).toBe(shown);
  });

  it.each<[string, string]>([
    ['您的账户已被冻结，请联系客服电话 400-800-1234', '您的账户已被冻结，请联系客服电话 [已移除]'],
    ['账户已冻结，请加微信 kefu8888 处理', '账户已冻结，请加[已移除] 处理'],
    ['账户异常，请加微信：kefu_vip', '账户异常，请加[已移除]'],
    ['联系QQ号：12345678', '联系[已移除]'],
    ['请联系客服 13800138000', '请联系客服 [已移除]'],
    ['请加飞机 @wallet_cs 解冻', '请加[已移除] 解冻'],
    ['访问 wallet-help.cn 完成认证', '访问 [已移除] 完成认证'],
    ['系统维护中，预计2小时后恢复', '系统维护中，预计2小时后恢复'],
    ['单日提现额度 50,000 CNY 已用完', '单日提现额度 50,000 CNY 已用完'],
  ])('zh: %s', (text, shown) => {
    setLanguage('zh_CN');
    expect(quoteSiteText(text)).toBe(shown);
  });
});

describe('finding sentences quote the cleaned words', () => {
  const base: Omit<Finding, 'ruleId' | 'params'> = {
    id: 'f',
    walletId: 'binance',
    severity: 'critical',
    cause: 'security',
    at: Date.UTC(2026, 4, 1),
    eventIds: [1],
    guide: 'why-frozen',
    status: 'open',
  };
  it('account-frozen: no phone number or handle in the popup card', () => {
    const detail = findingDetail({
      ...base,
      ruleId: 'account-frozen',
      params: {
        message: 'Your account is frozen, call +1 888 555 0100 or Telegram @wallet_support',
        count: 1,
        firstAt: Date.UTC(2026, 4, 1),
      },
    });
    expect(detail).toContain('Your account is frozen, call [removed] or [removed]');
    expect(detail).not.toMatch(/888|wallet_support|Telegram/);
  });
  it('withdrawal-limit-daily (the site said so): no link', () => {
    const detail = findingDetail({
      ...base,
      ruleId: 'withdrawal-limit-daily',
      params: {
        source: 'site',
        message: 'Daily limit reached, raise it at limits-up.example/now',
        resetsAt: Date.UTC(2026, 4, 2),
        timeZone: 'UTC',
      },
    });
    expect(detail).toContain('Daily limit reached, raise it at [removed]');
    expect(detail).not.toContain('limits-up');
  });
});

describe('the printable report', () => {
  it("quotes an event's message without its contacts", () => {
    const event: StoredEvent = {
      id: 1,
      at: Date.UTC(2026, 4, 1),
      kind: 'notice',
      walletId: 'kucoin',
      origin: 'https://www.kucoin.com',
      path: '/en/account-status',
      notice: 'frozen',
      message: 'Account frozen. Call +1 888 555 0100 or Telegram @wallet_support',
      hash: 'a'.repeat(64),
    };
    const table = eventsTable([event], 1, 'events.json').toString();
    expect(table).toContain('Account frozen. Call [removed] or [removed]');
    expect(table).not.toMatch(/888|wallet_support/);
  });
});
