import { declareRule } from './engine/declare';
import { destinationIdentity, parseAddress } from './address-poisoning/address-format';
import { address, str } from './engine/describe';
import { dict } from './engine/dict';
import { eventKey } from './engine/event-order';
import { defineRule } from './engine/types';

interface State {
  /** Every destination used on this wallet, by identity. */
  known: Record<string, 1>;
  /** Destinations as written already handled: most repeat, skip their parse. */
  seen: Record<string, 1>;
}

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const withdrawalNewDestinationDeclaration = declareRule({
  id: 'withdrawal-new-destination',
  describe: (p) =>
    str(p, 'destination')
      ? { key: 'detail_withdrawal_new_destination', values: [address(str(p, 'destination'))] }
      : undefined,
});

/**
 * The first withdrawal to an address or account never used on this wallet: a stolen session
 * sends money somewhere new, and a mistyped or swapped address is new too. Info, once per
 * destination; needs the wallet's whole history (kept in the summary).
 */
export const withdrawalNewDestination = defineRule<State>(withdrawalNewDestinationDeclaration, {
  kinds: ['withdrawal.attempt', 'withdrawal.failure', 'withdrawal.pending', 'withdrawal.success'],
  lookback: 'history',
  init: () => ({ known: dict<1>(), seen: dict<1>() }),
  step(state, event, ctx) {
    if (!event.kind.startsWith('withdrawal.') || !event.destination) return;
    // Keys are prefixed: a JSON-restored record has a prototype (`constructor` would be found).
    const raw = `d:${event.destination}`;
    if (state.seen[raw]) return;
    state.seen[raw] = 1;
    const identity = `d:${destinationIdentity(event.destination)}`;
    if (identity === 'd:' || state.known[identity]) return;
    state.known[identity] = 1;
    const parsed = parseAddress(event.destination);
    ctx.emit({
      key: eventKey(event),
      severity: 'info',
      cause: 'security',
      guide: 'cause-security',
      eventIds: [event.id],
      params: {
        destination: event.destination,
        addressKind: parsed?.family ?? 'account',
        checksum: parsed?.checksum ?? 'n/a',
        ...(event.amount ? { amount: event.amount.value, currency: event.amount.currency } : {}),
      },
    });
  },
});
