import type { ComponentChildren } from 'preact';
import { t } from '../../wording/i18n';

/** An official site, in a new tab that cannot reach back into this page. */
export function ExternalLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
