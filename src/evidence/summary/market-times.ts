// The market times a run spanned, read from its journal. Under a compressed clock (×600) a run
// of two real minutes covers most of a market day, and a run with --market-start sits weeks
// before its real dates: the summary's cover shows both spans, so a reviewer reading
// "2026-10-20T09:00" in a finding knows it belongs to this run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface MarketTimes {
  readonly first: string;
  readonly last: string;
}

/** The earliest and latest `marketTime` among journal lines; lines that do not parse are passed over. */
export function marketTimesOf(journalLines: Iterable<string>): MarketTimes | undefined {
  let first: { millis: number; text: string } | undefined;
  let last: { millis: number; text: string } | undefined;
  for (const line of journalLines) {
    if (line.trim() === '') continue;
    let exchange: { marketTime?: unknown; marketMillis?: unknown };
    try {
      exchange = JSON.parse(line) as typeof exchange;
    } catch {
      continue;
    }
    if (typeof exchange.marketTime !== 'string') continue;
    // marketMillis is the same instant as a number; journals without it are ordered by the text's own offset.
    const millis = typeof exchange.marketMillis === 'number' ? exchange.marketMillis : Date.parse(exchange.marketTime);
    if (Number.isNaN(millis)) continue;
    if (!first || millis < first.millis) first = { millis, text: exchange.marketTime };
    if (!last || millis > last.millis) last = { millis, text: exchange.marketTime };
  }
  return first && last ? { first: first.text, last: last.text } : undefined;
}

/** The span of every worker's journal in a run folder (`reports/run`), or undefined when there is none. */
export function readMarketTimes(runDir: string): MarketTimes | undefined {
  let files: string[];
  try {
    files = readdirSync(runDir).filter((name) => /^journal-worker-\d+\.jsonl$/.test(name));
  } catch {
    return undefined;
  }
  return marketTimesOf(files.flatMap((name) => readFileSync(path.join(runDir, name), 'utf8').split('\n')));
}
