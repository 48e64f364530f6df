import {
  controlLabel,
  fieldDescriptor,
  headingText,
  isPasswordField,
  isVisible,
  visiblePasswordFields,
  visibleText,
} from './dom';
import {
  CHANGE_PASSWORD,
  matchesAny,
  PAYMENT_PASSWORD,
  SIGN_IN_HINTS,
  SIGN_IN_WORDS,
  SIGN_UP,
  SIGN_UP_HINTS,
} from './phrases';

/**
 * Which form a credential submit belongs to, and whether it signs in (issue 14, classes 3 and 4).
 * Real pages carry several forms — sign in beside create account, a checkout's returning
 * customer beside a guest form, a newsletter box — so the form is the one around the field the
 * user filled and the control they pressed, and what it is comes from its own words and fields,
 * weighed against each other: a false sign-in is worse than a missed one.
 */
export interface CredentialForm {
  /** The fields and control of this one form (a `<form>`, a card, a section of a big form). */
  unit: Element;
  /** Its password field. */
  field: HTMLInputElement;
}

/**
 * What makes a block a form of its own rather than a field's wrapper: another field, a heading,
 * a submit control. Not a `type="button"` (the eye that shows the password sits in the wrapper).
 */
const SECTION_PARTS =
  'input:not([type="hidden" i]):not([type="checkbox" i]):not([type="radio" i]):not([type="button" i]), h1, h2, h3, h4, [role="heading"], button:not([type="button" i]), input[type="submit" i], [role="button"]';

/**
 * The form a submit from `from` belongs to: the nearest ancestor holding a password field; when
 * that holds several (one `<form>` around a whole page, a button under two blocks), the section
 * of the password the user typed in last — unless that section is its field alone (a password
 * and its confirmation belong together).
 */
export function credentialForm(
  from: Element,
  lastTyped?: HTMLInputElement,
  maxDepth = 12,
): CredentialForm | undefined {
  let base: Element | null = from;
  let passwords: HTMLInputElement[] = [];
  for (let depth = 0; base && depth < maxDepth; depth += 1, base = base.parentElement) {
    if (base === document.documentElement) return undefined;
    passwords = visiblePasswordFields(base);
    // A wrapper around the field alone (or a password and its confirmation) is not the form yet.
    if (passwords.length > 0 && hasOtherParts(base, passwords)) break;
  }
  if (!base || passwords.length === 0) return undefined;
  if (passwords.length === 1) return { unit: base, field: passwords[0] as HTMLInputElement };
  const field =
    (lastTyped && passwords.includes(lastTyped) ? lastTyped : undefined) ??
    passwords
      .filter((p) => p.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING)
      .pop() ??
    (passwords[0] as HTMLInputElement);
  let section: Element = field;
  for (let node = field.parentElement; node && node !== base; node = node.parentElement) {
    if (visiblePasswordFields(node).length > 1) break;
    section = node;
  }
  return { unit: hasOtherParts(section, [field]) ? section : base, field };
}

/** Whether `root` holds a visible field, heading or button besides the password fields. */
function hasOtherParts(root: Element, passwords: readonly Element[]): boolean {
  return Array.from(root.querySelectorAll(SECTION_PARTS)).some(
    (el) =>
      !passwords.includes(el) &&
      !(el instanceof HTMLInputElement && isPasswordField(el)) &&
      isVisible(el),
  );
}

export type CredentialFlow = 'sign-in' | 'sign-up' | 'change-password' | 'payment';

/** Fields that only a sign-up form asks for. */
const SIGN_UP_FIELD =
  /first.?name|last.?name|full.?name|given-name|family-name|surname|birth|bday|referr|invite|promo|nombre|apellido|vorname|nachname|prénom|姓名|邀请|推荐/i;
const SELECTED =
  '[role="tab"][aria-selected="true"], [aria-current="page"], [aria-current="true"], [class~="active"], [class*="selected" i], [class*="current" i]';
const CONTROLS = 'a, button, [role="button"], [role="tab"], [role="link"]';
/** A card's text beyond this is a page, not a card. */
const CARD_TEXT = 1500;

function saysSignIn(text: string) {
  return matchesAny(text, SIGN_IN_WORDS);
}
function saysSignUp(text: string) {
  return matchesAny(text, SIGN_UP);
}

/** Which of the two a title says, when it says one only ("Sign in or create an account": neither). */
function side(text: string): 'in' | 'up' | undefined {
  const inWords = saysSignIn(text);
  const upWords = saysSignUp(text);
  if (inWords === upWords) return undefined;
  return inWords ? 'in' : 'up';
}

/**
 * The card around the unit: ancestors that add no field of their own (its title, its "already
 * have an account?" line), at most four levels up.
 */
function cardAround(unit: Element): Element {
  const fields = (el: Element) =>
    Array.from(el.querySelectorAll('input:not([type="hidden" i]), select, textarea')).filter(
      isVisible,
    ).length;
  const own = fields(unit);
  let card = unit;
  for (let depth = 0; depth < 4; depth += 1) {
    const parent = card.parentElement;
    if (!parent || parent === document.body || parent === document.documentElement) break;
    if (fields(parent) !== own) break;
    card = parent;
  }
  return card;
}

/** What the credential form is, from its own fields, its control, its card and the page. */
export function credentialFlow({ unit, field }: CredentialForm, trigger?: Element): CredentialFlow {
  if (visiblePasswordFields(unit).length > 1) return 'sign-up';
  const descriptor = fieldDescriptor(field);
  if (matchesAny(descriptor, PAYMENT_PASSWORD)) return 'payment';
  if (matchesAny(descriptor, CHANGE_PASSWORD)) return 'change-password';

  const label = trigger ? controlLabel(trigger) : '';
  if (matchesAny(label, CHANGE_PASSWORD)) return 'change-password';
  if (matchesAny(label, PAYMENT_PASSWORD)) return 'payment';
  let signIn = 0;
  let signUp = 0;
  const labelSide = side(label);
  if (labelSide === 'in') signIn += 4;
  if (labelSide === 'up') signUp += 4;

  const autocomplete = field.getAttribute('autocomplete') ?? '';
  // Sites set new-password to stop autofill on their sign-in forms (class 6): a hint only.
  // Half a point: any word of the page (a /login path, a "Log in" button) outweighs it.
  if (autocomplete.includes('new-password')) signUp += 0.5;
  if (autocomplete.includes('current-password')) signIn += 2;

  const card = cardAround(unit);
  // A card or page titled "Change password" / "支付密码" is that, unless its button says sign in.
  const titles = `${headingText(card)} ${pageTitle(card)}`;
  if (labelSide !== 'in') {
    if (matchesAny(titles, CHANGE_PASSWORD)) return 'change-password';
    if (matchesAny(titles, PAYMENT_PASSWORD)) return 'payment';
  }
  const cardText = visibleText(card, CARD_TEXT + 1);
  const text = cardText.length <= CARD_TEXT ? cardText : visibleText(unit, CARD_TEXT);
  if (matchesAny(text, SIGN_IN_HINTS)) signIn += 3;
  if (matchesAny(text, SIGN_UP_HINTS)) signUp += 3;
  const headingSide = side(headingText(card));
  if (headingSide === 'in') signIn += 3;
  if (headingSide === 'up') signUp += 3;

  for (const input of card.querySelectorAll('input:not([type="hidden" i])')) {
    if (input === field || !isVisible(input)) continue;
    const name = fieldDescriptor(input);
    if (SIGN_UP_FIELD.test(name)) signUp += 2;
    if ((input as HTMLInputElement).type === 'checkbox') {
      const labelText = input.closest('label')?.textContent ?? name;
      if (
        /agree|accept|terms|同意|条款|協議|acepto|aceito|accepte|akzeptiere|accetto|согла|kabul|đồngý|setuju|同意する|동의/i.test(
          labelText,
        )
      ) {
        signUp += 2;
      }
    }
  }
  // A link or tab away to the other flow says which one this is; a selected tab says it outright.
  for (const control of card.querySelectorAll(CONTROLS)) {
    if (control === trigger || control.contains(trigger ?? null) || !isVisible(control)) continue;
    const controlSide = side(controlLabel(control));
    if (!controlSide) continue;
    const selected = control.matches(SELECTED) || control.closest(SELECTED) !== null;
    if (selected) {
      if (controlSide === 'in') signIn += 3;
      else signUp += 3;
    } else if (controlSide === 'in') signUp += 1;
    else signIn += 1;
  }
  const pageSide = side(pageTitle(card));
  if (pageSide === 'in') signIn += 1;
  if (pageSide === 'up') signUp += 1;
  // A tie with any sign-up evidence is not a sign-in.
  return signUp > 0 && signUp >= signIn ? 'sign-up' : 'sign-in';
}

/**
 * How the page titles the flow around the card: headings of the nearest enclosing block that
 * has any outside the card (and outside other forms), the document title, the URL path.
 */
function pageTitle(card: Element): string {
  let headings = '';
  for (
    let node = card.parentElement, depth = 0;
    node && node !== document.documentElement && !headings && depth < 6;
    node = node.parentElement, depth += 1
  ) {
    headings = Array.from(node.querySelectorAll('h1, h2, h3, [role="heading"]'))
      .filter((h) => !card.contains(h) && !h.closest('form') && isVisible(h))
      .map((h) => visibleText(h, 80))
      .join(' ');
  }
  return `${headings} ${document.title} ${location.pathname.replace(/[-_/]+/g, ' ')}`;
}

/** Is this a sign-in (not a sign-up, a password change or a payment password)? */
export function isSignIn(form: CredentialForm, trigger?: Element): boolean {
  return credentialFlow(form, trigger) === 'sign-in';
}
