/**
 * The person's gestures as single-use tokens (issue 19, class 3). After one real click on a
 * cookie banner, Chromium lets the page's own script call `requestSubmit()` for about 5 s, and
 * each of those submits is a trusted event: 20 sign-ins and a withdrawal came out of one click.
 * So an attempt is paid for: a trusted click or Enter buys one, for the form or region it
 * landed in, and only the first attempt made with it there. A click elsewhere buys nothing for
 * this form; a script-made submit or a synthetic click makes no token; a token is spent once.
 */

/** Chromium's transient activation lasts about as long: a submit later than this is no answer to the click. */
export const GESTURE_MS = 5000;
/**
 * A keyboard press carried out as a click (Enter on a form's field presses its default button,
 * Space or Enter on a focused button): the same gesture, not a second one.
 */
const KEY_CLICK_MS = 1000;

export interface Gesture {
  target: Element;
  at: number;
  kind: 'click' | 'key';
  spent: boolean;
}

export interface GestureBudget {
  /**
   * Spends the latest gesture if it is fresh, unspent and landed inside one of `regions`
   * (the form, and the control that sent it when that stands outside the form); true when it
   * did, and the caller may make its one attempt.
   */
  take(...regions: ReadonlyArray<Element | null | undefined>): boolean;
  /** The latest trusted gesture, spent or not (undefined when none yet). */
  latest(): Gesture | undefined;
  stop(): void;
}

/**
 * Starts watching trusted clicks and Enter presses. Start it before the detectors: listeners on
 * the same target and phase run in the order they were added, so each detector sees the token
 * of the event it is handling.
 */
export function watchGestures(): GestureBudget {
  let latest: Gesture | undefined;

  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || event.button !== 0 || !(event.target instanceof Element)) return;
    // detail 0: a click the keyboard made (implicit submission, Enter or Space on a button).
    // A script's click() is never trusted, so a trusted one of these follows the key press.
    if (event.detail === 0 && latest?.kind === 'key' && Date.now() - latest.at < KEY_CLICK_MS) {
      return;
    }
    latest = { target: event.target, at: Date.now(), kind: 'click', spent: false };
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Enter' || !(event.target instanceof Element)) return;
    // Enter held down repeats: one press.
    if (event.repeat) return;
    latest = { target: event.target, at: Date.now(), kind: 'key', spent: false };
  };

  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  return {
    take(...regions) {
      const gesture = latest;
      if (!gesture || gesture.spent || Date.now() - gesture.at > GESTURE_MS) return false;
      if (!regions.some((region) => region?.contains(gesture.target))) return false;
      gesture.spent = true;
      return true;
    },
    latest: () => latest,
    stop() {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKeyDown, true);
    },
  };
}
