import { vi } from 'vitest';
import type {
  DetectorContext,
  Detector,
  ObserveFields,
  PendingAttempt,
} from '../../../src/content/context';
import type { ObservedKind } from '../../../src/messages/types';
import { watchGestures } from '../../../src/content/gesture';

/**
 * A generated wallet page for DOM unit tests, and a detector context that records what the
 * content script would send to the worker instead of sending it.
 */
export interface Sent {
  kind: ObservedKind;
  fields: ObserveFields;
}

export function fakeContext(pending?: PendingAttempt) {
  const sent: Sent[] = [];
  const ctx: DetectorContext = {
    report(kind, fields = {}) {
      sent.push({ kind, fields });
      return Promise.resolve({ ok: true } as never);
    },
    ask: () => Promise.resolve(undefined),
    pendingAttempt: Promise.resolve(pending),
    gestures: watchGestures(),
    state: { withdrawalUntil: 0 },
  };
  return { ctx, sent, kinds: () => sent.map((s) => s.kind) };
}

export interface PageOptions {
  path?: string;
  title?: string;
  lang?: string;
}

/** Replaces the document with `body`; `[hidden]` hides, as a browser's own style sheet does. */
export function load(body: string, { path = '/', title = '', lang = 'en' }: PageOptions = {}) {
  history.replaceState(null, '', path);
  document.documentElement.lang = lang;
  setHtml(document.head, `<title>${title}</title><style>[hidden]{display:none}</style>`);
  setHtml(document.body, body);
}

/** Puts generated markup in `el` (test pages are markup; the product renders text as text). */
export function setHtml(el: Element, markup: string) {
  const inHead = el === document.head;
  const parsed = new DOMParser().parseFromString(
    inHead
      ? `<html><head>${markup}</head><body></body></html>`
      : `<html><body>${markup}</body></html>`,
    'text/html',
  );
  const from = inHead ? parsed.head : parsed.body;
  el.replaceChildren(...Array.from(from.childNodes).map((n) => document.importNode(n, true)));
}

// A single-page app: no submit navigates away (happy-dom would try to load the action URL).
window.addEventListener('submit', (event) => event.preventDefault());

/** Every test starts the detector with fake timers and ends by stopping it. */
export function run(detector: Detector, pending?: PendingAttempt) {
  const fake = fakeContext(pending);
  const stopDetector = detector.start(fake.ctx);
  const stop = () => {
    stopDetector();
    fake.ctx.gestures.stop();
  };
  return { ...fake, stop };
}

export function useFakeClock() {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: new Date('2026-05-01T10:00:00Z'),
  });
}

export const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

/** A user's click; on a submit button in a form, the form's submit follows, as in a browser. */
export function click(el: Element) {
  const event = trusted(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
  const form = el.closest('form');
  const type = (el.getAttribute('type') ?? 'submit').toLowerCase();
  const isSubmit =
    (el instanceof HTMLButtonElement && type === 'submit') ||
    (el instanceof HTMLInputElement && (type === 'submit' || type === 'image'));
  // happy-dom would submit the form itself (untrusted, a second submit for the page's own
  // listeners): the click's default is taken over here, after the page had its say.
  let pagePrevented = false;
  const takeOver = (e: Event) => {
    pagePrevented = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', takeOver);
  el.dispatchEvent(event);
  window.removeEventListener('click', takeOver);
  if (!pagePrevented && form && isSubmit) submit(form, el as HTMLElement);
}

export function submit(form: HTMLFormElement, submitter?: HTMLElement) {
  const event = trusted(
    new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: submitter ?? null }),
  );
  form.dispatchEvent(event);
}

/** A user typing: focus, then input events (the detectors never read what was typed). */
export function type(el: HTMLInputElement, text: string) {
  el.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
  el.focus();
  el.value = text;
  el.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, data: text })));
}

/** Enter in a field; in a form with a submit button, the browser then submits it with that button. */
export function enter(el: Element) {
  const notCancelled = el.dispatchEvent(
    trusted(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter' })),
  );
  const form = el.closest('form');
  const button = form?.querySelector<HTMLElement>(
    'button:not([type="button" i]):not([type="reset" i]), input[type="submit" i]',
  );
  if (notCancelled && form && button) submit(form, button);
}
