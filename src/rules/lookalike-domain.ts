import { declareRule } from './engine/declare';
import { pushCapped } from './engine/chain';
import { str, wallet } from './engine/describe';
import { dict } from './engine/dict';
import { defineRule } from './engine/types';

interface Visits {
  eventIds: number[];
  count: number;
  /** `checkHost` once per host, not per visit. */
  walletId: string;
  brand: string;
  officialHost: string;
  reason: string;
}

type State = Record<string, Visits>;

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return origin.toLowerCase();
  }
}

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const lookalikeDomainDeclaration = declareRule({
  id: 'lookalike-domain',
  describe: (p) => ({
    key: 'detail_lookalike_domain',
    values: [str(p, 'host'), str(p, 'brand') || wallet(str(p, 'imitates')), str(p, 'officialHost')],
  }),
});

/**
 * The user opened a site imitating a wallet (`visit.lookalike`, recorded by the worker through
 * `checkHost`). One finding per host: visiting it again adds evidence, not a new warning.
 */
export const lookalikeDomain = defineRule<State>(lookalikeDomainDeclaration, {
  kinds: ['visit.lookalike'],
  lookback: 'history',
  init: () => dict<Visits>(),
  step(state, event, ctx) {
    if (event.kind !== 'visit.lookalike') return;
    const host = hostOf(event.origin);
    // Prefixed: a JSON-restored record has a prototype (`constructor` would be found).
    const key = `h:${host}`;
    let visits = state[key];
    if (!visits) {
      const verdict = ctx.checkHost(host);
      visits = state[key] = {
        eventIds: [],
        count: 0,
        walletId: verdict?.walletId ?? ctx.walletId,
        brand: verdict?.brand ?? '',
        officialHost: verdict?.officialHost ?? '',
        // An older detector version may have flagged a host this one no longer does.
        reason: verdict?.reason ?? 'recorded',
      };
    }
    visits.count += 1;
    pushCapped(visits.eventIds, event.id);
    ctx.emit({
      key: host,
      severity: 'critical',
      cause: 'security',
      guide: 'secure-account',
      eventIds: visits.eventIds,
      params: {
        host,
        imitates: visits.walletId,
        brand: visits.brand,
        officialHost: visits.officialHost,
        reason: visits.reason,
        visits: visits.count,
      },
    });
  },
});
