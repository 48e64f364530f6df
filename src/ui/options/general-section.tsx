import { useEffect, useState } from 'preact/hooks';
import { LOCALES, type LocaleSetting } from '../../model/locale';
import type { Settings } from '../../storage/settings';
import { t, type MessageKey } from '../../wording/i18n';
import { ErrorSummary, Section, Status, TextField } from './field';
import type { FieldProblems } from './limits-form';
import type { SaveSettings } from './use-settings';
import { SyncNoteBox } from './sync-note';
import { parseNumber } from './validate';

const LOCALE_LABEL: Record<LocaleSetting, MessageKey> = {
  auto: 'optionsLanguageAuto',
  en: 'optionsLanguageEn',
  zh_CN: 'optionsLanguageZh',
};

interface KeepDraft {
  forever: boolean;
  retentionDays: string;
  reviewReminderDays: string;
}

const keepDraft = (s: Settings): KeepDraft => ({
  forever: s.retentionDays === null,
  retentionDays: String(s.retentionDays ?? 365),
  reviewReminderDays: String(s.reviewReminderDays),
});

/** Language, how long events are kept, the review reminder, and settings sync. */
export function GeneralSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [draft, setDraft] = useState(() => keepDraft(settings));
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!dirty) setDraft(keepDraft(settings));
  }, [settings.updatedAt]);
  const edit = (patch: Partial<KeepDraft>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
    setStatus('');
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: FieldProblems = {};
    const days = parseNumber(draft.retentionDays, { min: 1, max: 36500, int: true });
    const review = parseNumber(draft.reviewReminderDays, { min: 1, max: 365, int: true });
    if (!draft.forever && !days.ok) found['retention-days'] = days.problem;
    if (!review.ok) found['review-days'] = review.problem;
    setProblems(found);
    if (!days.ok && !draft.forever) return;
    if (!review.ok) return;
    await save({
      retentionDays: draft.forever ? null : (days as { value: number }).value,
      reviewReminderDays: review.value,
    });
    setDirty(false);
    setStatus(t('optionsSaved'));
  };

  return (
    <Section id="general" title={t('optionsGeneralTitle')}>
      <div class="field">
        <label for="language">{t('optionsLanguage')}</label>
        <select
          id="language"
          value={settings.locale}
          onChange={(e) =>
            void save({ locale: (e.target as HTMLSelectElement).value as LocaleSetting })
          }
        >
          {LOCALES.map((l) => (
            <option
              key={l}
              value={l}
              lang={l === 'zh_CN' ? 'zh-CN' : l === 'en' ? 'en' : undefined}
            >
              {t(LOCALE_LABEL[l])}
            </option>
          ))}
        </select>
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary
          problems={problems}
          labels={{
            'retention-days': t('optionsRetentionDays'),
            'review-days': t('optionsReviewDays'),
          }}
        />
        <fieldset>
          <legend>{t('optionsRetentionLegend')}</legend>
          <label class="check">
            <input
              type="radio"
              name="retention"
              checked={!draft.forever}
              onChange={() => edit({ forever: false })}
            />
            {t('optionsRetentionLimited')}
          </label>
          {!draft.forever && (
            <TextField
              id="retention-days"
              label={t('optionsRetentionDays')}
              hint={t('optionsRetentionHint')}
              value={draft.retentionDays}
              onInput={(retentionDays) => edit({ retentionDays })}
              problem={problems['retention-days']}
              inputMode="numeric"
              size={6}
            />
          )}
          <label class="check">
            <input
              type="radio"
              name="retention"
              checked={draft.forever}
              onChange={() => edit({ forever: true })}
            />
            {t('optionsRetentionForever')}
          </label>
        </fieldset>
        <TextField
          id="review-days"
          label={t('optionsReviewDays')}
          hint={t('optionsReviewHint')}
          value={draft.reviewReminderDays}
          onInput={(reviewReminderDays) => edit({ reviewReminderDays })}
          problem={problems['review-days']}
          inputMode="numeric"
          size={6}
        />
        <div class="actions">
          <button type="submit">{t('optionsGeneralSave')}</button>
        </div>
        <Status text={status} />
      </form>
      <fieldset>
        <legend>{t('optionsSyncLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            id="sync"
            checked={settings.sync}
            aria-describedby="sync-hint"
            onChange={(e) => void save({ sync: (e.target as HTMLInputElement).checked })}
          />
          {t('optionsSync')}
        </label>
        <p id="sync-hint" class="hint">
          {t('optionsSyncHint')}
        </p>
        <SyncNoteBox />
      </fieldset>
    </Section>
  );
}
