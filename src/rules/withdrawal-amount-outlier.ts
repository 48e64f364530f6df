import { declareRule } from './engine/declare';
import { dict } from './engine/dict';
import { money, str } from './engine/describe';
import { eventKey } from './engine/event-order';
import { defineRule } from './engine/types';
import {
  countWithin,
  insertSorted,
  median,
  medianAbsoluteDeviation,
  removeSorted,
} from './robust-stats';

interface History {
  /** Recent amounts as a ring (`next` is the oldest once full) and the same values sorted. */
  recent: number[];
  next: number;
  sorted: number[];
}

type State = Record<string, History>;

/** 0.6745 = Φ⁻¹(0.75): scales the MAD to a standard deviation for normal data (Iglewicz–Hoaglin). */
const MAD_SCALE = 0.6745;

/** Statistics need no exactness: plain numbers, from decimals as the user typed them. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

const round = (x: number) => Math.round(x * 1e8) / 1e8;

/**
 * Cheap test before the exact MAD: the MAD is at most D only if at least half the values lie
 * within D of the median (two binary searches). With D the largest MAD that still gives a score
 * of `minScore`, fewer means no outlier. A MAD of 0 (flat history) goes on to the exact test.
 */
function likelyOutlier(sorted: number[], m: number, amount: number, minScore: number): boolean {
  const d = (MAD_SCALE * (amount - m)) / minScore;
  return countWithin(sorted, m - d, m + d) >= sorted.length >> 1;
}

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const withdrawalAmountOutlierDeclaration = declareRule({
  id: 'withdrawal-amount-outlier',
  thresholds: {
    /** Earlier withdrawals in the same currency needed first. */
    outlierMinHistory: {
      default: 10,
      min: 2,
      max: 100_000,
      int: true,
      label: 'optionsThOutlierMinHistory',
      group: 'withdrawals',
    },
    /** The most recent withdrawals per currency the median and MAD are taken over. */
    outlierHistorySize: {
      default: 200,
      min: 2,
      max: 10_000,
      int: true,
      label: 'optionsThOutlierHistorySize',
      group: 'withdrawals',
    },
    /** Robust z-score `0.6745 × (amount − median) / MAD` at or above which an amount is an outlier (Iglewicz–Hoaglin). */
    outlierScore: {
      default: 3.5,
      min: 0.1,
      max: 1000,
      int: false,
      label: 'optionsThOutlierScore',
      group: 'withdrawals',
    },
    /** When most amounts are equal (MAD = 0): an outlier is at least this many times the median. */
    outlierFlatMultiple: {
      default: 3,
      min: 1,
      max: 1_000_000,
      int: false,
      label: 'optionsThOutlierFlatMultiple',
      group: 'withdrawals',
    },
  },
  describe: (p) => ({
    key: 'detail_withdrawal_amount_outlier',
    values: [
      money(str(p, 'amount'), str(p, 'currency')),
      money(str(p, 'median'), str(p, 'currency')),
    ],
  }),
});

/**
 * A withdrawal far larger than this wallet's usual ones in the same currency. Median and MAD,
 * not mean and standard deviation: one earlier large withdrawal must not make the next huge one
 * look normal. Only larger amounts count: draining an account is the risk.
 */
export const withdrawalAmountOutlier = defineRule(withdrawalAmountOutlierDeclaration, {
  kinds: ['withdrawal.attempt'],
  lookback: 'history',
  init: (): State => dict<History>(),
  step(state, event, ctx) {
    if (event.kind !== 'withdrawal.attempt' || !event.amount) return;
    if (!DECIMAL.test(event.amount.value)) return;
    const amount = Number(event.amount.value);
    const currency = String(event.amount.currency).toUpperCase();
    const { outlierMinHistory, outlierHistorySize, outlierScore, outlierFlatMultiple } =
      ctx.settings;
    const history = (state[currency] ??= { recent: [], next: 0, sorted: [] });
    const m = median(history.sorted);
    // At or below the median is never an outlier: skip the MAD for half of all withdrawals.
    if (
      history.sorted.length >= outlierMinHistory &&
      amount > m &&
      likelyOutlier(history.sorted, m, amount, outlierScore)
    ) {
      const mad = medianAbsoluteDeviation(history.sorted, m);
      const score = mad > 0 ? (MAD_SCALE * (amount - m)) / mad : undefined;
      const outlier =
        score === undefined ? amount >= m * outlierFlatMultiple : score >= outlierScore;
      if (outlier) {
        ctx.emit({
          key: eventKey(event),
          severity: 'warning',
          cause: 'security',
          guide: 'secure-account',
          eventIds: [event.id],
          params: {
            amount: event.amount.value,
            currency,
            median: String(round(m)),
            mad: String(round(mad)),
            ...(score === undefined ? {} : { score: Math.round(score * 10) / 10 }),
            withdrawals: history.sorted.length,
            ...(event.destination ? { destination: event.destination } : {}),
          },
        });
      }
    }
    if (history.recent.length < outlierHistorySize) history.recent.push(amount);
    else {
      removeSorted(history.sorted, history.recent[history.next] as number);
      history.recent[history.next] = amount;
      history.next = (history.next + 1) % outlierHistorySize;
    }
    insertSorted(history.sorted, amount);
  },
});
