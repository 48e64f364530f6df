import { isAlert } from '../../views/alerts';
import type { PopupState } from '../../views/popup-view';
import { findingTitle } from '../../wording/finding-title';
import { language, plural, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { MainActionLink } from './finding-card';

/**
 * The answer to "is my money OK?" first (issue 15, after Google's Security Checkup): one status
 * line, then the worst item's main action. The number is the badge's (views/alerts.ts).
 */
export function Headline({ value, zone }: { value: PopupState; zone: string }) {
  const worst = value.open.find(isAlert);
  if (!worst || value.alertCount === 0)
    return (
      <section class="headline headline-ok" aria-labelledby="status-heading">
        <h2 id="status-heading" data-count="0">
          {value.wallets.length > 0
            ? plural('popupAllNormal', value.wallets.length)
            : t('popupNothingUrgent')}
        </h2>
      </section>
    );
  return (
    <section class={`headline headline-${worst.severity}`} aria-labelledby="status-heading">
      <h2 id="status-heading" data-count={value.alertCount}>
        {t('popupHeadline', walletName(worst.walletId, language()), findingTitle(worst.ruleId))}
      </h2>
      <p class="alert-count">{plural('popupAlertCount', value.alertCount)}</p>
      <MainActionLink
        finding={worst}
        caseMark={value.cases[worst.id]}
        zone={zone}
        id="headline-action"
      />
    </section>
  );
}
