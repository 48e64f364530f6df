import { verifyExport, type VerifyResult } from '../../export/verify';
import { PACK_INFO_ID, type PackInfo } from '../../export/verify-html';
import { addMessages, setLanguage, t, type Catalog, type Language } from '../../wording/i18n';
import en from '../../wording/locales/export.en.json';
import zhCN from '../../wording/locales/export.zh_CN.json';
import { describeVerify } from '../evidence/describe';

/**
 * verify.html inside every evidence pack: a support agent or a regulator opens it from the
 * unzipped folder in any browser — no network, no extension, no source tree — picks the pack's
 * events file and reads, in their language, whether the file is intact or which record changed.
 * It also compares the file's chain head with the one written into the pack and with one the
 * account holder sent separately (the only comparison that says the file was not made again).
 *
 * Built as one classic script (vite.config.ts, verifyPageBuild) that the pack inlines, allowed by
 * its hash in the page's Content-Security-Policy. Page text is set with textContent, never markup.
 */
addMessages('en', en as Catalog);
addMessages('zh_CN', zhCN as Catalog);

function packInfo(): PackInfo {
  try {
    const parsed = JSON.parse(
      document.getElementById(PACK_INFO_ID)?.textContent ?? '{}',
    ) as Partial<PackInfo>;
    return {
      chainHead: typeof parsed.chainHead === 'string' ? parsed.chainHead : '',
      exportId: typeof parsed.exportId === 'string' ? parsed.exportId : '',
      eventsFile: typeof parsed.eventsFile === 'string' ? parsed.eventsFile : 'events.ndjson',
      language: parsed.language === 'zh_CN' ? 'zh_CN' : 'en',
    };
  } catch {
    return { chainHead: '', exportId: '', eventsFile: 'events.ndjson', language: 'en' };
  }
}

const info = packInfo();
/** The reader's language first (navigator), else the language the pack was made in. */
let lang: Language = navigator.languages?.length
  ? navigator.languages.some((l) => /^zh\b/i.test(l))
    ? 'zh_CN'
    : 'en'
  : info.language;

let lastResult: VerifyResult | undefined;
let lastFileName = '';
const HEX64 = /^[0-9a-f]{64}$/;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'id' | 'class' | 'for' | 'role' | 'type' | 'accept' | 'lang', string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value) node.setAttribute(name, value);
  for (const child of children)
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

const app = document.getElementById('app') as HTMLElement;
let fileInput: HTMLInputElement;
let headInput: HTMLInputElement;
let output: HTMLElement;

function render(): void {
  setLanguage(lang);
  document.title = t('verifyPageTitle');
  const sentHead = headInput?.value ?? '';
  app.replaceChildren();
  const other: Language = lang === 'zh_CN' ? 'en' : 'zh_CN';
  const switcher = el('button', { type: 'button', lang: other === 'zh_CN' ? 'zh-CN' : 'en' });
  switcher.textContent = t('verifyPageOtherLanguage');
  switcher.addEventListener('click', () => {
    lang = other;
    render();
  });
  fileInput = el('input', {
    id: 'events-file',
    type: 'file',
    accept: '.ndjson,.txt,application/x-ndjson',
  });
  fileInput.addEventListener('change', () => void check());
  headInput = el('input', { id: 'sent-head', type: 'text' });
  headInput.value = sentHead;
  headInput.spellcheck = false;
  headInput.autocomplete = 'off';
  headInput.setAttribute('aria-describedby', 'sent-head-hint');
  headInput.addEventListener('input', () => showResult());
  output = el('div', { id: 'result', role: 'status' });
  output.setAttribute('aria-live', 'polite');

  app.append(
    el('p', { class: 'switch' }, switcher),
    el('h1', {}, t('verifyPageTitle')),
    el('p', {}, t('verifyPageIntro')),
    el(
      'dl',
      {},
      el('dt', {}, t('verifyPageHeadInPack')),
      el('dd', { class: 'code', id: 'pack-head' }, info.chainHead || '—'),
      el('dt', {}, t('exportReportExportId')),
      el('dd', { class: 'code' }, info.exportId || '—'),
    ),
    el(
      'p',
      {},
      el('label', { for: 'events-file' }, t('verifyPagePick', info.eventsFile)),
      el('br'),
      fileInput,
    ),
    el(
      'p',
      {},
      el('label', { for: 'sent-head' }, t('verifyPageSentHead')),
      el('br'),
      headInput,
      el('br'),
      el('span', { id: 'sent-head-hint', class: 'hint' }, t('verifyPageSentHeadHint')),
    ),
    output,
    el('h2', {}, t('verifyPageProvesTitle')),
    el('p', {}, t('verifyPageProves')),
    el('p', {}, t('verifyPageCannot')),
  );
  showResult();
}

async function check(): Promise<void> {
  const file = fileInput.files?.[0];
  if (!file) return;
  lastFileName = file.name;
  output.className = '';
  output.textContent = t('exportVerifyWorking');
  try {
    lastResult = await verifyExport(await file.text());
  } catch {
    lastResult = undefined;
    output.className = 'bad';
    output.textContent = t('exportVerifyUnreadable');
    return;
  }
  showResult();
}

function showResult(): void {
  if (!output) return;
  if (!lastResult) {
    if (!output.textContent) output.textContent = '';
    return;
  }
  const lines: Array<[string, 'good' | 'bad' | 'note']> = [];
  const result = lastResult;
  if (!result.ok) {
    lines.push([t('verifyPageChanged', lastFileName), 'bad']);
    lines.push([describeVerify(result), 'bad']);
  } else {
    lines.push([t('verifyPageIntact', lastFileName), 'good']);
    lines.push([describeVerify(result), 'note']);
    if (info.chainHead)
      lines.push(
        result.head === info.chainHead
          ? [t('verifyPageHeadMatchesPack'), 'note']
          : [t('verifyPageHeadDiffersPack'), 'bad'],
      );
    const sent = headInput.value.trim().toLowerCase();
    if (sent)
      lines.push(
        !HEX64.test(sent)
          ? [t('verifyPageSentHeadInvalid'), 'bad']
          : sent === result.head
            ? [t('verifyPageHeadMatchesSent'), 'good']
            : [t('verifyPageHeadDiffersSent'), 'bad'],
      );
    else lines.push([t('verifyPageNoSentHead'), 'note']);
  }
  output.className = lines.some(([, kind]) => kind === 'bad') ? 'bad' : 'good';
  output.replaceChildren(...lines.map(([text, kind]) => el('p', { class: kind }, text)));
}

render();
