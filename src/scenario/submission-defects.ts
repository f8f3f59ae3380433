// Every fail-severity finding the DIP records against a participant's submission reaches a
// verdict. A step that waits for a message judges the one it matched; a submission no step
// looked at (a second copy of a message, a status message sent twice) would otherwise leave its
// finding in the journal and its scenario green. So each worker keeps the submissions with such
// findings until a scenario claims them: the one whose MPAN, or one of whose pushes'
// transactions, the submission names. What no scenario claims by the end of the run is a
// run-level finding, and fails the run.
import type { Exchange } from '../evidence/exchange.ts';
import type { ExchangeJournal } from '../evidence/exchange-journal.ts';
import type { Finding } from '../rules/rule.ts';
import type { RunFinding } from '../run/run-summary.ts';
import { ParticipantDefect } from './verdicts.ts';


/** What a scenario owns: its MPAN and the transactions the suite pushed in it. */
export interface SubmissionOwner {
  readonly mpan: string | undefined;
  readonly transactionIDs: readonly string[];
}

const failing = (exchange: Exchange): readonly Finding[] => exchange.findings.filter((finding) => finding.severity === 'fail');

function isOwnedBy(exchange: Exchange, owner: SubmissionOwner): boolean {
  const text = exchange.request.body;
  if (owner.mpan && text.includes(owner.mpan)) return true;
  return owner.transactionIDs.some((id) => text.includes(id));
}

export class SubmissionDefects {
  readonly #open = new Map<string, Exchange>();
  readonly #stop: () => void;

  constructor(journal: ExchangeJournal) {
    this.#stop = journal.onAppend((exchange) => {
      if (exchange.direction === 'participant-to-dip' && failing(exchange).length) this.#open.set(exchange.id, exchange);
    });
  }

  /** Takes the submissions with fail findings that belong to `owner`; no other scenario can claim them after. */
  claim(owner: SubmissionOwner): Exchange[] {
    const claimed = [...this.#open.values()].filter((exchange) => isOwnedBy(exchange, owner));
    for (const exchange of claimed) this.#open.delete(exchange.id);
    return claimed;
  }

  /** The submissions with fail findings no scenario claimed, as run-level findings. */
  unclaimed(): RunFinding[] {
    return [...this.#open.values()].flatMap((exchange) =>
      failing(exchange).map((finding) => ({
        ...finding,
        exchange: { id: exchange.id, channel: exchange.channel, marketTime: exchange.marketTime, status: exchange.response?.status },
      })),
    );
  }

  stop(): void {
    this.#stop();
  }
}

/**
 * The scenario's verdict on the submissions it claimed: a ParticipantDefect naming each finding
 * with the submission it is about, or nothing when there are none.
 */
export function defectOfClaimed(claimed: readonly Exchange[]): ParticipantDefect | undefined {
  if (claimed.length === 0) return undefined;
  const findings = claimed.flatMap((exchange) =>
    failing(exchange).map((finding) => ({ ...finding, message: `${exchange.channel} at ${exchange.marketTime} (DIP answered ${exchange.response?.status ?? 'nothing'}): ${finding.message}` })),
  );
  return new ParticipantDefect(`the DIP recorded ${findings.length === 1 ? 'a finding' : `${findings.length} findings`} against the participant's submissions in this scenario`, findings);
}
