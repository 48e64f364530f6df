import { useEffect, useState } from 'preact/hooks';
import { WALLETS } from '../../catalog';
import { type CaseChannel, type RecoveryCase } from '../../model/case-types';
import { createCase } from '../../storage/cases';
import type { SentinelDb } from '../../storage/db';
import type { Finding } from '../../model/event-types';
import { findingTitle } from '../../wording/finding-title';
import { language, t } from '../../wording/i18n';
import { ChannelSelect } from './channel-select';
import { walletName } from '../../wording/wallet-name';
import { errorText, statusLabel } from './labels';

/**
 * The cases already opened for this finding, newest first. Opening the form from a warning that
 * has one shows that case and asks before a second is made (issue 15): the popup links to the
 * case, but an old bookmark or a second click would otherwise start a blank duplicate.
 */
function ExistingCases({ cases, onAnother }: { cases: RecoveryCase[]; onAnother: () => void }) {
  const newest = cases[0];
  if (!newest) return null;
  return (
    <section class="existing-case">
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <a href={`cases.html?case=${c.id}`} data-case={c.id}>
              {t('caseListItem', walletName(c.walletId, language()), c.blocked)}
            </a>{' '}
            <span class={`status status-${c.status}`}>{statusLabel(c.status)}</span>
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href={`cases.html?case=${newest.id}`}>
          {t('caseExistsGo')}
        </a>
      </p>
      <p class="hint">{t('caseExistsAsk')}</p>
      <p>
        <button type="button" class="secondary" onClick={onAnother}>
          {t('caseExistsAnother')}
        </button>
      </p>
    </section>
  );
}

/** The amount a finding is about, when it names one (a limit overrun, an outlier, a poisoning). */
function findingAmount(f: Finding): { value: string; currency: string } | undefined {
  const p = f.params;
  const value = typeof p.amount === 'string' ? p.amount : typeof p.used === 'string' ? p.used : '';
  const currency = typeof p.currency === 'string' && p.currency !== 'XXX' ? p.currency : '';
  return value ? { value, currency } : undefined;
}

export function NewCaseForm({ db, findingId }: { db: SentinelDb; findingId?: string }) {
  const [finding, setFinding] = useState<Finding | undefined>();
  const [walletId, setWalletId] = useState('');
  const [blocked, setBlocked] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('');
  const [channel, setChannel] = useState<CaseChannel>('ticket');
  const [ticket, setTicket] = useState('');
  const [error, setError] = useState('');
  // The cases already opened for this finding: undefined while read, then the list.
  const [existing, setExisting] = useState<RecoveryCase[] | undefined>(findingId ? undefined : []);
  const [another, setAnother] = useState(false);

  useEffect(() => {
    if (!findingId) return;
    void db.cases
      .where('findingId')
      .equals(findingId)
      .toArray()
      .then((cases) => setExisting(cases.sort((a, b) => b.id - a.id)))
      .catch(() => setExisting([]));
    void db.findings.get(findingId).then((f) => {
      if (!f) return;
      setFinding(f);
      if (f.walletId !== 'all') setWalletId(f.walletId);
      setBlocked(findingTitle(f.ruleId));
      const a = findingAmount(f);
      if (a) {
        setAmount(a.value);
        setCurrency(a.currency);
      }
    });
  }, [findingId]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      const id = await createCase(
        db,
        {
          walletId,
          ...(finding ? { findingId: finding.id, cause: finding.cause } : {}),
          blocked,
          ...(amount.trim()
            ? { amount: { value: amount.trim(), currency: currency.trim().toUpperCase() } }
            : {}),
          channel,
          ticket,
        },
        Date.now(),
      );
      location.assign(`cases.html?case=${id}`);
    } catch (err) {
      setError(errorText(err));
    }
  };

  // The catalog, plus the finding's own wallet when it is a site the user added.
  const choices = WALLETS.map((w) => w.id);
  if (walletId && !choices.includes(walletId)) choices.unshift(walletId);

  if (existing === undefined) return null;
  const asking = existing.length > 0 && !another;
  return (
    <>
      <p>
        <a href="cases.html">{t('casesBack')}</a>
      </p>
      {asking ? (
        <h1 id="existing-case-heading">{t('caseExistsTitle')}</h1>
      ) : (
        <h1>{t('casesNew')}</h1>
      )}
      {finding && <p class="meta">{t('caseFromFinding', findingTitle(finding.ruleId))}</p>}
      {asking && <ExistingCases cases={existing} onAnother={() => setAnother(true)} />}
      {!asking && (
        <form class="grid" onSubmit={(e) => void submit(e)} noValidate>
          <label for="case-wallet">{t('caseWallet')}</label>
          <select
            id="case-wallet"
            value={walletId}
            onChange={(e) => setWalletId(e.currentTarget.value)}
          >
            <option value="">{t('caseChooseWallet')}</option>
            {choices.map((id) => (
              <option key={id} value={id}>
                {walletName(id, language())}
              </option>
            ))}
          </select>
          <label for="case-blocked">{t('caseBlocked')}</label>
          <div>
            <input
              id="case-blocked"
              value={blocked}
              maxLength={200}
              aria-describedby="case-blocked-hint"
              onInput={(e) => setBlocked(e.currentTarget.value)}
            />
            <p id="case-blocked-hint" class="hint">
              {t('caseBlockedHint')}
            </p>
          </div>
          <label for="case-amount">{t('caseAmount')}</label>
          <input
            id="case-amount"
            inputMode="decimal"
            value={amount}
            onInput={(e) => setAmount(e.currentTarget.value)}
          />
          <label for="case-currency">{t('caseCurrency')}</label>
          <input
            id="case-currency"
            value={currency}
            maxLength={10}
            onInput={(e) => setCurrency(e.currentTarget.value)}
          />
          <ChannelSelect id="case-channel" value={channel} onChange={setChannel} />
          <label for="case-ticket">{t('caseTicket')}</label>
          <input
            id="case-ticket"
            value={ticket}
            maxLength={100}
            onInput={(e) => setTicket(e.currentTarget.value)}
          />
          <div class="form-end">
            <button type="submit">{t('caseCreate')}</button>
            {error && (
              <span class="error" role="alert">
                {error}
              </span>
            )}
          </div>
        </form>
      )}
    </>
  );
}
