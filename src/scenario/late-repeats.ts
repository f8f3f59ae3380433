// A repeat acted on again late. A rainy-day scenario watches a transaction the DIP delivered
// more than once for a few market minutes only (expectActedOnAtMostOnce): making each of some
// 400 scenarios wait out a 60-minute SLA would add most of an hour to a run. A participant that
// acts on a repeat again at minute 20, inside the SLA of what it does, would pass unseen. So
// when its scenario's window ends the watch is handed on to the worker, which keeps listening
// to the journal until the longest SLA of a reaction to that delivery has passed. What shows up
// a second time by then is a run-level finding naming the scenario: the scenario's verdict was
// given already. Only the watches still open are kept, never the exchanges.
import type { Clock } from '../clock/index.ts';
import type { Exchange } from '../evidence/exchange.ts';
import type { ExchangeJournal } from '../evidence/exchange-journal.ts';
import type { RunFinding } from '../run/run-summary.ts';
import { reactionKinds } from './webhook-robustness-steps.ts';
import { MILLIS } from '../time/gb-time.ts';
import { WEBHOOK_CHECKS } from '../findings/check-registry.ts';
import { findingOf } from '../rules/rule.ts';

/** What a scenario hands on when its own window ends. */
export interface RepeatWatch {
  readonly scenario: { readonly name: string; readonly location?: string | undefined };
  /** e.g. `IF-033 [MSAppSPRequest]`: what the DIP delivered more than once. */
  readonly what: string;
  readonly deliveries: number;
  readonly transactionID: string;
  readonly mpan: string | undefined;
  /** Market time from which a reaction counts: when the first delivery's first attempt left. */
  readonly since: number;
  /** Market time of the first delivery: the SLAs count from it. */
  readonly firstDelivery: number;
  /** How long the scenario itself watched, in market minutes. */
  readonly watchedMinutes: number;
  /** The kinds of reaction already seen, each with the market times it was sent (ISO text). */
  readonly seen: ReadonlyMap<string, readonly string[]>;
  /** The longest SLA of a reaction to the delivery, in market minutes: the watch ends that long after the first delivery. */
  readonly slaMinutes: number;
}

interface OpenWatch extends RepeatWatch {
  readonly deadline: number;
  readonly times: Map<string, string[]>;
  /** The last exchange that repeated a kind, for the finding. */
  lastRepeat?: Exchange;
  /** Kinds seen again after the hand-over. */
  readonly repeatedLate: Set<string>;
}

const minutesBetween = (from: number, to: number) => Math.round((to - from) / MILLIS.MINUTE);
/**
 * A watch is closed once the journal shows an exchange this long past its deadline: an exchange
 * that began before the deadline may be journaled a little after one that began later.
 */
const EXPIRY_GRACE_MILLIS = 5 * MILLIS.MINUTE;

export class LateRepeats {
  readonly #open = new Set<OpenWatch>();
  readonly #findings: RunFinding[] = [];
  readonly #stop: () => void;

  constructor(
    journal: ExchangeJournal,
    private readonly clock: Clock,
  ) {
    this.#stop = journal.onAppend((exchange) => {
      for (const watch of this.#open) this.#see(watch, exchange);
    });
  }

  /** Keeps listening for `watch` until its SLA has passed. Call it in the same turn as the scenario's own last look at what it saw. */
  handOn(watch: RepeatWatch): void {
    const deadline = watch.firstDelivery + watch.slaMinutes * MILLIS.MINUTE;
    if (deadline <= this.clock.now()) return;
    this.#open.add({ ...watch, deadline, times: new Map([...watch.seen].map(([kind, at]) => [kind, [...at]])), repeatedLate: new Set() });
  }

  #see(watch: OpenWatch, exchange: Exchange): void {
    if (exchange.marketMillis > watch.deadline + EXPIRY_GRACE_MILLIS) this.#close(watch);
    if (exchange.marketMillis > watch.deadline || exchange.marketMillis < watch.since) return;
    for (const kind of reactionKinds(exchange, watch.transactionID, watch.mpan)) {
      const at = [...(watch.times.get(kind) ?? []), exchange.marketTime];
      watch.times.set(kind, at);
      if (at.length > 1) {
        watch.repeatedLate.add(kind);
        watch.lastRepeat = exchange;
      }
    }
  }

  #close(watch: OpenWatch): void {
    this.#open.delete(watch);
    if (watch.repeatedLate.size === 0) return;
    const where = watch.scenario.location ? ` (${watch.scenario.location})` : '';
    const last = watch.lastRepeat!;
    for (const kind of watch.repeatedLate) {
      const at = watch.times.get(kind)!;
      const message =
        `scenario "${watch.scenario.name}"${where}: ${kind} sent ${at.length} times after ${watch.what} (transaction ${watch.transactionID}) was delivered ${watch.deliveries} times: ${at.join(', ')}; ` +
        `seen again after the scenario's own ${watch.watchedMinutes}-minute watch, ${minutesBetween(watch.firstDelivery, last.marketMillis)} minutes after the first delivery, within the ${watch.slaMinutes}-minute SLA of a reaction to it; once is right`;
      this.#findings.push({
        ...findingOf(WEBHOOK_CHECKS.idempotentDelivery, '', message),
        scenario: { name: watch.scenario.name, ...(watch.scenario.location ? { location: watch.scenario.location } : {}) },
        exchange: { id: last.id, channel: last.channel, marketTime: last.marketTime, status: last.response?.status },
      });
    }
  }

  /** Market time the last open watch ends, or undefined when none is open. */
  latestDeadline(): number | undefined {
    return this.#open.size ? Math.max(...[...this.#open].map((watch) => watch.deadline)) : undefined;
  }

  /**
   * Waits in market time until every open watch has ended, then gives what was acted on again
   * late. `landed` lets what is in flight at that instant reach the journal first.
   */
  async settle(landed: () => Promise<void> = async () => {}): Promise<RunFinding[]> {
    const until = this.latestDeadline();
    if (until !== undefined) {
      await this.clock.sleep(Math.max(0, until - this.clock.now()));
      await landed();
    }
    for (const watch of [...this.#open]) this.#close(watch);
    return [...this.#findings];
  }

  stop(): void {
    this.#stop();
  }
}
