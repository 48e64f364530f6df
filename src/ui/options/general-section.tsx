import { useEffect, useRef, useState } from 'preact/hooks';
import { LOCALES, type LocaleSetting } from '../../model/locale';
import type { Settings } from '../../storage/settings';
import { t, type MessageKey } from '../../wording/i18n';
import { SaveNote, Section, TextField, type SaveState } from './field';
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

/** How long events are kept, the review reminder, and settings sync; each saved at once. */
export function GeneralSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [draft, setDraft] = useState(() => keepDraft(settings));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [saved, setSaved] = useState<Record<string, SaveState>>({});
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current && Object.keys(problems).length === 0) setDraft(keepDraft(settings));
  }, [settings.updatedAt]);
  const edit = (patch: Partial<KeepDraft>, field: string) => {
    editing.current = true;
    setDraft({ ...draft, ...patch });
    setSaved({ ...saved, [field]: undefined });
  };

  /** Saves what `field` holds in `next`, or marks it not saved. */
  const commit = async (next: KeepDraft, field: 'retention' | 'review-days') => {
    editing.current = false;
    setDraft(next);
    const id = field === 'retention' ? 'retention-days' : 'review-days';
    const parsed =
      field === 'retention'
        ? next.forever
          ? ({ ok: true, value: null } as const)
          : parseNumber(next.retentionDays, { min: 1, max: 36500, int: true })
        : parseNumber(next.reviewReminderDays, { min: 1, max: 365, int: true });
    const { [id]: _, ...others } = problems;
    if (!parsed.ok) {
      setProblems({ ...others, [id]: parsed.problem });
      setSaved({ ...saved, [field]: 'unsaved' });
      return;
    }
    setProblems(others);
    try {
      await save(
        field === 'retention'
          ? { retentionDays: parsed.value }
          : { reviewReminderDays: parsed.value as number },
      );
      setSaved({ ...saved, [field]: 'saved' });
    } catch {
      setSaved({ ...saved, [field]: 'failed' });
    }
  };

  return (
    <Section id="general" title={t('optionsGeneralTitle')}>
      <fieldset>
        <legend>{t('optionsRetentionLegend')}</legend>
        <label class="check">
          <input
            type="radio"
            name="retention"
            checked={!draft.forever}
            onChange={() => void commit({ ...draft, forever: false }, 'retention')}
          />
          {t('optionsRetentionLimited')}
        </label>
        {!draft.forever && (
          <TextField
            id="retention-days"
            label={t('optionsRetentionDays')}
            hint={t('optionsRetentionHint')}
            value={draft.retentionDays}
            onInput={(retentionDays) => edit({ retentionDays }, 'retention')}
            onCommit={() => void commit(draft, 'retention')}
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
            onChange={() => void commit({ ...draft, forever: true }, 'retention')}
          />
          {t('optionsRetentionForever')}
        </label>
        <SaveNote state={saved.retention} />
      </fieldset>
      <TextField
        id="review-days"
        label={t('optionsReviewDays')}
        hint={t('optionsReviewHint')}
        value={draft.reviewReminderDays}
        onInput={(reviewReminderDays) => edit({ reviewReminderDays }, 'review-days')}
        onCommit={() => void commit(draft, 'review-days')}
        problem={problems['review-days']}
        saved={saved['review-days']}
        inputMode="numeric"
        size={6}
      />
      <fieldset>
        <legend>{t('optionsSyncLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            id="sync"
            checked={settings.sync}
            aria-describedby="sync-hint"
            onChange={(e) => {
              const sync = (e.target as HTMLInputElement).checked;
              save({ sync }).then(
                () => setSaved((was) => ({ ...was, sync: 'saved' })),
                () => setSaved((was) => ({ ...was, sync: 'failed' })),
              );
            }}
          />
          {t('optionsSync')}
        </label>
        <p id="sync-hint" class="hint">
          {t('optionsSyncHint')}
        </p>
        <SaveNote state={saved.sync} />
        <SyncNoteBox />
      </fieldset>
    </Section>
  );
}

/**
 * The language menu, at the top of the page (issue 15's usability test: people looked for it
 * there and in the popup, not in a section near the bottom). The popup's footer links here with
 * `#language`, which focuses it.
 */
export function LanguageField({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (location.hash === '#language') select.current?.focus();
  }, []);
  return (
    <div class="field language-field">
      <label for="language">{t('optionsLanguage')}</label>
      <select
        id="language"
        ref={select}
        value={settings.locale}
        onChange={(e) =>
          void save({ locale: (e.target as HTMLSelectElement).value as LocaleSetting })
        }
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l === 'zh_CN' ? 'zh-CN' : l === 'en' ? 'en' : undefined}>
            {t(LOCALE_LABEL[l])}
          </option>
        ))}
      </select>
    </div>
  );
}
