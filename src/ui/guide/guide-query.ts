/**
 * What the URL asks of the guide page: `?finding=<id>` or `?wallet=<id>`, and `#<section>`.
 * Both come from anyone who can open a link, so they are only ever used as a database key, a
 * catalog key, or matched against the page's own list of section ids.
 */
export interface GuideQuery {
  findingId?: string;
  walletId?: string;
}

/** Longer than any real id (`<rule>:<wallet>:<window>` or `custom:<origin>`): not worth a lookup. */
const MAX_ID_LENGTH = 2048;

function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value && value.length <= MAX_ID_LENGTH ? value : undefined;
}

export function readGuideQuery(search: string): GuideQuery {
  const params = new URLSearchParams(search);
  const findingId = param(params, 'finding');
  if (findingId) return { findingId };
  const walletId = param(params, 'wallet');
  return walletId ? { walletId } : {};
}

/** The section a `#hash` names, if it is one of `known`; anything else is ignored. */
export function sectionFromHash(hash: string, known: readonly string[]): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  return known.includes(id) ? id : undefined;
}
