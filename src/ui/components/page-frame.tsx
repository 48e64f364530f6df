import type { ComponentChildren } from 'preact';
import { t } from '../../wording/i18n';

/**
 * The top of every full page (not the popup): the product line with its icon, the page's title,
 * then whatever the page adds (a lead, its contents). Styles in components/base.css; a page sets
 * its column width with `--page-width`.
 */
export function PageHeader(props: { title?: string; children?: ComponentChildren }) {
  return (
    <header class="page-header">
      <p class="product">
        <img src="icons/32.png" alt="" width={20} height={20} />
        {t('extName')}
      </p>
      {props.title !== undefined && <h1>{props.title}</h1>}
      {props.children}
    </header>
  );
}

/** The bottom of every full page. */
export function PageFooter(props: { children: ComponentChildren }) {
  return <footer class="page-footer">{props.children}</footer>;
}

/** "Skip to the content" for keyboard users, the first thing a page focuses. */
export function SkipLink(props: { target: string; children: ComponentChildren }) {
  return (
    <a class="skip-link" href={`#${props.target}`}>
      {props.children}
    </a>
  );
}
