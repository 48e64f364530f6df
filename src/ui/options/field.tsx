import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { plural, t } from '../../wording/i18n';
import type { FieldProblems } from './limits-form';
import { problemText, type Problem } from './problem';

/** aria attributes tying an input to its hint and its error message. */
export function describe(id: string, problem: Problem | undefined, hint = false) {
  const ids = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean);
  return {
    id,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

export function FieldError({ id, problem }: { id: string; problem: Problem | undefined }) {
  if (!problem) return null;
  return (
    <p id={`${id}-error`} class="field-error">
      {problemText(problem)}
    </p>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The person is done with the field (it lost focus after a change, or Enter): save it. */
  onCommit?: () => void;
  /** What became of the last commit, shown under the field. */
  saved?: SaveState;
  problem?: Problem | undefined;
  hint?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  size?: number;
  list?: string;
  placeholder?: string;
}

/** A labelled text input with its hint and error below it. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, problem, hint } = props;
  return (
    <div class={`field${problem ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        type="text"
        {...describe(id, problem, Boolean(hint))}
        value={value}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        onChange={props.onCommit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && props.onCommit) {
            e.preventDefault();
            props.onCommit();
          }
        }}
        inputMode={props.inputMode}
        size={props.size}
        list={props.list}
        placeholder={props.placeholder}
        autoComplete="off"
        spellcheck={false}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} problem={problem} />
      {/* Only for a field saved on its own (a limits row has one note for the row). */}
      {'saved' in props && <SaveNote state={props.saved} />}
    </div>
  );
}

/**
 * The page's one saving model (issue 15): every setting is saved as soon as the person is done
 * with it — a switch when flipped, a text field when it loses focus or on Enter — and says so
 * beside it. Nothing waits for a Save button, so nothing is lost by leaving the page; a value
 * that does not validate is not saved, and the one in use stays.
 */
export type SaveState = 'saved' | 'unsaved' | 'failed' | undefined;

const SAVE_TEXT = {
  saved: 'optionsFieldSaved',
  unsaved: 'optionsFieldNotSaved',
  failed: 'optionsFieldSaveFailed',
} as const;

export function SaveNote({ state, text }: { state: SaveState; text?: string }) {
  return (
    <p class={`save-note ${state ?? ''}`} role="status">
      {state ? (text ?? t(SAVE_TEXT[state])) : ''}
    </p>
  );
}

/**
 * After a refused save: how many fields need attention, each a link to its field, and that
 * nothing was saved. Takes focus so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({
  problems,
  labels,
}: {
  problems: FieldProblems;
  labels: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const ids = Object.keys(problems);
  useEffect(() => {
    if (ids.length > 0) ref.current?.focus();
  }, [problems]);
  if (ids.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>{plural('optionsErrorSummary', ids.length)}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>
              {labels[id] ? `${labels[id]}: ` : ''}
              {problemText(problems[id]!)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A section: heading, intro and content, labelled by its heading. */
export function Section(props: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section id={props.id} class="options-section" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

/** "Saved." and the like, read out politely without moving focus. */
export function Status({ text }: { text: string }) {
  return (
    <p class="status" role="status">
      {text}
    </p>
  );
}
