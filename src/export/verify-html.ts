import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * verify.html of an evidence pack: the verify page's script (src/ui/verify-page, built as one
 * classic file) inlined into a page that needs nothing else — no network, no extension. Its
 * Content-Security-Policy allows exactly that script and stylesheet, by hash; the pack's facts
 * (chain head, export id, the events file's name) travel as JSON data the script reads, never
 * as markup.
 */
export const VERIFY_FILE = 'verify.html';
export const PACK_INFO_ID = 'pack-info';

export interface PackInfo {
  chainHead: string;
  exportId: string;
  eventsFile: string;
  language: 'en' | 'zh_CN';
}

const VERIFY_CSS = `
body{font:15px/1.5 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#111;background:#fff;margin:2em auto;padding:0 1em;max-width:46em}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
.code{font-family:ui-monospace,monospace;word-break:break-all}
input[type=text]{width:100%;font-family:ui-monospace,monospace;padding:.3em}
.hint{color:#555;font-size:.9em}.switch{text-align:end}
#result{margin:1.2em 0;padding:.2em 1em;border-left:.4em solid #999}
#result.good{border-color:#1a7f37;background:#eef8f0}#result.bad{border-color:#c62828;background:#fdecec}
#result p.good,#result p.bad{font-weight:700}
:focus-visible{outline:3px solid #1565c0;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.hint{color:#bbb}#result.good{background:#0f2a17}#result.bad{background:#3a1414}}
`;

const hashSource = (text: string) => {
  const bytes = sha256(utf8ToBytes(text));
  return `'sha256-${btoa(String.fromCharCode(...bytes))}'`;
};

/** JSON safe inside a <script> element: no "</script>", no "<!--". */
const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

export function verifyPageHtml(script: string, info: PackInfo): string {
  const csp = `default-src 'none'; script-src ${hashSource(script)}; style-src ${hashSource(VERIFY_CSS)}; base-uri 'none'; form-action 'none'`;
  const lang = info.language === 'zh_CN' ? 'zh-CN' : 'en';
  // The script is inlined as it was built; a "</script" inside it would end the element early.
  if (/<\/script/i.test(script)) throw new Error('verify page script contains </script');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verify / 校验</title>
<style>${VERIFY_CSS}</style>
</head>
<body>
<main id="app"><noscript>This page checks the pack's events file with JavaScript: allow scripts for this file. 此页面需要 JavaScript 才能校验证据包中的事件文件。</noscript></main>
<script type="application/json" id="${PACK_INFO_ID}">${scriptSafeJson(info)}</script>
<script>${script}</script>
</body>
</html>
`;
}
