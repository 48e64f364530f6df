/** The popup's database side (live.ts), loaded once, when first needed. */
let loading: Promise<typeof import('./live')> | undefined;

export function loadLive(): Promise<typeof import('./live')> {
  return (loading ??= import('./live'));
}
