// A review dialog's "Transactions cannot be cancelled." is a warning before the user confirms,
// not a failed withdrawal: seen as a flaky Binance e2e test once the page got quieter (issue 9).
import { describe, expect, it } from 'vitest';
import { classifyOutcome } from '../../src/content/detectors/withdrawal-outcome';

describe('classifyOutcome and irreversibility warnings', () => {
  it.each([
    [
      'Ensure that the address is correct and on the same network. Transactions cannot be cancelled.',
      undefined,
    ],
    ['This withdrawal can’t be undone once confirmed.', undefined],
    ['提现一经提交无法撤销，请仔细核对地址', undefined],
    ['Withdrawal failed: the address cannot be verified', 'withdrawal.failure'],
    ['Withdrawal failed. Transactions cannot be cancelled.', 'withdrawal.failure'],
    ['Withdrawal submitted. It cannot be cancelled now.', 'withdrawal.success'],
    ['提现失败，无法撤销', 'withdrawal.failure'],
  ])('%s → %s', (text, expected) => {
    expect(classifyOutcome(text)).toBe(expected);
  });
});
