import { useEffect, useRef, useState } from 'preact/hooks';
import { NUMERIC_RANGES } from '../../rules/coerce-rule-settings';
import { DEFAULT_RULE_SETTINGS } from '../../rules/rule-settings';
import type { Settings } from '../../storage/settings';
import { t } from '../../wording/i18n';
import { Section, Status, TextField, type SaveState } from './field';
import type { FieldProblems } from './limits-form';
import type { SaveSettings } from './use-settings';
import { parseNumber } from './validate';
import {
  THRESHOLD_GROUPS,
  THRESHOLD_KEYS,
  thresholdsDraft,
  type ThresholdKey,
  type ThresholdsDraft,
} from './thresholds';

/**
 * Every rule threshold with its default beside it, folded under "Advanced": most people never
 * change a robust z-score (issue 15). Each field is saved when it is left (field.tsx, SaveNote);
 * "Reset to defaults" saves at once.
 */
export function ThresholdsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [draft, setDraft] = useState<ThresholdsDraft>(() => thresholdsDraft(settings.rules));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [saved, setSaved] = useState<Partial<Record<ThresholdKey, SaveState>>>({});
  const [status, setStatus] = useState('');
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current && Object.keys(problems).length === 0) {
      setDraft(thresholdsDraft(settings.rules));
    }
  }, [settings.updatedAt]);

  const edit = (key: ThresholdKey, value: string) => {
    editing.current = true;
    setDraft({ ...draft, [key]: value });
    setSaved({ ...saved, [key]: undefined });
    setStatus('');
  };

  const commit = async (key: ThresholdKey) => {
    editing.current = false;
    const parsed = parseNumber(draft[key], NUMERIC_RANGES[key]);
    const id = `th-${key}`;
    const { [id]: _, ...others } = problems;
    if (!parsed.ok) {
      setProblems({ ...others, [id]: parsed.problem });
      setSaved({ ...saved, [key]: 'unsaved' });
      return;
    }
    setProblems(others);
    try {
      await save((current) => ({ rules: { ...current.rules, [key]: parsed.value } }));
      setSaved({ ...saved, [key]: 'saved' });
    } catch {
      setSaved({ ...saved, [key]: 'failed' });
    }
  };

  const reset = async () => {
    const defaults = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, DEFAULT_RULE_SETTINGS[k]]));
    const next = await save((current) => ({ rules: { ...current.rules, ...defaults } }));
    setDraft(thresholdsDraft(next.rules));
    setProblems({});
    setSaved({});
    setStatus(t('optionsThresholdsResetDone'));
  };

  return (
    <Section id="thresholds" title={t('optionsAdvancedTitle')}>
      <details class="advanced">
        <summary>{t('optionsThresholdsTitle')}</summary>
        <p class="intro">{t('optionsThresholdsIntro')}</p>
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
                  onCommit={() => void commit(key)}
                  problem={problems[`th-${key}`]}
                  saved={saved[key]}
                  inputMode={range.int ? 'numeric' : 'decimal'}
                  size={8}
                />
              );
            })}
          </fieldset>
        ))}
        <div class="actions">
          <button type="button" class="secondary" onClick={() => void reset()}>
            {t('optionsThresholdsReset')}
          </button>
        </div>
        <Status text={status} />
      </details>
    </Section>
  );
}
