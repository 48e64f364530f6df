import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { originPattern } from '../../catalog/origins';
import type { Settings } from '../../storage/settings';
import { t } from '../../wording/i18n';
import { formatDay } from '../../wording/format';
import { describe, FieldError, Section, Status } from './field';
import { problem, type Problem } from './problem';
import type { SaveSettings } from './use-settings';
import { parseSiteUrl } from './validate';

const hostOf = (origin: string) => new URL(origin).hostname;

/**
 * The user's own wallet sites. Adding one asks the browser for that origin only; the worker
 * then registers the content script for it (src/background/custom-sites.ts). Removing one
 * gives the permission back.
 */
export function SitesSection(props: { settings: Settings; save: SaveSettings; origins: string[] }) {
  const { settings, save, origins } = props;
  const [url, setUrl] = useState('');
  const [error, setError] = useState<Problem | undefined>();
  const [status, setStatus] = useState('');

  // `permissions.request` must run in the click itself: browsers refuse it after an await.
  const request = (origin: string) =>
    browser.permissions.request({ origins: [originPattern(origin)] });

  const add = (e: Event) => {
    e.preventDefault();
    setStatus('');
    const parsed = parseSiteUrl(url, settings.customSites);
    if (!parsed.ok) return setError(parsed.problem);
    const origin = parsed.value;
    setError(undefined);
    request(origin).then(
      async (granted) => {
        if (!granted) return setError(problem('optionsSiteDenied', hostOf(origin)));
        await save((current) => ({
          customSites: [
            ...current.customSites.filter((s) => s.origin !== origin),
            { origin, addedAt: Date.now() },
          ],
        }));
        setUrl('');
        setStatus(t('optionsSiteAdded', hostOf(origin)));
      },
      () => setError(problem('optionsSiteRequestFailed')),
    );
  };

  const grant = (origin: string) => {
    setStatus('');
    request(origin).then(
      (granted) =>
        setStatus(t(granted ? 'optionsSiteGranted' : 'optionsSiteStillDenied', hostOf(origin))),
      () => setStatus(t('optionsSiteRequestFailedStatus')),
    );
  };

  const remove = async (origin: string) => {
    // Out of the settings first, so the worker admits nothing more from it; then the
    // permission goes back and the worker unregisters the script.
    await save((current) => ({
      customSites: current.customSites.filter((s) => s.origin !== origin),
    }));
    await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    setStatus(t('optionsSiteRemoved', hostOf(origin)));
  };

  return (
    <Section id="sites" title={t('optionsSitesTitle')} intro={t('optionsSitesIntro')}>
      <form class="inline-form" onSubmit={add} noValidate>
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="site-url">{t('optionsSiteUrl')}</label>
          <input
            type="url"
            {...describe('site-url', error, true)}
            value={url}
            onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
            placeholder="https://wallet.example"
            autoComplete="off"
            spellcheck={false}
            size={36}
          />
          <p id="site-url-hint" class="hint">
            {t('optionsSiteUrlHint')}
          </p>
          <FieldError id="site-url" problem={error} />
        </div>
        <button type="submit">{t('optionsSiteAdd')}</button>
      </form>
      <Status text={status} />
      {settings.customSites.length === 0 ? (
        <p class="meta">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {settings.customSites.map((site) => {
            const host = hostOf(site.origin);
            const granted = origins.includes(originPattern(site.origin));
            return (
              <li key={site.origin} data-origin={site.origin}>
                <span class="site-host">{host}</span>
                <span class={`site-state ${granted ? 'ok' : 'warn'}`}>
                  {granted ? t('optionsSiteWatching') : t('optionsSiteNeedsPermission')}
                </span>
                {site.addedAt > 0 && (
                  <span class="meta">{t('optionsSiteAddedAt', formatDay(site.addedAt))}</span>
                )}
                <span class="site-actions">
                  {!granted && (
                    <button type="button" onClick={() => grant(site.origin)}>
                      {t('optionsSiteGrant', host)}
                    </button>
                  )}
                  <button type="button" class="secondary" onClick={() => void remove(site.origin)}>
                    {t('optionsSiteRemove', host)}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
