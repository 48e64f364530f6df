import type { RuleId } from '../../model/rule-ids';
import type { Describe } from './describe';
import type { Threshold } from './shared-settings';

/**
 * What the rest of the extension needs of a rule without its fold: its id, its thresholds
 * (default, range, label, options group) and its sentence. Each rule file declares this with
 * `declareRule` and spreads it into its fold; `declarations.ts` lists them, so a page that shows
 * a finding or the options reads these objects and the bundler leaves the folds (and big.js,
 * keccak, the public-suffix list) out of it.
 */
export interface RuleDeclaration<K extends string = never> {
  id: RuleId;
  thresholds?: { readonly [key in K]: Threshold };
  describe: Describe;
}

/** The identity, typed: keeps the rule's threshold keys as literal types. */
/* @__NO_SIDE_EFFECTS__ */
export function declareRule<const T extends RuleDeclaration<string>>(declaration: T): T {
  return declaration;
}
