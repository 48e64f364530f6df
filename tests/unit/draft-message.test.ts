import { describe, expect, it } from 'vitest';
import { draftMessage, quoteForMessage, type DraftFacts } from '../../src/wording/draft-message';

const T0 = Date.UTC(2026, 11, 3, 6, 30); // 14:30 in Shanghai
const facts: DraftFacts = {
  walletId: 'alipay',
  blocked: 'withdrawal of 5,000 CNY held',
  firstAt: T0,
  ticket: 'CS-0042',
  amounts: [{ value: '5000', currency: 'CNY' }],
  records: [
    {
      at: T0,
      kind: 'withdrawal.attempt',
      amount: { value: '5000', currency: 'CNY' },
      destination: '****8842',
    },
    {
      at: T0 + 60_000,
      kind: 'withdrawal.failure',
      amount: { value: '5000', currency: 'CNY' },
      message:
        '账户存在风险，提现已暂停。请联系客服 400-123-4567 或加微信 @kefu_888 http://evil.example/x',
    },
    { at: T0 + 120_000, kind: 'notice', message: '您的账户已被冻结' },
  ],
  chainHead: 'a'.repeat(64),
  timeZone: 'Asia/Shanghai',
};

describe('messages written for the person', () => {
  it('fills a support request with the wallet, the date, the amount, the ticket and the records', () => {
    const { subject, body } = draftMessage('support', 'en', facts);
    expect(subject).toBe(
      'Alipay: withdrawal of 5,000 CNY held — request for the reason and the next step',
    );
    expect(body).toContain('Since Dec 3, 2026 my Alipay account');
    expect(body).toContain('Amount involved: 5,000 CNY');
    expect(body).toContain('Ticket number: CS-0042');
    expect(body).toContain('- Dec 3, 2026, 14:30: withdrawal of 5,000 CNY to ****8842');
    expect(body).toContain('failed');
    expect(body).toContain('"您的账户已被冻结"');
  });

  it('writes Chinese as people write it: 元, 您, the wallet name in Chinese', () => {
    const { body } = draftMessage('appeal', 'zh_CN', {
      ...facts,
      appealAt: T0,
      deadline: Date.UTC(2026, 11, 17, 16),
    });
    expect(body).toContain('我对支付宝账户自2026年12月3日起受到的限制');
    expect(body).toContain('涉及金额：5,000 元');
    expect(body).toContain('我将于2026年12月17日跟进');
    expect(body).not.toMatch(/你/);
  });

  it('names the regulator and the chain head in the regulator letter', () => {
    const { body } = draftMessage('regulator', 'en', {
      ...facts,
      regulator: "People's Bank of China (PBOC)",
    });
    expect(body.startsWith("To People's Bank of China (PBOC),")).toBe(true);
    expect(body).toContain(`compare the chain head with ${'a'.repeat(64)}`);
  });

  it('never passes on a phone number, a messenger handle or a link from the site’s words', () => {
    const { body } = draftMessage('support', 'zh_CN', facts);
    expect(body).toContain('账户存在风险，提现已暂停。');
    expect(body).not.toMatch(/400-123-4567|@kefu_888|evil\.example/);
    expect(quoteForMessage('Call +1 (888) 555-0100 or t.me/help now')).not.toMatch(/555|t\.me/);
    expect(quoteForMessage('请加微信 kefu_8888 处理')).not.toContain('kefu_8888');
    expect(quoteForMessage('x'.repeat(500)).length).toBeLessThanOrEqual(201);
  });

  it('leaves no empty placeholder and says so when nothing was recorded', () => {
    const { body } = draftMessage('support', 'en', {
      ...facts,
      records: [],
      amounts: [],
      ticket: '',
    });
    expect(body).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(body).toContain('(nothing recorded on this device for the period)');
    expect(body).not.toContain('Ticket number');
  });
});
