import { declareRule } from './engine/declare';
import { parseAddress, type ParsedAddress } from './address-poisoning/address-format';
import { address, str } from './engine/describe';
import { resemblance, type Resemblance } from './address-poisoning/looks-like';
import { dict } from './engine/dict';
import { eventKey } from './engine/event-order';
import { defineRule } from './engine/types';

interface State {
  /** Destinations used before, as written, in first-use order. */
  raw: string[];
  /** Event that first used each of `raw`: evidence next to the new one. */
  firstIds: number[];
  identities: Record<string, 1>;
  /** Destinations as written already handled. */
  seen: Record<string, 1>;
  /** Positions in `raw` by family + first / last 3 body characters: every imitation rule needs one of them. */
  byPrefix: Record<string, number[]>;
  bySuffix: Record<string, number[]>;
}

const prefixKey = (p: ParsedAddress) => `${p.family}:${p.body.slice(0, 3)}`;
const suffixKey = (p: ParsedAddress) => `${p.family}:${p.body.slice(-3)}`;

function bestMatch(state: State, candidate: ParsedAddress) {
  let best: { known: string; knownEventId: number; match: Resemblance } | undefined;
  const seen = new Set<number>();
  for (const list of [state.byPrefix[prefixKey(candidate)], state.bySuffix[suffixKey(candidate)]]) {
    for (const index of list ?? []) {
      if (seen.has(index)) continue;
      seen.add(index);
      const known = state.raw[index] as string;
      const parsed = parseAddress(known);
      const match = parsed && resemblance(candidate, parsed);
      if (match && (!best || match.prefix + match.suffix > best.match.prefix + best.match.suffix)) {
        best = { known, knownEventId: state.firstIds[index] as number, match };
      }
    }
  }
  return best;
}

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const addressPoisoningDeclaration = declareRule({
  id: 'address-poisoning',
  describe: (p) => ({
    key: 'detail_address_poisoning',
    values: [address(str(p, 'destination')), address(str(p, 'imitates'))],
  }),
});

/**
 * A new destination that imitates one used before on this wallet: the same leading and trailing
 * characters with a different middle — address poisoning, where an attacker plants a lookalike
 * in the history so the victim copies it. Critical: money sent there is gone.
 */
export const addressPoisoning = defineRule<State>(addressPoisoningDeclaration, {
  kinds: ['withdrawal.attempt', 'withdrawal.failure', 'withdrawal.pending', 'withdrawal.success'],
  lookback: 'history',
  init: () => ({
    raw: [],
    firstIds: [],
    identities: dict<1>(),
    seen: dict<1>(),
    byPrefix: dict<number[]>(),
    bySuffix: dict<number[]>(),
  }),
  step(state, event, ctx) {
    if (!event.kind.startsWith('withdrawal.') || !event.destination) return;
    // Most withdrawals go to a destination seen before, written the same way: skip the parse.
    // Keys are prefixed: a JSON-restored record has a prototype (`constructor` would be found).
    const raw = `d:${event.destination}`;
    if (state.seen[raw]) return;
    state.seen[raw] = 1;
    const candidate = parseAddress(event.destination);
    if (!candidate || state.identities[`d:${candidate.identity}`]) return;
    const best = bestMatch(state, candidate);
    const index = state.raw.push(event.destination.trim()) - 1;
    state.firstIds.push(event.id);
    state.identities[`d:${candidate.identity}`] = 1;
    (state.byPrefix[prefixKey(candidate)] ??= []).push(index);
    (state.bySuffix[suffixKey(candidate)] ??= []).push(index);
    if (!best) return;
    ctx.emit({
      key: eventKey(event),
      severity: 'critical',
      cause: 'security',
      guide: 'cause-security',
      eventIds: [best.knownEventId, event.id],
      params: {
        destination: event.destination,
        imitates: best.known,
        addressKind: candidate.family,
        matchingStart: best.match.prefix,
        matchingEnd: best.match.suffix,
        checksum: candidate.checksum,
        ...(event.amount ? { amount: event.amount.value, currency: event.amount.currency } : {}),
      },
    });
  },
});
