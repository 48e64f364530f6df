// Issue 15's site quotes in Firefox ESR: the same ten wallet pages (tests/e2e/harness/quote-cases.ts,
// written from the words) give the same quotes — the notice's own words, no buttons, close
// marks or stand-alone links, cut between sentences — as in Chromium (tests/e2e/site-quotes.test.ts).
// The quote is read from the page's rendered styles (visibility, display, cursor), which each
// browser computes itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefoxSession, type FirefoxSession } from '../harness/firefox';
import { expectMessage, QUOTE_CASES } from '../harness/quote-cases';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(async () => {
  await session?.close();
});

/** The page's notice (1–3 s after load) and the background's round trip, on a busy machine. */
const OUTCOME_MS = 30_000;

describe('Firefox: a notice is quoted in its own words', () => {
  it.each(QUOTE_CASES.map((c) => ({ wallet: c.wallet, c })))('$wallet', async ({ c }) => {
    const page = await session.newPage();
    await page.goto(c.url);
    const events = await session.waitFor(
      c.wallet,
      (list) => list.some((e) => e.kind === 'notice'),
      OUTCOME_MS,
    );
    const notices = events.filter((e) => e.kind === 'notice');
    expect(notices.map((n) => [n.notice, n.path])).toEqual([[c.kind, c.path]]);
    expectMessage(c, String(notices[0]?.message ?? ''));
    await page.close();
  });
});
