import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { WALLETS } from '../../catalog';
import { plural, t } from '../../wording/i18n';

/** The wallet sites the manifest names; Firefox lets the user grant or withhold them. */
function manifestOrigins(): string[] {
  return (browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
}

type Access =
  { state: 'checking' } | { state: 'granted' } | { state: 'missing'; origins: string[] };

/**
 * Whether the browser lets the extension see the catalog's wallet sites. Chrome grants them at
 * install; Firefox (MV3) may leave them to the user, so this asks — in the click, as browsers
 * require — and says what each is for.
 */
export function HostAccess() {
  const [access, setAccess] = useState<Access>({ state: 'checking' });
  const [refused, setRefused] = useState(false);
  const check = async () => {
    const missing: string[] = [];
    for (const origin of manifestOrigins()) {
      if (!(await browser.permissions.contains({ origins: [origin] }))) missing.push(origin);
    }
    setAccess(missing.length === 0 ? { state: 'granted' } : { state: 'missing', origins: missing });
  };
  useEffect(() => {
    void check().catch(() => undefined);
    const onChange = () => void check().catch(() => undefined);
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);

  const ask = (origins: string[]) => {
    setRefused(false);
    browser.permissions.request({ origins }).then(
      (granted) => {
        setRefused(!granted);
        void check();
      },
      () => setRefused(true),
    );
  };

  return (
    <section aria-labelledby="access-heading" class="card">
      <h2 id="access-heading">{t('onboardingAccessTitle')}</h2>
      <p>{t('onboardingAccessWhy', WALLETS.length)}</p>
      {access.state === 'granted' && (
        <p class="ok-text" role="status">
          {t('onboardingAccessGranted')}
        </p>
      )}
      {access.state === 'missing' && (
        <div role="status">
          <p class="warn-text">{plural('onboardingAccessMissing', access.origins.length)}</p>
          <button type="button" onClick={() => ask(access.origins)}>
            {t('onboardingAccessAsk')}
          </button>
          {refused && <p class="warn-text">{t('onboardingAccessRefused')}</p>}
        </div>
      )}
      <h3>{t('onboardingOptionalTitle')}</h3>
      <ul>
        <li>{t('onboardingOptionalSites')}</li>
        <li>{t('onboardingOptionalNavigation')}</li>
        <li>{t('onboardingOptionalScripting')}</li>
      </ul>
    </section>
  );
}
