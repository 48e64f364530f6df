import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, eventsCsv } from '../../src/export/csv';
import type { StoredEvent } from '../../src/model/event-types';
import { setLanguage } from '../../src/wording/i18n';

const event = (over: Partial<StoredEvent>): StoredEvent => ({
  id: 1,
  at: Date.UTC(2026, 10, 25, 9, 30, 0),
  kind: 'withdrawal.failure',
  walletId: 'binance',
  origin: 'https://www.binance.com',
  path: '/en/my/wallet/withdraw',
  hash: 'ab'.repeat(32),
  ...over,
});

/** A minimal RFC 4180 reader: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else throw new Error(`unquoted character ${JSON.stringify(c)} at ${i}`);
  }
  if (cell || row.length) throw new Error('last row not ended by CRLF');
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', '"plain"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['密码错误，还剩 4 次机会', '"密码错误，还剩 4 次机会"'],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1', `"'+1"`],
    ['-1+2', `"'-1+2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['1234.56', '"1234.56"'],
    ['a=b', '"a=b"'],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes nothing for an absent value', () => {
    expect(csvCell(undefined)).toBe('""');
  });
});

describe('events CSV', () => {
  const hostile = [
    event({ id: 1, message: '=HYPERLINK("http://evil","x")' }),
    event({
      id: 2,
      message: '提现失败，已超出每日限额',
      amount: { value: '5000', currency: 'CNY' },
    }),
    event({ id: 3, message: 'line one\r\nline, "two"', destination: '-1+2' }),
    event({ id: 4, message: '@SUM(A1)', attemptId: '+1abcdefgh' }),
  ];

  it('starts with a BOM, ends every row with CRLF and reads back cell for cell', () => {
    setLanguage('en');
    const text = eventsCsv(hostile);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const message = rows[0]!.indexOf('Site message');
    expect(rows.slice(1).map((r) => r[message])).toEqual([
      `'=HYPERLINK("http://evil","x")`,
      '提现失败，已超出每日限额',
      'line one\r\nline, "two"',
      "'@SUM(A1)",
    ]);
    expect(rows[3]![rows[0]!.indexOf('Destination')]).toBe("'-1+2");
    expect(rows[2]![rows[0]!.indexOf('Amount')]).toBe('5000');
  });

  it('no cell a spreadsheet would run as a formula', () => {
    const rows = parseCsv(eventsCsv(hostile).slice(1));
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('has its headings and event names in the user’s language', () => {
    setLanguage('zh_CN');
    const rows = parseCsv(eventsCsv(hostile).slice(1));
    expect(rows[0]).toContain('网站提示');
    expect(rows[1]).toContain('提现失败');
    setLanguage('en');
  });
});
