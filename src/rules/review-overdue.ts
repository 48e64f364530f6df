import { defineRule } from './engine/types';

/**
 * Belongs to the activity-review issue (remind to review account activity regularly). Defined
 * here so every DESIGN.md id has its file; it raises nothing yet.
 */
export const reviewOverdue = defineRule<null>({
  id: 'review-overdue',
  kinds: [],
  lookback: () => 0,
  init: () => null,
  step: () => undefined,
});
