// What one scenario knows while it runs: its stage, its MPAN, what the suite has done and
// when (market time), and every exchange journaled since it began, for the evidence.
import type { MeteringPoint } from '../../mocks/smrs/metering-points.ts';
import type { PushOutcome } from '../../mocks/dip/publication-push.ts';
import type { SlaMeasurement } from '../clock/index.ts';
import type { Exchange } from '../evidence/exchange.ts';
import { namesMpan } from '../evidence/exchange-mpans.ts';
import type { Finding } from '../rules/rule.ts';
import type { Screenshot } from '../stage/playwright-trigger.ts';
import type { QualificationStage } from '../stage/qualification-stage.ts';
import type { BrowserMeans } from '../stage/triggers.ts';
import type { LateRepeats } from './late-repeats.ts';
import type { MdrChange } from './mdr-change-steps.ts';
import type { HandedDay } from './settlement-data-steps.ts';
import { type ExchangeWatch, watchJournal } from './wait-for-exchange.ts';

export interface SuiteAction {
  /** e.g. `IF-002 [GainMPANInfo]` */
  readonly what: string;
  /** Market time the suite did it; for a push, when it was delivered (deliveredAt). */
  readonly at: number;
  readonly push?: PushOutcome;
  /** The DIP ID the push went to, where A0 (optional in some variants) may not say. */
  readonly recipientDipId?: string;
}

/**
 * When the DIP delivered a push: when its last attempt (the one that got through) went on the
 * wire. A trigger's SLA clock starts here, never when the answer came back: a participant may
 * act on a publication before it answers the push, and the DIP API sets no rule against it.
 */
export function deliveredAt(push: PushOutcome, fallback: number): number {
  return push.attempts.at(-1)?.sentMarketMillis ?? fallback;
}

/**
 * From when a reply to `action` can be seen: when its first attempt left. A participant that
 * acted on an attempt the DIP then retried has still replied to this push.
 */
export function replySince(action: SuiteAction): number {
  return action.push?.attempts[0]?.sentMarketMillis ?? action.at;
}

export class ScenarioContext {
  readonly watch: ExchangeWatch;
  readonly startedAt: number;
  #point?: MeteringPoint;
  supplyStartDate?: string;
  cssRegistrationId?: string;
  /** The Meter Data Retriever the Supplier the suite plays nominated in its Data Service request, when it nominated one. */
  nominatedMdr?: { readonly dipId: string; readonly mpid: string };
  /** The MDR the suite asked the participant's Smart Data Service to change to, and from when (mdr-change-steps.ts). */
  mdrChange?: MdrChange;
  /** The settlement day the suite, as the MDR, handed the participant's Data Service, and its reads (settlement-data-steps.ts). */
  settlementDay?: HandedDay;
  /** The participant registers an MPAN not yet under MHHS, to migrate it with the switch (its requests say MCS, not COS). */
  migratingWithSwitch = false;
  /** REG codes the scenario itself asked the SMRS to refuse the participant's next request with. */
  readonly arrangedRejections = new Set<string>();
  readonly actions: SuiteAction[] = [];
  readonly slas: SlaMeasurement[] = [];
  /** Warn-severity findings: reported with the evidence, never a failed verdict. */
  readonly warnings: Finding[] = [];
  /**
   * The fail findings of the defects that failed the scenario, each naming the requirement it
   * breaks: the requirement verdicts are read from these (src/requirements/coverage.ts), so a
   * scenario failed by its SLA fails that SLA's requirement, not every requirement it carries.
   */
  readonly defects: Array<{ readonly message: string; readonly findings: readonly Finding[] }> = [];
  /** Report annotations already made (MPAN, SLA ids), so each is made once. */
  readonly reported = new Set<string>();
  /** Messages the participant sent that a step has matched, by `IF-031 [MSApp]`. */
  readonly received = new Map<string, Exchange>();
  /** Screenshots a browser trigger took of the participant's own web UI, for the evidence. */
  readonly screenshots: Screenshot[] = [];

  /** The worker's watch for repeats acted on again after a scenario's own window (none in a unit test). */
  lateRepeats?: LateRepeats;

  /** `location`: the scenario's feature file and line, as the run summary names it. */
  constructor(readonly stage: QualificationStage, readonly name: string, readonly location?: string) {
    this.watch = watchJournal(stage.journal, stage.clock);
    this.startedAt = stage.clock.now();
  }

  /** The MPAN the scenario is about; from when it is set, the journal records the exchanges about it as this scenario's. */
  get point(): MeteringPoint | undefined {
    return this.#point;
  }

  set point(point: MeteringPoint | undefined) {
    this.#point = point;
    if (point) this.stage.fileUnderScenario(point.mpan, this.location ?? this.name);
  }

  get mpan(): string {
    if (!this.point) throw new Error('the scenario has no MPAN yet: a Given step must set one up');
    return this.point.mpan;
  }

  /** The last time the suite did `what` (e.g. pushed IF-002 [GainMPANInfo]). */
  lastAction(what: string): SuiteAction | undefined {
    return [...this.actions].reverse().find((action) => action.what === what);
  }

  /** Exchanges of this scenario: journaled since it began and about its MPAN, as recorded with them (all of them before it has one). */
  exchanges(): readonly Exchange[] {
    const mpan = this.point?.mpan;
    return this.watch.seen.filter((exchange) => !mpan || namesMpan(exchange.mpans, mpan));
  }

  /** How a browser trigger of this scenario presents the DIP's client certificate and files its screenshots. */
  browserMeans(): BrowserMeans {
    const client = this.stage.security?.client;
    return { ...(client ? { clientIdentity: client } : {}), onScreenshot: (screenshot) => this.screenshots.push(screenshot) };
  }

  close(): void {
    this.watch.stop();
  }
}
