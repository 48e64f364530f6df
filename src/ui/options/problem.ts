import { t, type MessageKey } from '../../wording/i18n';

/** What is wrong with one field: a message key and its values, said in the user's language. */
export interface Problem {
  key: MessageKey;
  values?: Array<string | number>;
}

export const problem = (key: MessageKey, ...values: Array<string | number>): Problem => ({
  key,
  values,
});

export function problemText(p: Problem): string {
  return t(p.key, ...(p.values ?? []));
}

/** Either the parsed value or why it could not be parsed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = (key: MessageKey, ...values: Array<string | number>): Parsed<never> => ({
  ok: false,
  problem: problem(key, ...values),
});
