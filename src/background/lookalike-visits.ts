import { checkHost } from '../rules';
import type { NewEvent } from '../model/event-types';

/**
 * A top-level page on a host imitating a catalog wallet becomes `visit.lookalike`, recorded under
 * the imitated wallet so the finding names it. Needs the optional `webNavigation` permission:
 * off until the user grants it from the options page, because it sees every site visited (only
 * the host name is checked here; nothing of it is kept unless it imitates a wallet).
 */
export function lookalikeVisit(url: string, frameId: number, now: number): NewEvent | undefined {
  if (frameId !== 0) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const match = checkHost(parsed.hostname);
  if (!match) return undefined;
  return {
    at: now,
    kind: 'visit.lookalike',
    walletId: match.walletId,
    origin: parsed.origin,
    path: parsed.pathname.slice(0, 512) || '/',
  };
}
