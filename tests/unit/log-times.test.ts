// Issue 15, "one formatter per kind of time": the log's chart writes hours as every other time
// is written (24-hour), and the popup's count reads as one thing when there is one (the zh_CN
// usability test: "共 1 条警告需要您处理，最严重的在前").
import { afterEach, describe, expect, it } from 'vitest';
import { formatBucket } from '../../src/ui/log/format';
import { formatMoment } from '../../src/wording/format';
import { plural, setLanguage } from '../../src/wording/i18n';

// 2026-12-08 15:04:05 in Shanghai (UTC+8): afternoon, so a 12-hour clock would say 3 PM.
const AT = Date.UTC(2026, 11, 8, 7, 4, 5);
const ZONE = 'Asia/Shanghai';

afterEach(() => setLanguage('en'));

describe('the log chart’s hour buckets', () => {
  it.each(['en', 'zh_CN'] as const)('are 24-hour in %s, like the rows and the popup', (lang) => {
    setLanguage(lang);
    const label = formatBucket(AT, 'hour', ZONE);
    expect(label).toContain('15:04');
    expect(label).not.toMatch(/AM|PM|上午|下午/);
    // The rows' moment (formatMoment) reads the same clock for the same instant.
    expect(formatMoment(AT, ZONE)).toContain('15:04:05');
  });
});

describe('a moment with its zone', () => {
  it.each([
    ['en', 'Dec 8, 2026, 15:04:05 GMT+8'],
    ['zh_CN', '2026年12月8日 15:04:05 GMT+8'],
  ] as const)('names the zone after the clock in %s', (lang, text) => {
    setLanguage(lang);
    expect(formatMoment(AT, ZONE)).toBe(text);
  });
});

describe('the popup’s warning count', () => {
  it.each([
    ['en', 1, '1 warning needs your attention'],
    ['en', 2, '2 warnings need your attention, the worst first'],
    ['zh_CN', 1, '1 条警告需要您处理'],
    ['zh_CN', 2, '共 2 条警告需要您处理，最严重的在前'],
  ] as const)('in %s for %i', (lang, count, text) => {
    setLanguage(lang);
    expect(plural('popupAlertCount', count)).toBe(text);
  });

  it('says "all normal" of one wallet without "all 1"', () => {
    setLanguage('zh_CN');
    expect(plural('popupAllNormal', 1)).toBe('您的钱包一切正常');
    expect(plural('popupAllNormal', 3)).toBe('全部 3 个钱包一切正常');
  });
});
