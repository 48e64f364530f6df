import { useEffect } from 'preact/hooks';
import { sectionFromHash } from './guide-query';

/**
 * Moves focus to a section and marks it, so keyboard and screen-reader users land where a link
 * (or the URL's #hash) pointed, and sighted users see where they landed. Browsers scroll to a
 * fragment but leave focus where it was; the sections carry tabindex=-1 for this.
 */
export function focusSection(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  for (const marked of document.querySelectorAll('[data-current]')) {
    marked.removeAttribute('data-current');
  }
  target.setAttribute('data-current', '');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
  return true;
}

/**
 * Once the page above has settled (the finding's box changes the layout when it loads): lands on
 * `landing` when given (the warning's box: what to do comes before why, issue 15), otherwise on
 * the section the URL hash names; then follows every later hash change (TOC links, back and
 * forward). Only ids in `known` are honoured: the hash comes from whoever wrote the link.
 */
export function useSectionFocus(
  known: readonly string[],
  settled: boolean,
  landing?: string,
): void {
  useEffect(() => {
    if (!settled) return;
    const go = () => {
      const id = sectionFromHash(location.hash, known);
      if (id) focusSection(id);
    };
    if (!landing || !focusSection(landing)) go();
    addEventListener('hashchange', go);
    return () => removeEventListener('hashchange', go);
  }, [settled, landing, known.join(' ')]);
}
