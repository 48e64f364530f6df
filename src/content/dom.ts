import {
  CHALLENGE,
  CHALLENGE_FIELD,
  matchesAny,
  normalize,
  NOT_SECRET_FIELD,
  SECRET_FIELD_WORDS,
} from './phrases';

/**
 * DOM reading helpers for detectors. Nothing here reads an input's `value`: detectors see
 * labels, attributes and the page's own text, never what the user typed.
 */

export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') {
    if (!html.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  } else {
    const style = getComputedStyle(html);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
      return false;
    }
  }
  const rect = html.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Rendered text of an element (hidden parts excluded), white space collapsed, cut to `max`. */
export function visibleText(el: Element, max = 200): string {
  const raw = (el as HTMLElement).innerText ?? el.textContent ?? '';
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Label-like text of a control: its own text, aria-label or the label of a submit input. */
export function controlLabel(el: Element): string {
  if (el instanceof HTMLInputElement) {
    // A submit/button input's `value` attribute is its caption, written by the site.
    return (el.type === 'submit' || el.type === 'button' ? el.getAttribute('value') : '') ?? '';
  }
  return [visibleText(el, 80), el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']
    .join(' ')
    .trim();
}

/** Name, id, placeholder, aria-label and autocomplete of a field: what it is, not what it holds. */
export function fieldDescriptor(input: Element): string {
  return ['name', 'id', 'placeholder', 'aria-label', 'autocomplete', 'data-testid']
    .map((attr) => input.getAttribute(attr) ?? '')
    .join(' ');
}

/**
 * A password field: `type="password"`, or a text field that hides what is typed by other means
 * (issue 14, class 6): `-webkit-text-security`, a masking font ("password", "text-security-disc",
 * "dotsfont"), or a text field that names itself a password (the state of a "show password"
 * toggle). One-time-code fields are codes, not passwords, whatever their style.
 */
/**
 * What the page writes next to a field as its label: `<label for>`, an enclosing label,
 * aria-labelledby, else the cell or element just before it — saved copies of real withdrawal
 * pages lay fields out in tables and `<div>`s with the label as a neighbour (issue 14, class 6).
 */
export function fieldLabel(input: Element): string {
  const parts: string[] = [];
  const id = input.getAttribute('id');
  if (id) {
    for (const label of document.querySelectorAll(`label[for="${CSS.escape(id)}"]`)) {
      parts.push(visibleText(label, 60));
    }
  }
  const labelledBy = input.getAttribute('aria-labelledby');
  for (const ref of labelledBy?.split(/\s+/) ?? []) {
    const el = ref ? document.getElementById(ref) : null;
    if (el) parts.push(visibleText(el, 60));
  }
  const own = input.closest('label');
  if (own) parts.push(visibleText(own, 60));
  if (parts.length === 0) {
    // The nearest element before the field (or its cell) that has words of its own.
    let node: Element | null = input.closest('td, th, [role="cell"]') ?? input;
    for (let depth = 0; node && depth < 3 && parts.length === 0; depth += 1) {
      const before = node.previousElementSibling;
      const text = before ? visibleText(before, 61) : '';
      if (text && text.length <= 60) parts.push(text);
      else node = node.parentElement;
    }
  }
  return parts.join(' ');
}

export function isPasswordField(el: Element): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement)) return false;
  const type = el.type.toLowerCase();
  if (type === 'password') return true;
  if (type !== 'text' && type !== '') return false;
  const descriptor = fieldDescriptor(el);
  if (CHALLENGE_FIELD.test(descriptor)) return false;
  const autocomplete = el.getAttribute('autocomplete') ?? '';
  if (/(current|new)-password/.test(autocomplete)) return true;
  if (MASKING_CLASS.test(el.getAttribute('class') ?? '') || PASSWORD_NAME.test(descriptor)) {
    return true;
  }
  const style = getComputedStyle(el);
  const security =
    style.getPropertyValue('-webkit-text-security') || style.getPropertyValue('text-security');
  return (security !== '' && security !== 'none') || MASKING_FONT.test(style.fontFamily);
}

/** Class names of masked text fields: `pwd-mask`, `text-security-disc`, `password-input`. */
const MASKING_CLASS = /pass(word)?|pwd|text-?security|masked/i;
const MASKING_FONT = /password|text-?security|dotsfont|disc/i;
/** Name, id or placeholder of a password field, in the languages the catalog serves. */
const PASSWORD_NAME =
  /pass(word|wd|wort|e)?\b|passwd|pwd|contrase|senha|mot ?de ?passe|parola|пароль|şifre|sifre|mật khẩu|kata ?sandi|密码|密碼|パスワード|비밀번호/i;

/**
 * Fields the extension must never read: passwords, codes, PINs, keys, CVVs, seed phrases. What
 * the field says it is — its attributes, and its label or the text beside it (issue 19, class
 * 5: a private key typed into a textarea named only by its `<label>`) — in any of the detectors'
 * languages; or that the page hides what is typed (`-webkit-text-security`).
 */
export function isSecretField(el: Element): boolean {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return false;
  if (el instanceof HTMLInputElement && isPasswordField(el)) return true;
  const autocomplete = el.getAttribute('autocomplete') ?? '';
  if (/(password|one-time-code|cc-number|cc-csc)/.test(autocomplete)) return true;
  if (hidesTyping(el)) return true;
  const descriptor = withoutDestinations(
    normalize(`${fieldDescriptor(el)} ${el.getAttribute('title') ?? ''}`),
  );
  if (SECRET_FIELD_WORDS.some((word) => descriptor.includes(word))) return true;
  return labelSaysSecret(fieldLabel(el));
}

const withoutDestinations = (normalized: string) =>
  NOT_SECRET_FIELD.reduce((text, name) => text.split(name).join('|'), normalized);

/** A field whose typing shows as dots by style: a masked textarea, a masked code box. */
function hidesTyping(el: HTMLElement): boolean {
  const style = getComputedStyle(el);
  const security =
    style.getPropertyValue('-webkit-text-security') || style.getPropertyValue('text-security');
  return security !== '' && security !== 'none';
}

/** A short Latin entry ("pin", "key", "code") counts at a word's start or end only. */
const SHORT_WORD = /^[a-z0-9-]{1,4}$/;
const LONG_WORDS = SECRET_FIELD_WORDS.filter((word) => !SHORT_WORD.test(word));
const SHORT_WORDS = SECRET_FIELD_WORDS.filter((word) => SHORT_WORD.test(word));

/** Whether a field's label (natural words, not attribute names) says it holds a secret. */
export function labelSaysSecret(label: string): boolean {
  if (!label) return false;
  const whole = withoutDestinations(normalize(label));
  if (LONG_WORDS.some((word) => whole.includes(word))) return true;
  // Words of the label: split at anything not a letter or digit, and at camelCase humps.
  const words = label
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return SHORT_WORDS.some(
    (short) => whole.includes(short) && words.some((w) => w.startsWith(short) || w.endsWith(short)),
  );
}

/**
 * A field for a one-time code (not a password): `autocomplete="one-time-code"`, a code prompt's
 * name or label ("emailVerifyCode", "Código de verificación"), or one of a row of single-digit
 * boxes. Sites sometimes repeat the code in their error text (typed-codes.ts).
 */
export function isCodeField(el: Element): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement) || el.type === 'hidden' || el.type === 'password') {
    return false;
  }
  if ((el.getAttribute('autocomplete') ?? '').includes('one-time-code')) return true;
  const descriptor = fieldDescriptor(el);
  if (CHALLENGE_FIELD.test(descriptor)) return true;
  if (matchesAny(`${descriptor} ${fieldLabel(el)}`, CHALLENGE)) return true;
  return el.maxLength === 1 && codeBoxes(el).length >= 4;
}

/** The row of single-digit boxes a box belongs to, in order; the field alone otherwise. */
export function codeBoxes(el: HTMLInputElement): HTMLInputElement[] {
  if (el.maxLength !== 1 || !el.parentElement) return [el];
  return Array.from(el.parentElement.querySelectorAll<HTMLInputElement>('input[maxlength="1"]'));
}

const PASSWORD_CANDIDATES =
  'input[type="password" i], input[type="text" i], input:not([type]), input[type=""]';

/** Visible password fields, masked text fields included. */
export function visiblePasswordFields(root: ParentNode): HTMLInputElement[] {
  return Array.from(root.querySelectorAll(PASSWORD_CANDIDATES)).filter(
    (el): el is HTMLInputElement => isPasswordField(el) && isVisible(el),
  );
}

/** The nearest ancestor of `el` (itself included) that contains a visible password field. */
export function credentialScope(el: Element, maxDepth = 12): Element | undefined {
  let node: Element | null = el;
  for (let depth = 0; node && depth < maxDepth; depth += 1) {
    if (node === document.documentElement) return undefined;
    if (visiblePasswordFields(node).length > 0) return node;
    node = node.parentElement;
  }
  return undefined;
}

const HEADINGS = 'h1, h2, h3, [role="heading"], legend';

/** Headings inside a scope: how the page titles what is in it. */
export function headingText(scope: Element): string {
  return Array.from(scope.querySelectorAll(HEADINGS))
    .filter(isVisible)
    .map((h) => visibleText(h, 80))
    .join(' ');
}

/**
 * What the page calls the flow a field belongs to: headings in the nearest enclosing block that
 * has any (a card titled "Change password" around a lone password field), the page title and
 * the URL path.
 */
export function flowTitle(scope: Element, maxDepth = 8): string {
  let node: Element | null = scope;
  let headings = '';
  for (
    let depth = 0;
    node && !headings && depth < maxDepth;
    depth += 1, node = node.parentElement
  ) {
    if (node === document.body) break;
    headings = headingText(node);
  }
  return `${headings} ${document.title} ${location.pathname.replace(/[-_/]+/g, ' ')}`;
}

const BUTTONISH =
  'button, input[type="submit" i], input[type="button" i], input[type="image" i], [role="button"], a';
/** Longer than this, a "label" is a paragraph, not a button caption. */
const MAX_LABEL = 40;

/**
 * The control a click landed in: the enclosing button-like element, else — for styled
 * <div>/<span> buttons — the nearest of a few ancestors whose short label `accepts`.
 */
export function clickedControl(target: Element, accepts: (label: string) => boolean) {
  const button = target.closest(BUTTONISH);
  if (button) return button;
  let node: Element | null = target;
  for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement) {
    const label = controlLabel(node);
    if (label.length > 0 && label.length <= MAX_LABEL && accepts(label)) return node;
  }
  return undefined;
}

/**
 * A submit event is trusted whenever the browser fires it, also when the page's own script
 * caused it (`button.click()`, `form.requestSubmit()`): only one that follows the user's own
 * click or key press (transient user activation) is the user's. Where the browser cannot say,
 * the submit counts.
 */
export function userIsActing(): boolean {
  const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
  return activation?.isActive ?? true;
}
