// Waits, in market time, for the participant to do something: the first journaled exchange
// that matches, or nothing by the deadline. Scenarios wait on the journal (what is evidence),
// never on the network.
import type { Clock } from '../clock/index.ts';
import type { Exchange } from '../evidence/exchange.ts';
import type { ExchangeJournal } from '../evidence/exchange-journal.ts';

export interface ExchangeWatch {
  /** Every exchange journaled since the watch began. */
  readonly seen: readonly Exchange[];
  /** The first seen or future exchange that satisfies the test, or undefined at the market deadline. */
  next(test: (exchange: Exchange) => boolean, deadlineMarketMillis: number): Promise<Exchange | undefined>;
  stop(): void;
}

export function watchJournal(journal: ExchangeJournal, clock: Clock): ExchangeWatch {
  const seen: Exchange[] = [];
  const waiters = new Set<{ test: (exchange: Exchange) => boolean; resolve: (exchange: Exchange) => void }>();
  const stop = journal.onAppend((exchange) => {
    seen.push(exchange);
    for (const waiter of waiters) {
      if (waiter.test(exchange)) {
        waiters.delete(waiter);
        waiter.resolve(exchange);
      }
    }
  });
  return {
    seen,
    stop,
    next(test, deadlineMarketMillis) {
      const already = seen.find(test);
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => {
        const abort = new AbortController();
        const waiter = {
          test,
          resolve: (exchange: Exchange) => {
            abort.abort();
            resolve(exchange);
          },
        };
        waiters.add(waiter);
        clock
          .sleep(Math.max(0, deadlineMarketMillis - clock.now()), abort.signal)
          .then(() => {
            waiters.delete(waiter);
            resolve(undefined);
          })
          .catch(() => undefined);
      });
    },
  };
}
