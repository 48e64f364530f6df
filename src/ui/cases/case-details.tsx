import { useState } from 'preact/hooks';
import { type CaseChannel, type RecoveryCase } from '../../model/case-types';
import { updateCaseDetails } from '../../storage/cases';
import type { SentinelDb } from '../../storage/db';
import { t } from '../../wording/i18n';
import { ChannelSelect } from './channel-select';
import { errorText } from './labels';

/** Ticket number and channel: support moves people between channels and tickets. */
export function CaseDetails({ db, value }: { db: SentinelDb; value: RecoveryCase }) {
  const [ticket, setTicket] = useState(value.ticket);
  const [channel, setChannel] = useState<CaseChannel>(value.channel);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await updateCaseDetails(db, value.id, { ticket, channel }, Date.now());
      setMessage({ text: t('caseSaved'), error: false });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('caseDetails')}</h2>
      <form class="grid" onSubmit={(e) => void save(e)}>
        <ChannelSelect id="detail-channel" value={channel} onChange={setChannel} />
        <label for="detail-ticket">{t('caseTicket')}</label>
        <input
          id="detail-ticket"
          value={ticket}
          maxLength={100}
          onInput={(e) => setTicket(e.currentTarget.value)}
        />
        <div class="form-end">
          <button type="submit">{t('caseSave')}</button>
          {message && (
            <span role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
              {message.text}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
