import { useState } from 'preact/hooks';
import {
  CASE_AUTHORS,
  type CaseAuthor,
  type CaseChannel,
  type RecoveryCase,
} from '../../model/case-types';
import { addCaseLogEntry } from '../../storage/cases';
import type { SentinelDb } from '../../storage/db';
import { t } from '../../wording/i18n';
import { formatMinute } from '../../wording/format';
import { ChannelSelect } from './channel-select';
import { authorLabel, channelLabel, errorText } from './labels';

/** `<input type="datetime-local">` speaks local wall-clock time without a zone. */
function localInputValue(at: number): string {
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** The brief's "keep every record": who said what, when, where, with which attachments. */
export function CaseLog({ db, value }: { db: SentinelDb; value: RecoveryCase }) {
  const [when, setWhen] = useState(() => localInputValue(Date.now()));
  const [channel, setChannel] = useState<CaseChannel>(value.channel);
  const [who, setWho] = useState<CaseAuthor>('me');
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState('');
  const [error, setError] = useState('');

  const add = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      const at = new Date(when).getTime();
      await addCaseLogEntry(
        db,
        value.id,
        { at, channel, who, text, attachments: attachments.split('\n') },
        Date.now(),
      );
      setText('');
      setAttachments('');
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">{t('caseLog')}</h2>
      {value.log.length === 0 ? (
        <p>{t('caseLogEmpty')}</p>
      ) : (
        <ol class="case-log">
          {value.log.map((entry, i) => (
            <li key={i} class={`who-${entry.who}`}>
              <p class="entry-head">
                {t(
                  'caseLogEntry',
                  formatMinute(entry.at),
                  channelLabel(entry.channel),
                  authorLabel(entry.who),
                )}
              </p>
              <p class="entry-text">{entry.text}</p>
              {entry.attachments.length > 0 && (
                <ul class="attachments">
                  {entry.attachments.map((a, j) => (
                    <li key={j}>{a}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3 id="log-add-heading">{t('caseLogAdd')}</h3>
      <form class="grid" aria-labelledby="log-add-heading" onSubmit={(e) => void add(e)}>
        <label for="log-when">{t('caseLogWhen')}</label>
        <input
          id="log-when"
          type="datetime-local"
          required
          value={when}
          onInput={(e) => setWhen(e.currentTarget.value)}
        />
        <ChannelSelect id="log-channel" value={channel} onChange={setChannel} />
        <label for="log-who">{t('caseLogWho')}</label>
        <select
          id="log-who"
          value={who}
          onChange={(e) => setWho(e.currentTarget.value as CaseAuthor)}
        >
          {CASE_AUTHORS.map((w) => (
            <option key={w} value={w}>
              {authorLabel(w)}
            </option>
          ))}
        </select>
        <label for="log-text">{t('caseLogText')}</label>
        <textarea
          id="log-text"
          rows={4}
          maxLength={4000}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'log-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <label for="log-attachments">{t('caseLogAttachments')}</label>
        <textarea
          id="log-attachments"
          rows={2}
          value={attachments}
          onInput={(e) => setAttachments(e.currentTarget.value)}
        />
        <div class="form-end">
          <button type="submit">{t('caseLogAdd')}</button>
          {error && (
            <span id="log-error" class="error" role="alert">
              {error}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
