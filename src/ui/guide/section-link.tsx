import type { ComponentChildren } from 'preact';
import { focusSection } from './section-focus';

/**
 * A link to a section of this page. The hash change focuses the section (useSectionFocus);
 * following a link to the hash already in the URL fires no hashchange, so that case is
 * handled here.
 */
export function SectionLink({ to, children }: { to: string; children: ComponentChildren }) {
  return (
    <a
      href={`#${to}`}
      onClick={() => {
        if (location.hash === `#${to}`) focusSection(to);
      }}
    >
      {children}
    </a>
  );
}
