import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEvidencePack } from '../../src/export/evidence-pack';
import { escapeHtml, html } from '../../src/export/html-escape';
import { REPORT_CSP, REPORT_CSS } from '../../src/export/report-html';
import { verifyExport } from '../../src/export/verify';
import type { RecoveryCase } from '../../src/model/case-types';
import type { Finding, NewEvent } from '../../src/model/event-types';
import { appendEvents, chainHead } from '../../src/storage/events';
import { setLanguage } from '../../src/wording/i18n';
import { memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 24, 10, 0, 0);
const XSS = '<img src=x onerror=alert(1)>';
const binance = {
  walletId: 'binance',
  origin: 'https://www.binance.com',
  path: '/en/my/wallet/withdraw',
};

async function seeded() {
  const db = memoryDb();
  const events: NewEvent[] = [
    {
      ...binance,
      at: T0,
      kind: 'withdrawal.attempt',
      amount: { value: '2500', currency: 'USDT' },
      destination: XSS,
    },
    { ...binance, at: T0 + 60_000, kind: 'withdrawal.failure', message: XSS },
    {
      ...binance,
      at: T0 + 120_000,
      kind: 'notice',
      notice: 'frozen',
      message: '</td></tr></table><script>alert(1)</script>',
    },
    {
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      path: '/signin',
      at: T0,
      kind: 'login.attempt',
    },
  ];
  const stored = await appendEvents(db, events);
  const finding = (id: string, walletId: string, eventIds: number[]): Finding => ({
    id,
    ruleId: 'account-frozen',
    walletId,
    severity: 'critical',
    cause: 'security',
    at: T0 + 120_000,
    eventIds,
    guide: 'why-frozen',
    status: 'open',
    params: { message: XSS, count: 1, since: T0 },
  });
  await db.findings.bulkAdd([
    finding('frozen-binance', 'binance', [stored[2]!.id]),
    finding('frozen-paypal', 'paypal', [stored[3]!.id]),
  ]);
  const recovery: Omit<RecoveryCase, 'id'> = {
    walletId: 'binance',
    blocked: `withdrawal ${XSS}`,
    channel: 'ticket',
    ticket: '"><svg onload=alert(1)>',
    status: 'support-contacted',
    openedAt: T0,
    updatedAt: T0,
    history: [],
    log: [
      {
        at: T0 + 3_600_000,
        channel: 'email',
        who: 'support',
        text: `Dear user ${XSS}\nWe are reviewing.`,
        attachments: ['freeze.png'],
      },
      { at: T0 + 7_200_000, channel: 'chat', who: 'me', text: 'y'.repeat(9000), attachments: [] },
    ],
  };
  await db.cases.add(structuredClone(recovery) as RecoveryCase);
  await db.cases.add({ ...recovery, walletId: 'okx' } as RecoveryCase);
  return { db, stored };
}

describe('escapeHtml', () => {
  it.each([
    [XSS, '&lt;img src=x onerror=alert(1)&gt;'],
    [`"'&`, '&quot;&#39;&amp;'],
    ['冻结', '冻结'],
    [undefined, ''],
    [42, '42'],
  ])('%j → %s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('the html`` template escapes every value, nested fragments once', () => {
    const inner = html`<b>${XSS}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${[html`<i>${'<'}</i>`]}</p>`.text).toBe(
      '<p title="&quot;x&quot;"><b>&lt;img src=x onerror=alert(1)&gt;</b><i>&lt;</i></p>',
    );
  });
});

describe('evidence pack', () => {
  async function pack(filter = { walletIds: ['binance'] }) {
    const { db, stored } = await seeded();
    const { zip, header } = await buildEvidencePack(db, filter, T0 + 86_400_000, {
      screenshots: [
        { name: 'freeze notice.png', data: new Uint8Array([137, 80, 78, 71]) },
        { name: '../../etc/passwd', data: new Uint8Array([1]) },
      ],
    });
    return { db, stored, header, files: unzipSync(zip) };
  }

  it('unzips to the events (JSON, CSV), findings, cases, the report and the screenshots', async () => {
    const { files } = await pack();
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'cases.json',
      'events.csv',
      'events.ndjson',
      'findings.json',
      'report.html',
      'screenshots/_.._etc_passwd',
      'screenshots/freeze_notice.png',
    ]);
  });

  it('starts its README with the chain head, to send apart from the pack', async () => {
    const { db, files } = await pack();
    const [first] = strFromU8(files['README.txt']!).split('\n');
    expect(first).toBe(`Chain head when this pack was made: ${await chainHead(db)}`);
  });

  it('has an events file that verifies, with the chain head', async () => {
    const { db, files } = await pack();
    const result = await verifyExport(strFromU8(files['events.ndjson']!));
    expect(result).toMatchObject({ ok: true, count: 3, head: await chainHead(db) });
    expect([...files['events.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('holds the related findings and the exported wallets’ cases with their logs', async () => {
    const { files } = await pack();
    const findings = JSON.parse(strFromU8(files['findings.json']!));
    expect(findings.findings.map((f: Finding) => f.id)).toEqual(['frozen-binance']);
    const cases = JSON.parse(strFromU8(files['cases.json']!));
    expect(cases.cases).toHaveLength(1);
    expect(cases.cases[0].log).toHaveLength(2);
  });

  it('writes a report where hostile text stays text: escaped, no script, a strict CSP', async () => {
    setLanguage('en');
    const { db, files } = await pack();
    const report = strFromU8(files['report.html']!);
    expect(report).not.toMatch(/<script/i);
    expect(report).not.toContain(XSS);
    expect(report).not.toMatch(/<img|<svg|onerror=alert\(1\)>/i);
    expect(report).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(report).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;');
    expect(report).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(report).toContain(`content="${REPORT_CSP.replaceAll("'", '&#39;')}"`);
    expect(REPORT_CSP).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const styleHash = createHash('sha256').update(REPORT_CSS).digest('base64');
    expect(REPORT_CSP).toContain(`'sha256-${styleHash}'`);
    expect(report).toContain(`<style>${REPORT_CSS}</style>`);
    expect(report).toContain(await chainHead(db));
    expect(report).toContain('2,500 USDT');
    expect(report).toContain('Account frozen or restricted');
    expect(report).toContain('freeze_notice.png');
    // 9,000 characters of case text are cut at 4,000, and the report says where the rest is.
    expect(report).not.toContain('y'.repeat(4001));
    expect(report).toContain('the full text is in cases.json');
  });

  it('writes the report in the user’s language', async () => {
    setLanguage('zh_CN');
    const { files } = await pack();
    const report = strFromU8(files['report.html']!);
    expect(report).toContain('<html lang="zh-CN">');
    expect(report).toContain('发生了什么');
    expect(report).toContain('提现失败');
    setLanguage('en');
  });

  it('packs an empty selection without failing', async () => {
    const { files } = await pack({ walletIds: ['nobody'] });
    expect(await verifyExport(strFromU8(files['events.ndjson']!))).toMatchObject({
      ok: true,
      count: 0,
    });
    expect(strFromU8(files['report.html']!)).toContain('No events match');
  });
});
