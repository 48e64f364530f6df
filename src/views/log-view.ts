import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';
import { calendarFor } from '../rules/engine/calendar';
import type { EventFilter } from '../storage/event-filter';
import { EVENT_KINDS, type EventKind } from '../model/event-types';

/**
 * What the log page shows, as it lives in the URL (`log.html?wallet=okx&kind=login.failure&range=7d`)
 * so a view can be bookmarked, reopened and walked with back and forward. Date presets stay
 * relative: a bookmark of "last 7 days" shows the last 7 days of the day it is opened.
 */
export const RANGE_PRESETS = ['today', '7d', 'month'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface LogView {
  wallets: string[];
  kinds: EventKind[];
  /** A preset; when set, `from` and `to` are absent. */
  range?: RangePreset;
  /** Custom range, `yyyy-MM-dd` in the user's zone, both days included. */
  from?: string;
  to?: string;
  /** Free text. */
  q: string;
  /** Only events behind open findings. */
  open: boolean;
}

export const EMPTY_VIEW: LogView = Object.freeze({ wallets: [], kinds: [], q: '', open: false });

const MAX_VALUES = 50;
const MAX_TEXT = 200;
const KINDS = new Set<string>(EVENT_KINDS);
const WALLET_ID = /^(?:[a-z0-9][a-z0-9-]{0,39}|custom:https:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?)$/;

function isDay(value: string | null): value is string {
  const match = value && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const unique = <T>(values: T[]) => [...new Set(values)].slice(0, MAX_VALUES);

/** Reads a view from `location.search`; anything not understood is left out, never thrown. */
export function parseView(search: string): LogView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...EMPTY_VIEW, wallets: [], kinds: [] };
  }
  const wallets = unique(params.getAll('wallet').filter((w) => WALLET_ID.test(w)));
  const kinds = unique(params.getAll('kind').filter((k): k is EventKind => KINDS.has(k)));
  const view: LogView = {
    wallets,
    kinds,
    q: (params.get('q') ?? '').slice(0, MAX_TEXT),
    open: params.get('open') === '1',
  };
  const range = params.get('range');
  if ((RANGE_PRESETS as readonly string[]).includes(range ?? '')) {
    view.range = range as RangePreset;
    return view;
  }
  let from = params.get('from');
  let to = params.get('to');
  if (isDay(from) && isDay(to) && from > to) [from, to] = [to, from];
  if (isDay(from)) view.from = from;
  if (isDay(to)) view.to = to;
  return view;
}

/** The query string of a view (`''` for the default), parameters in a fixed order. */
export function serializeView(view: LogView): string {
  const params = new URLSearchParams();
  for (const wallet of view.wallets) params.append('wallet', wallet);
  for (const kind of view.kinds) params.append('kind', kind);
  if (view.range) params.set('range', view.range);
  else {
    if (view.from) params.set('from', view.from);
    if (view.to) params.set('to', view.to);
  }
  if (view.q) params.set('q', view.q);
  if (view.open) params.set('open', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Midnight at the start of `yyyy-MM-dd` in `timeZone`, epoch ms. */
export function dayStart(day: string, timeZone: string, plusDays = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d + plusDays, timeZone).getTime();
}

/** `yyyy-MM-dd` of an instant in `timeZone`. */
export function dayOf(at: number, timeZone: string): string {
  return format(new TZDate(at, timeZone), 'yyyy-MM-dd');
}

/** The time span of a view at `now`, in the user's zone: `[from, to)`. */
export function viewSpan(
  view: LogView,
  now: number,
  timeZone: string,
): { from?: number; to?: number } {
  const calendar = calendarFor(timeZone);
  switch (view.range) {
    case 'today': {
      const day = calendar.day(now);
      return { from: day.start, to: day.end };
    }
    case '7d':
      return {
        from: startOfDay(addDays(new TZDate(now, timeZone), -6)).getTime(),
        to: calendar.day(now).end,
      };
    case 'month': {
      const month = calendar.month(now);
      return { from: month.start, to: month.end };
    }
    default:
      return {
        ...(view.from ? { from: dayStart(view.from, timeZone) } : {}),
        ...(view.to ? { to: dayStart(view.to, timeZone, 1) } : {}),
      };
  }
}

/** The `EventFilter` the list, chart and exports run on. */
export function viewToFilter(view: LogView, now: number, timeZone: string): EventFilter {
  const text = view.q.trim();
  return {
    ...(view.wallets.length ? { walletIds: [...view.wallets] } : {}),
    ...(view.kinds.length ? { kinds: [...view.kinds] } : {}),
    ...viewSpan(view, now, timeZone),
    ...(text ? { text } : {}),
    ...(view.open ? { openFindingsOnly: true } : {}),
  };
}
