import type { SentinelDb } from '../../storage/db';
import { eventsByAttempt, eventsById } from '../../storage/event-query';
import type { StoredEvent } from '../../model/event-types';
import { pickOutcome } from './outcome';

const CAPACITY = 6_000;

/**
 * The records behind the rows on screen, read by id as the list scrolls (a screenful is one
 * `bulkGet`), with the outcome of each attempt shown. Bounded: the oldest reads are dropped.
 * One read runs at a time; rows asked for meanwhile are read next.
 */
export class RowSource {
  private readonly events = new Map<number, StoredEvent | null>();
  private readonly outcomes = new Map<string, StoredEvent | null>();
  private wanted: readonly number[] = [];
  private running = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: SentinelDb) {}

  /** Called after each read; returns the unsubscribe. Only the table re-renders, not the page. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The event, null when it no longer exists, undefined while not read yet. */
  event(id: number): StoredEvent | null | undefined {
    return this.events.get(id);
  }

  /** The attempt's outcome, null when none was seen, undefined while not looked up. */
  outcome(attemptId: string): StoredEvent | null | undefined {
    return this.outcomes.get(attemptId);
  }

  /** Records read elsewhere (the list's first page): no second read for them. */
  add(events: readonly StoredEvent[]): void {
    for (const event of events) this.events.set(event.id, event);
    this.trim();
  }

  /**
   * Events were recorded or deleted: an attempt may have its outcome now. Records never change,
   * so the ones read stay (a deleted one is no longer asked for).
   */
  invalidate(): void {
    for (const [id, event] of this.events) if (event === null) this.events.delete(id);
    for (const [attemptId, outcome] of this.outcomes) {
      if (outcome === null || outcome.kind === 'withdrawal.pending')
        this.outcomes.delete(attemptId);
    }
  }

  want(ids: readonly number[]): void {
    this.wanted = ids;
    if (!this.running) void this.pump();
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      for (;;) {
        const missing = this.wanted.filter((id) => !this.events.has(id));
        const attempts = this.attemptsWanted();
        if (missing.length === 0 && attempts.length === 0) return;
        if (missing.length) {
          const read = await eventsById(this.db, missing);
          for (const id of missing) this.events.set(id, null);
          this.add(read);
        } else {
          const related = await eventsByAttempt(this.db, attempts);
          for (const attemptId of attempts) {
            const outcome = pickOutcome(related.filter((e) => e.attemptId === attemptId));
            this.outcomes.set(attemptId, outcome ?? null);
          }
        }
        for (const listener of this.listeners) listener();
      }
    } catch (error) {
      console.error('log rows', error);
    } finally {
      this.running = false;
    }
  }

  private attemptsWanted(): string[] {
    const ids = new Set<string>();
    for (const id of this.wanted) {
      const event = this.events.get(id);
      if (
        event?.attemptId &&
        event.kind.endsWith('.attempt') &&
        !this.outcomes.has(event.attemptId)
      ) {
        ids.add(event.attemptId);
      }
    }
    return [...ids];
  }

  private trim(): void {
    if (this.events.size <= CAPACITY) return;
    const keep = new Set(this.wanted);
    for (const id of this.events.keys()) {
      if (this.events.size <= CAPACITY - 1_000) break;
      if (!keep.has(id)) this.events.delete(id);
    }
    if (this.outcomes.size > CAPACITY) this.outcomes.clear();
  }
}
