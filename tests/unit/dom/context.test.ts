// @vitest-environment happy-dom
// What the content script sends the worker (context.ts): the message shape, the site's text
// cleaned of control and bidi characters and cut to the limit, resent until the worker answers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../../src/content/context';
import { LIMITS } from '../../../src/messages/types';
import { load, useFakeClock, wait } from './page';

describe('createContext', () => {
  const sendMessage = vi.fn();
  beforeEach(() => {
    useFakeClock();
    sendMessage.mockReset();
    (globalThis as Record<string, unknown>).chrome = { runtime: { id: 'ext', sendMessage } };
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as Record<string, unknown>).chrome;
  });

  it('sends an observation with the path, a delivery id and the cleaned message', async () => {
    sendMessage.mockResolvedValue({ ok: true });
    load('', { path: '/en/login' });
    const ctx = createContext();
    await ctx.report('login.failure', {
      attemptId: 'a1',
      message: `Invalid\u202e password\u0007 ${'x'.repeat(400)}`,
    });
    const sent = sendMessage.mock.calls.map(([m]) => m).find((m) => m.type === 'observe');
    expect(sent).toMatchObject({
      type: 'observe',
      kind: 'login.failure',
      path: '/en/login',
      attemptId: 'a1',
    });
    expect(sent.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.message).not.toContain('\u202e');
    expect(sent.message).not.toContain('\u0007');
    expect(sent.message.length).toBeLessThanOrEqual(LIMITS.message);
    expect(sent.message.startsWith('Invalid password')).toBe(true);
  });

  it('resends with the same delivery id until the worker answers', async () => {
    // The page's pending-attempt question is answered; the observation twice not.
    const answers: Array<() => Promise<unknown>> = [
      () => Promise.reject(new Error('worker stopped')),
      () => Promise.resolve(undefined),
    ];
    sendMessage.mockImplementation((m: { type: string }) =>
      m.type === 'observe'
        ? (answers.shift() ?? (() => Promise.resolve({ ok: true })))()
        : Promise.resolve({ ok: true }),
    );
    load('', { path: '/withdraw' });
    const ctx = createContext();
    const done = ctx.report('withdrawal.attempt', {
      attemptId: 'w1',
      amount: { value: '1', currency: 'EUR' },
    });
    await wait(2000);
    await done;
    const observes = sendMessage.mock.calls.map(([m]) => m).filter((m) => m.type === 'observe');
    expect(observes.length).toBe(3);
    expect(new Set(observes.map((m) => m.deliveryId)).size).toBe(1);
  });

  it('keeps an unanswered attempt in the page outbox with its token; the next page hands it over', async () => {
    sessionStorage.clear();
    sendMessage.mockImplementation((m: { type: string }) =>
      m.type === 'observe'
        ? new Promise(() => undefined) // the page unloads before any answer
        : Promise.resolve({ ok: true }),
    );
    load('', { path: '/signin' });
    const first = createContext();
    const question = sendMessage.mock.calls[0]?.[0];
    expect(question).toEqual({ type: 'pending-attempt', token: expect.any(String) });
    // A sign-out is no attempt: only the attempt is kept, with this page's token.
    void first.report('logout');
    void first.report('login.attempt', { attemptId: 'a1b2c3d4-1' });
    const kept = JSON.parse(sessionStorage.getItem('wallet-sentinel-outbox') ?? '[]');
    expect(kept).toMatchObject([
      { message: { kind: 'login.attempt', attemptId: 'a1b2c3d4-1' }, token: question.token },
    ]);

    sendMessage.mockClear();
    load('', { path: '/myaccount' });
    await createContext().pendingAttempt;
    const asked = sendMessage.mock.calls.map(([m]) => m).find((m) => m.type === 'pending-attempt');
    expect(asked.outbox).toEqual(kept);
    expect(asked.token).not.toBe(question.token);
    expect(sessionStorage.getItem('wallet-sentinel-outbox')).toBe(null);
  });
});
