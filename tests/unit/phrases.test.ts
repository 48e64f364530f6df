import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as phrases from '../../src/content/phrases';
import { DETECTORS } from '../../src/content/detectors';
import { SIGN_OUT_LABELS } from '../../src/content/detectors/sign-out';
import { classifyNotice } from '../../src/content/detectors/notice';
import { classifyOutcome } from '../../src/content/detectors/withdrawal-outcome';
import * as noticePhrases from '../../src/content/notice-phrases';

const { NOTICE_PHRASES } = noticePhrases;
import * as withdrawalPhrases from '../../src/content/withdrawal-phrases';

const noticeTables = Object.fromEntries(
  Object.entries(NOTICE_PHRASES).map(([kind, list]) => [`NOTICE_PHRASES.${kind}`, list]),
);
const tables = (
  Object.entries({
    ...phrases,
    ...withdrawalPhrases,
    ...noticePhrases,
    ...noticeTables,
    SIGN_OUT_LABELS,
  }) as Array<[string, unknown]>
).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

describe('phrase tables', () => {
  it.each(tables)('%s is sorted, unique and normalised', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect([...list]).toEqual([...new Set(list)].sort());
    for (const phrase of list) expect(phrases.normalize(phrase)).toBe(phrase);
  });

  it.each([
    ['Log In', phrases.SIGN_IN_ACTIONS, true],
    ['登 录', phrases.SIGN_IN_ACTIONS, true],
    ['Some of your info isn’t correct. Please try again.', phrases.FAILURE, true],
    ['账号或密码错误', phrases.FAILURE, true],
    ['Incorrect password. You have 4 more attempts.', phrases.FAILURE, true],
    ['Welcome back', phrases.FAILURE, false],
    ['请输入6位短信验证码', phrases.CHALLENGE, true],
    ['Enter the 6-digit code from your authenticator app', phrases.CHALLENGE, true],
    ['Create account', phrases.SIGN_UP, true],
    ['Log in', phrases.SIGN_UP, false],
  ])('classifies %s', (text, list, expected) => {
    expect(phrases.matchesAny(text, list as readonly string[])).toBe(expected);
  });
});

describe('detector registry', () => {
  const files = readdirSync(new URL('../../src/content/detectors/', import.meta.url))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('-outcome.ts'))
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every detector file once, under its file name', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.sort());
  });
});

describe('notice classification', () => {
  it.each([
    ['Your account has been frozen. Please contact support.', 'frozen'],
    ['您的账户已被冻结，请联系客服', 'frozen'],
    ['Frozen 0.00 USDT', undefined],
    ['冻结 0.00', undefined],
    ['Please verify your identity to continue withdrawing.', 'kyc'],
    ['请先完成实名认证', 'kyc'],
    ['System maintenance in progress: withdrawals paused until 14:00 UTC', 'maintenance'],
    ['系统维护中，预计2小时后恢复', 'maintenance'],
    ['The amount exceeds your daily withdrawal limit.', 'limit'],
    ['超出单日限额', 'limit'],
    ['This service is not available in your region.', 'compliance'],
    ['We noticed unusual activity on your account.', 'suspicious'],
    ['检测到异常登录', 'suspicious'],
    ['Your account was restricted for a violation of our Terms of Use.', 'terms'],
    ['违反服务条款', 'terms'],
    ['What to do if your account is frozen?', undefined],
    ['How do I complete KYC?', undefined],
    ['Daily withdrawal limit: 8,000,000 USDT', undefined],
    ['お客様のアカウントは凍結されています', 'frozen'],
    ['시스템 점검 중입니다', 'maintenance'],
    ['Tu cuenta congelada temporalmente', 'frozen'],
  ])('%s', (text, kind) => {
    expect(classifyNotice(text)).toBe(kind);
  });
});

describe('withdrawal outcome classification', () => {
  it.each([
    ['Withdrawal submitted successfully', 'withdrawal.success'],
    ['提现成功', 'withdrawal.success'],
    ["You've sent $50.00 USD", 'withdrawal.success'],
    ['Withdrawal request submitted. It is now under review.', 'withdrawal.pending'],
    ['提现申请审核中', 'withdrawal.pending'],
    ['Processing', 'withdrawal.pending'],
    ['Amount exceeds your daily withdrawal limit', 'withdrawal.failure'],
    ['提现失败：余额不足', 'withdrawal.failure'],
    ['Withdraw USDT', undefined],
    ['Verification code sent successfully', undefined],
    ['验证码发送成功', undefined],
    ['We have sent a code to j***@gmail.com', undefined],
    ['Withdrawal failed: incorrect verification code', 'withdrawal.failure'],
    ['Network fee 1 USDT', undefined],
  ])('%s', (text, kind) => {
    expect(classifyOutcome(text)).toBe(kind);
  });
});
