import { evaluate, foldWallet, type RuleSettings } from '../src/rules';
import { DEFAULT_RULE_SETTINGS } from '../src/rules/rule-settings';
import { atMost, medianMs, type Figure } from './measure';
import { syntheticEvents } from './synthetic-events';

const SETTINGS: RuleSettings = {
  ...DEFAULT_RULE_SETTINGS,
  timeZone: 'Asia/Shanghai',
  disabledRules: [],
  limits: [
    { walletId: 'binance', currency: 'USDT', daily: '2000', monthly: '20000' },
    { walletId: 'okx', currency: 'USDT', daily: '1500' },
    { walletId: 'paypal', currency: 'USD', monthly: '5000' },
  ],
};

/**
 * Full evaluation of 100,000 events (a year, six wallets), and one incremental step: the
 * worker's path after one new event, folding it into the wallet's stored summary.
 */
export function rulesFigures(): Figure[] {
  const events = syntheticEvents(100_000);
  const now = (events.at(-1)?.at ?? 0) + 1;
  const full = medianMs(() => evaluate(events, SETTINGS, now), 7);
  // On a shared machine wall time mostly measures the other processes: the process's CPU time
  // (garbage collector threads included) says what the evaluation itself costs.
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    evaluate(events, SETTINGS, now);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  console.log(
    `rules: full evaluation of 100,000 events ${full} ms wall (median of 7), ` +
      `${Math.round(cpu[2] as number)} ms CPU (median of 5)`,
  );

  const binance = events.filter((e) => e.walletId === 'binance');
  const history = binance.slice(0, -1);
  const built = foldWallet('binance', history, SETTINGS, now);
  if (!built.ok) throw new Error(built.reason);
  // Through JSON, as the worker stores it.
  const stored = JSON.parse(JSON.stringify(built.summary));
  const newest = binance.slice(-1);
  const step = medianMs(
    () => {
      const result = foldWallet('binance', newest, SETTINGS, now, stored);
      if (!result.ok) throw new Error(result.reason);
    },
    201,
    20,
  );
  return [
    atMost('rules.full-100k', full, 'ms', 250),
    atMost('rules.incremental-step', step, 'ms', 2),
  ];
}
