// The durable outbox. Entries are journaled (in the processed record) before this sees them;
// it posts them one at a time, in creation order, and journals each attempt's result:
// 201 acknowledged; 400 and the other no-retry codes rejected (with the DIP's
// StandardResponse kept); network errors, 408, 429 and 5xx retried with exponential backoff
// (Retry-After honoured). After a restart the pending entries are sent again, unchanged, so
// with the same senderUniqueReference.
import type { DipClient, PostResult } from './dip-client.ts';
import type { Journal } from './journal.ts';
import type { Logger } from './log.ts';
import type { DeliveryRecord, DeliveryResult } from './records.ts';
import { applyRecord, type OutboxItem, type ParticipantState } from './state.ts';

export interface OutboxDeps {
  readonly state: ParticipantState;
  readonly journal: Journal;
  readonly client: DipClient;
  /** The X-API-Key value for one of our DIP IDs. */
  /** The X-API-Key for a sender's DIP ID (the interface lets a fault switch spoil one). */
  readonly apiKeyFor: (dipId: string | undefined, interfaceID: string | undefined) => string | undefined;
  readonly log: Logger;
  readonly now: () => number;
  readonly initialBackoffMillis: number;
  readonly maxBackoffMillis: number;
}

/** The codes the DIP itself retries on when it calls a participant (SubmitEvents callbacks). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export function classify(result: PostResult): DeliveryResult {
  if (result.kind === 'network-error') return 'retry';
  if (result.status >= 200 && result.status < 300) return 'acknowledged';
  return RETRY_STATUSES.has(result.status) ? 'retry' : 'rejected';
}

export class Outbox {
  private running = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: OutboxDeps) {}

  /** Something may be due: post it now, or wake up when the next retry is due. */
  kick(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running) void this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.deps.client.abortAll();
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Resolves when no entry is pending (tests and orderly shutdown use it). */
  whenIdle(): Promise<void> {
    if (!this.hasPending()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private hasPending(): boolean {
    for (const item of this.deps.state.outbox.values()) if (item.status === 'pending') return true;
    return false;
  }

  private nextDue(): OutboxItem | undefined {
    const now = this.deps.now();
    for (const item of this.deps.state.outbox.values()) if (item.status === 'pending' && item.nextAttemptAt <= now) return item;
    return undefined;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      for (let item = this.nextDue(); item && !this.stopped; item = this.nextDue()) await this.attempt(item);
    } catch (error) {
      // A bug here must not crash the process; the entry stays pending and is tried again.
      this.deps.log('error', { error: (error as Error).stack ?? String(error) });
      if (!this.stopped) this.timer = setTimeout(() => this.kick(), this.deps.maxBackoffMillis);
      return;
    } finally {
      this.running = false;
    }
    if (this.stopped) return;
    this.scheduleNext();
    if (!this.hasPending()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private scheduleNext(): void {
    let earliest = Infinity;
    for (const item of this.deps.state.outbox.values()) if (item.status === 'pending') earliest = Math.min(earliest, item.nextAttemptAt);
    if (earliest === Infinity) return;
    this.timer = setTimeout(() => this.kick(), Math.max(0, earliest - this.deps.now()));
  }

  private backoff(attempt: number, retryAfterMillis: number | undefined): number {
    const exponential = this.deps.initialBackoffMillis * 2 ** (attempt - 1);
    return Math.min(this.deps.maxBackoffMillis, Math.max(exponential, retryAfterMillis ?? 0));
  }

  private async attempt(item: OutboxItem): Promise<void> {
    const { entry } = item;
    const attempt = item.attempts + 1;
    const result = await this.deps.client.post(entry.path, entry.body, this.deps.apiKeyFor(entry.senderDIPID, entry.interfaceID), entry.paddingBytes);
    // Aborted by stop(): not an attempt worth recording; the entry is sent after the restart.
    if (this.stopped && result.kind === 'network-error') return;
    const outcome = classify(result);
    const now = this.deps.now();
    const record: DeliveryRecord = {
      type: 'delivery',
      at: now,
      id: entry.id,
      attempt,
      result: outcome,
      httpStatus: result.kind === 'answered' ? result.status : undefined,
      response: result.kind === 'answered' ? result.body : undefined,
      error: result.kind === 'network-error' ? result.error : undefined,
      nextAttemptAt: outcome === 'retry' ? now + this.backoff(attempt, result.kind === 'answered' ? result.retryAfterMillis : undefined) : undefined,
    };
    this.deps.journal.append(record);
    applyRecord(this.deps.state, record);
    this.deps.log(outcome === 'acknowledged' ? 'sent' : outcome === 'rejected' ? 'rejected' : 'retry', {
      id: entry.id,
      path: entry.path,
      interfaceID: entry.interfaceID,
      eventCode: entry.eventCode,
      senderUniqueReference: entry.senderUniqueReference,
      attempt,
      httpStatus: record.httpStatus,
      error: record.error,
      ...(outcome === 'rejected' ? { response: record.response } : {}),
      ...(outcome === 'retry' ? { nextAttemptInMillis: record.nextAttemptAt! - now } : {}),
    });
  }
}
