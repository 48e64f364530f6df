import { defineRule } from './engine/types';

/**
 * Belongs to the support-cases issue (a case with no answer after 10 working days). Defined here
 * so every DESIGN.md id has its file; it raises nothing until cases exist.
 */
export const caseOverdue = defineRule<null>({
  id: 'case-overdue',
  kinds: [],
  lookback: () => 0,
  init: () => null,
  step: () => undefined,
});
