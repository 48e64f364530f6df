import { t } from './i18n';

/**
 * A site's own words, as our warnings quote them (issue 19, class 2), with every way to reach
 * someone taken out: links, web addresses, e-mail addresses, phone numbers and messenger
 * handles ("Telegram @wallet_support", "t.me/…", "加微信 kefu8888", "QQ 12345678"). A warning
 * of ours carries our authority; a scammer who gets their words onto a wallet's page must not
 * get their phone number into it. The stored event keeps the text as seen (it is evidence);
 * only what the popup, the log, the guide and the report show is cleaned, here.
 */
export function quoteSiteText(text: string): string {
  const removed = t('quoteRemoved');
  let out = text;
  for (const pattern of CONTACTS) out = out.replace(pattern, removed);
  out = out.replace(PHONE, (run) => (isPhone(run) ? removed : run));
  // "[removed] [removed]" and "[removed]/[removed]" say no more than one marker.
  const marker = removed.replace(/[[\]]/g, '\\$&');
  return out.replace(new RegExp(`${marker}(?:[\\s/,;:：，、|-]*${marker})+`, 'g'), removed);
}

/** Messenger names: Latin ones matched as whole words, Han and Hangul ones anywhere. */
const LATIN_MESSENGERS =
  'telegram|whatsapp|whats app|wechat|weixin|vx|wx|qq|skype|line|signal|viber|kakao(?:talk)?|discord';
const CJK_MESSENGERS = '微信|威信|薇信|徽信|v信|qq群|飞机|纸飞机|电报|카카오톡|라인';
const MESSENGER = `(?:(?<![A-Za-z0-9])(?:${LATIN_MESSENGERS})(?![A-Za-z])|${CJK_MESSENGERS})`;
/** An id there: after a colon, four or more characters with a digit or "_", or a phone number. */
const MESSENGER_ID = String.raw`\s*(?:id|号|號|账号|帳號|群)?\s*(?:[:：]\s*@?[\p{L}\p{N}_.+-]{3,}|@?(?=[\p{L}\p{N}_.+-]*[\p{N}_])[\p{L}\p{N}_.+-]{4,}|\+?\d[\d\s().-]{5,}\d)`;

const CONTACTS: RegExp[] = [
  // Links with a scheme, and obfuscated ones ("hxxps://", "https ://").
  /\b(?:h[tx]{2}ps?|ftp)\s*:\s*\/\/[^\s<>"'，。、）)]+/giu,
  // E-mail addresses (before bare domains: the domain is part of them).
  /[\p{L}\p{N}._%+-]+\s*(?:@|＠|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+/giu,
  // An id after a messenger's name: "Telegram: @x", "加微信 kefu8888", "QQ号：12345678".
  new RegExp(MESSENGER + MESSENGER_ID, 'giu'),
  // Bare web addresses: "wallet-verify.example/x", "www.Example.com", "t.me/support". The
  // top-level part is all lower or all upper case: "frozen.Please" is a sentence without a space.
  /(?<![\p{L}\p{N}@.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:[a-z]{2,}|[A-Z]{2,})(?![A-Za-z0-9])(?:\/[^\s<>"'，。、）)]*)?/gu,
  // Handles: "@wallet_support" (not an e-mail: those went first).
  /(?<![\p{L}\p{N}_])[@＠][\p{L}\p{N}_.]{3,}/gu,
];

/** Runs of digits with the separators phone numbers are written with. */
const PHONE = /(?:\+|＋|00)?\(?\d[\d\s().\-–]{5,}\d\)?/g;

/** At least 7 digits, and not a date or a thousands-grouped amount ("1 000 000", "2026-05-01"). */
function isPhone(run: string): boolean {
  const trimmed = run.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7) return false;
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}/.test(trimmed)) return false;
  if (/^\d{1,2}[-./]\d{1,2}[-./]\d{4}/.test(trimmed)) return false;
  if (/^\d{1,3}(?:[ ,.\u00a0]\d{3})+$/.test(trimmed)) return false;
  // A plain number without separators or a "+" is an amount or an order number unless long.
  if (/^\d+$/.test(trimmed) && digits.length < 10) return false;
  // "0.00012345", "1234567,89": one decimal mark is an amount.
  if (/^\d+[.,]\d+$/.test(trimmed)) return false;
  return true;
}
