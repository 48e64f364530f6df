import { useEffect, useState } from 'preact/hooks';
import { NUMERIC_RANGES } from '../../rules/coerce-rule-settings';
import { DEFAULT_RULE_SETTINGS } from '../../rules/rule-settings';
import type { Settings } from '../../storage/settings';
import { t } from '../../wording/i18n';
import { ErrorSummary, Section, Status, TextField } from './field';
import type { FieldProblems } from './limits-form';
import type { SaveSettings } from './use-settings';
import {
  THRESHOLD_GROUPS,
  THRESHOLD_KEYS,
  thresholdsDraft,
  validateThresholds,
  type ThresholdKey,
  type ThresholdsDraft,
} from './thresholds';

/** Every rule threshold with its default beside it; saved all together, or reset to defaults. */
export function ThresholdsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [draft, setDraft] = useState<ThresholdsDraft>(() => thresholdsDraft(settings.rules));
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!dirty) setDraft(thresholdsDraft(settings.rules));
  }, [settings.updatedAt]);

  const edit = (key: ThresholdKey, value: string) => {
    setDraft({ ...draft, [key]: value });
    setDirty(true);
    setStatus('');
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const { problems: found, values } = validateThresholds(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return setStatus('');
    await save((current) => ({ rules: { ...current.rules, ...values } }));
    setDirty(false);
    setStatus(t('optionsThresholdsSaved'));
  };

  const reset = async () => {
    const defaults = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, DEFAULT_RULE_SETTINGS[k]]));
    const next = await save((current) => ({ rules: { ...current.rules, ...defaults } }));
    setDraft(thresholdsDraft(next.rules));
    setDirty(false);
    setProblems({});
    setStatus(t('optionsThresholdsResetDone'));
  };

  const labels = Object.fromEntries(
    THRESHOLD_GROUPS.flatMap((g) => g.fields.map((f) => [`th-${f.key}`, t(f.label)])),
  );
  return (
    <Section
      id="thresholds"
      title={t('optionsThresholdsTitle')}
      intro={t('optionsThresholdsIntro')}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary problems={problems} labels={labels} />
        {THRESHOLD_GROUPS.map((group) => (
          <fieldset key={group.heading} class="threshold-group">
            <legend>{t(group.heading)}</legend>
            {group.fields.map(({ key, label }) => {
              const range = NUMERIC_RANGES[key];
              return (
                <TextField
                  key={key}
                  id={`th-${key}`}
                  label={t(label)}
                  hint={t(
                    'optionsThresholdHint',
                    String(DEFAULT_RULE_SETTINGS[key]),
                    String(range.min),
                    String(range.max),
                  )}
                  value={draft[key]}
                  onInput={(value) => edit(key, value)}
                  problem={problems[`th-${key}`]}
                  inputMode={range.int ? 'numeric' : 'decimal'}
                  size={8}
                />
              );
            })}
          </fieldset>
        ))}
        <div class="actions">
          <button type="submit">{t('optionsThresholdsSave')}</button>
          <button type="button" class="secondary" onClick={() => void reset()}>
            {t('optionsThresholdsReset')}
          </button>
        </div>
        <Status text={status} />
      </form>
    </Section>
  );
}
