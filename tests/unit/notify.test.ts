// Which new findings notify by default (issue 15): critical ones, reminders, and going over a
// limit the person set themselves (they asked for that limit, as with a bank's alerts); not
// the site's own limit notice, not other warnings. Each switch in Options turns its part off.
import type { Browser } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { notifyCritical } from '../../src/background/notify';
import type { Finding } from '../../src/model/event-types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings';

const finding = (
  ruleId: string,
  severity: Finding['severity'],
  params: Finding['params'] = {},
): Finding => ({
  id: `${ruleId}:alipay:1`,
  ruleId,
  walletId: 'alipay',
  severity,
  cause: 'limits',
  at: 0,
  eventIds: [],
  guide: 'cause-limits',
  status: 'open',
  params,
});

async function notified(created: Finding[], settings: Settings = DEFAULT_SETTINGS) {
  const titles: string[] = [];
  const api = {
    notifications: {
      create: async (_id: string, options: { title: string }) => {
        titles.push(options.title);
        return _id;
      },
    },
    i18n: { getUILanguage: () => 'en-US' },
    runtime: { getURL: (p: string) => `chrome-extension://x/${p}` },
  } as unknown as Browser;
  await notifyCritical(api, created, settings, (e) => {
    throw e;
  });
  return titles;
}

const OWN_DAILY = finding('withdrawal-limit-daily', 'warning', { used: '1000', limit: '800' });
const OWN_MONTHLY = finding('withdrawal-limit-monthly', 'warning', { used: '9000' });
const SITE_DAILY = finding('withdrawal-limit-daily', 'warning', { source: 'site', message: 'x' });

describe('notifications by default', () => {
  it.each([
    ['over my own daily limit', OWN_DAILY, ['Daily withdrawal limit exceeded']],
    ['over my own monthly limit', OWN_MONTHLY, ['Monthly withdrawal limit exceeded']],
    ['the site says its limit was hit', SITE_DAILY, []],
    ['a warning', finding('failed-login-burst', 'warning'), []],
    ['a critical finding', finding('account-frozen', 'critical'), ['Account frozen or restricted']],
    ['a reminder', finding('case-overdue', 'warning'), ['Recovery case overdue']],
    ['a note', finding('withdrawal-limit-near', 'info'), []],
  ])('%s', async (_, created, titles) => {
    expect(await notified([created])).toEqual(titles);
  });

  it('the limits switch turns the overrun notification off; the warning switch still covers it', async () => {
    const off = { ...DEFAULT_SETTINGS.notifications, limits: false };
    expect(await notified([OWN_DAILY], { ...DEFAULT_SETTINGS, notifications: off })).toEqual([]);
    const warnings = { ...off, warning: true };
    expect(
      await notified([OWN_DAILY], { ...DEFAULT_SETTINGS, notifications: warnings }),
    ).toHaveLength(1);
  });
});
