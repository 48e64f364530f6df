// @vitest-environment happy-dom
// Issue 16's review of the guide against the brief, pinned: false comfort removed, a what-to-do
// list where a frozen-account warning lands (with the branch for freezes ordered by police or a
// court), the red flags, the regulator directory's corrections, and Chinese lead-ins with no
// space after their full-width punctuation. Sources of the regulator facts are named beside each
// entry in src/catalog/regulators.ts.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { REGULATORS } from '../../src/catalog/regulators';
import { GuideSections } from '../../src/ui/guide/guide-sections';
import { flatSections, GUIDE_SECTIONS } from '../../src/ui/guide/sections';
import { setLanguage, t, type MessageKey } from '../../src/wording/i18n';

const body = (lang: 'en' | 'zh_CN') => {
  setLanguage(lang);
  const host = document.createElement('div');
  document.body.append(host);
  render(h(GuideSections, { sections: GUIDE_SECTIONS, casesHref: 'cases.html' }), host);
  return host;
};
afterEach(() => {
  document.body.replaceChildren();
  setLanguage('en');
});

describe('the guide, reviewed against the brief', () => {
  it('promises nothing the brief cannot: no "most blocks are lifted", no "a freeze protects you", no log that sees everything', () => {
    const en = body('en').textContent!;
    expect(en).not.toMatch(/most blocks are lifted/i);
    expect(en).not.toMatch(/freeze protects you/i);
    expect(en).not.toMatch(/keeps them for you/i);
    expect(en).toMatch(/cannot see sign-ins on other devices/);
    const zh = body('zh_CN').textContent!;
    expect(zh).not.toMatch(/多数限制在查明原因后都能解除|冻结是为了保护您/);
    expect(zh).toContain('看不到其他设备上的登录');
  });

  it('gives "Why accounts get frozen" an ordered what-to-do list, with a branch for freezes ordered by police or a court', () => {
    const host = body('en');
    const section = host.querySelector('#why-frozen')!;
    const steps = [...section.querySelectorAll('ol > li')].map((li) => li.textContent!);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.join('\n')).toMatch(
      /If police or a court ordered it: ask the platform for the name of the authority, its case or document number/,
    );
    expect(section.textContent).toMatch(/Only the authority that ordered it can lift it/);
  });

  it('warns of the red flags in both languages: fees before withdrawal, recovery agents, screen sharing, identity checks by link', () => {
    for (const [lang, words] of [
      ['en', ['“unfreezing charge”', 'Recovery agents', 'Screen sharing', 'link in a message']],
      ['zh_CN', ['解冻费', '追款专家', '屏幕共享', '消息中的链接']],
    ] as const) {
      const first = body(lang).querySelector('#first-steps')!.textContent!;
      for (const word of words) expect(first, `${lang}: ${word}`).toContain(word);
      document.body.replaceChildren();
    }
  });

  it('writes a Chinese lead-in and its text with no space after the full-width colon', () => {
    const host = body('zh_CN');
    const items = [...host.querySelectorAll('li')].filter((li) => li.querySelector('strong'));
    expect(items.length).toBeGreaterThan(10);
    for (const li of items) expect(li.textContent).not.toMatch(/[，。：；！？） ] /);
    const en = body('en');
    const lead = [...en.querySelectorAll('li')].find((li) => li.querySelector('strong'))!;
    expect(lead.textContent).toMatch(/\. \S/); // English keeps its space after the lead
  });

  it('names every section heading in both languages', () => {
    for (const section of flatSections()) {
      setLanguage('zh_CN');
      expect(t(section.heading as MessageKey)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the regulator directory, corrected', () => {
  const body = (id: string) => REGULATORS.find((r) => r.id === id);

  it('mainland China: the 96110 anti-fraud line, 12378 by its official name, and crypto exchanges are illegal so only the police act', () => {
    expect(body('anti-fraud-96110')?.phone).toBe('96110');
    expect(body('nfra')?.howToFile.zh).toContain('12378 银行保险消费者投诉维权热线');
    expect(body('mps')?.howToFile.en).toMatch(/illegal on the mainland.*September 2021/);
    expect(body('mps')?.howToFile.zh).toMatch(/非法金融活动.*2021 年 9 月/);
  });

  it('US: the CFTC is listed', () => {
    expect(body('cftc')?.handles).toContain('virtual-assets');
  });

  it('UK: Report Fraud replaced Action Fraud (not in Scotland); the FOS has a 6-month limit and rarely covers crypto exchanges', () => {
    expect(body('action-fraud')).toBeUndefined();
    expect(body('report-fraud')?.url).toBe('https://www.reportfraud.police.uk/');
    expect(body('report-fraud')?.howToFile.en).toMatch(/Scotland, call Police Scotland on 101/);
    expect(body('fos')?.howToFile.en).toMatch(
      /within 6 months.*crypto exchange and custody services are not covered/,
    );
  });

  it('EU: a national licensing body (Bank of Lithuania); Taiwan: the FOI 60-day limit', () => {
    expect(body('bank-of-lithuania')?.region).toBe('eu');
    expect(body('foi-tw')?.howToFile.en).toContain('within 60 days');
    expect(body('foi-tw')?.howToFile.zh).toContain('60 天内');
  });

  it('says a global exchange may be beyond every body listed, instead of implying a regulator will act', () => {
    setLanguage('en');
    expect(t('guideRegulatorsGlobal', 'OKX')).toMatch(/may hold no licence where you live/);
    expect(t('guideRegulatorsFor', 'OKX')).not.toMatch(/Complaint bodies/);
  });
});
