import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { plural } from '../../wording/i18n';
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
    </div>
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
