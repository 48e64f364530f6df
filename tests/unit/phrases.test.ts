import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as phrases from '../../src/content/phrases';
import { DETECTORS } from '../../src/content/detectors';
import { SIGN_OUT_LABELS } from '../../src/content/detectors/sign-out';

const tables = (Object.entries({ ...phrases, SIGN_OUT_LABELS }) as Array<[string, unknown]>).filter(
  (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]),
);

describe('phrase tables', () => {
  it.each(tables)('%s is sorted, unique and normalised', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect([...list]).toEqual([...new Set(list)].sort());
    for (const phrase of list) expect(phrases.normalize(phrase)).toBe(phrase);
  });

  it.each([
    ['Log In', phrases.SIGN_IN_ACTIONS, true],
    ['登 录', phrases.SIGN_IN_ACTIONS, true],
    ['Some of your info isn’t correct. Please try again.', phrases.FAILURE, true],
    ['账号或密码错误', phrases.FAILURE, true],
    ['Incorrect password. You have 4 more attempts.', phrases.FAILURE, true],
    ['Welcome back', phrases.FAILURE, false],
    ['请输入6位短信验证码', phrases.CHALLENGE, true],
    ['Enter the 6-digit code from your authenticator app', phrases.CHALLENGE, true],
    ['Create account', phrases.SIGN_UP, true],
    ['Log in', phrases.SIGN_UP, false],
  ])('classifies %s', (text, list, expected) => {
    expect(phrases.matchesAny(text, list as readonly string[])).toBe(expected);
  });
});

describe('detector registry', () => {
  const files = readdirSync(new URL('../../src/content/detectors/', import.meta.url))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('-outcome.ts'))
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every detector file once, under its file name', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.sort());
  });
});
