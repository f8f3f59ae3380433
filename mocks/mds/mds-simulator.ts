// The Market-wide Data Service (DIP role MDS) as a Data Service meets it: it takes the settlement
// data (IF-021) the DIP accepted, judges each settlement day of it (consumption-judgement.ts),
// keeps the days it accepts and refuses the others with IF-014 to the sender; at a settlement
// run the run calls it, in market time, and it defaults with IF-013 every MPAN whose Data
// Service had to send data for the day and has none accepted. It meets the DIP through its two
// ports (mocks/dip/dip-ports.ts) and the SMRS's records through AppointmentsOnDay.
import type { Faker } from '@faker-js/faker';
import { buildMessage } from '../../src/builders/message-builder.ts';
import type { Finding } from '../../src/rules/rule.ts';
import { findingOf } from '../../src/rules/rule.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import { periodEnds, type SettlementDayBasis, settlementDay } from '../../src/time/settlement-periods.ts';
import type { DipInbox, DipPublisher } from '../dip/dip-ports.ts';
import type { AcceptedMessage } from '../dip/ingress-judgement.ts';
import type { PushOutcome } from '../dip/publication-push.ts';
import type { Party, PartyDirectory } from '../isd/party-directory.ts';
import type { LoadShapeSource } from '../lss/load-shapes.ts';
import type { PartyRef } from '../smrs/metering-points.ts';
import type { Publication } from '../smrs/publications.ts';
import type { ActiveQuantity, AppointmentsOnDay, SettlementStanding } from './appointments-on-day.ts';
import { type ConsumptionJudgement, type ConsumptionPayload, judgeConsumption } from './consumption-judgement.ts';
import { shapeGroupOf } from './estimate-shape.ts';
import { consumptionDefaulted, consumptionRejected, type DefaultedQuantity, type SettlementCode, type SettlementRunInfo } from './mds-publications.ts';
import { SETTLEMENT_DATA_CHECKS } from './settlement-data-checks.ts';

export interface MdsSimulatorOptions {
  readonly spec: LoadedSpec;
  /** The DIP, as the MDS meets it: what it accepted, and a way to publish. */
  readonly emulator: DipInbox & DipPublisher;
  readonly directory: PartyDirectory;
  /** The MDS's own party (role MDS): the sender of its publications. */
  readonly marketWideDataService: Party;
  readonly appointments: AppointmentsOnDay;
  readonly now: () => number;
  readonly faker: Faker;
  /**
   * The calendar of IF-021's settlement days: `utc` (the default) as the definitions have it
   * (DI-101 "UTC Date", ECS1014, at most 48 periods a day), or `gb-local`, 46 to 50 periods a
   * day (src/time/settlement-periods.ts).
   */
  readonly basis?: SettlementDayBasis;
  /** The LSS's published shapes: defaults follow them, and estimates are compared with them. */
  readonly loadShapes?: LoadShapeSource;
}

/** A settlement day of one MPAN and quantity the MDS holds accepted data for. */
export interface AcceptedDay {
  readonly mpan: string;
  readonly mqid: string;
  readonly settlementDate: string;
  readonly transactionID: string;
  readonly senderDipId: string;
  /** Market millis it was accepted. */
  readonly at: number;
}

export interface MdsPublished {
  readonly at: number;
  readonly publication: Publication;
  readonly payload: Record<string, unknown>;
  /** Present when it was pushed to a participant's webhook. */
  readonly outcome?: PushOutcome;
}

export interface SettlementRunOutcome {
  readonly settlementDate: string;
  readonly run: SettlementRunInfo;
  /** MPAN and quantities the run defaulted, each told with IF-013. */
  readonly defaulted: ReadonlyArray<{ readonly mpan: string; readonly quantities: readonly ActiveQuantity[] }>;
  /** IF021-DATA-FOR-RUN, one per MPAN and quantity defaulted: the Data Service's data was missing or late. */
  readonly findings: readonly Finding[];
}

const FINAL_RUN: SettlementCode = 'RF';

export class MdsSimulator {
  /** Every IF-021 judged, in the order received. */
  readonly judgements: ConsumptionJudgement[] = [];
  /** What the MDS published, in order: its own tests read it; scenarios read the journal. */
  readonly published: MdsPublished[] = [];
  readonly runs: SettlementRunOutcome[] = [];
  private readonly accepted = new Map<string, AcceptedDay>();
  /** When each settlement date's final reconciliation run (RF) ran. */
  private readonly finalRuns = new Map<string, number>();
  private readonly pending = new Set<Promise<void>>();
  /** Refusals a scenario arranged: the next IF-021 for the MPAN is refused with this response line, whatever it holds. */
  private readonly arrangedRefusals = new Map<string, string>();
  private runNumber = 0;
  private readonly basis: SettlementDayBasis;

  constructor(private readonly options: MdsSimulatorOptions) {
    this.basis = options.basis ?? 'utc';
    // The MDS takes every IF-021: the DIP publishes settlement data to it whoever the sender names first.
    options.emulator.onAccepted((message) => {
      if (message.interfaceID === 'IF-021') this.receive(message);
    });
  }

  /** Resolves when every message the DIP has received so far has reached the MDS and its answers have gone out. */
  async idle(): Promise<void> {
    for (;;) {
      await this.options.emulator.routed();
      if (this.pending.size === 0) return;
      await Promise.all(this.pending);
    }
  }

  /** The accepted data for an MPAN, quantity and settlement date, if any. */
  acceptedFor(mpan: string, mqid: string, settlementDate: string): AcceptedDay | undefined {
    return this.accepted.get(dayKey(mpan, mqid, settlementDate));
  }

  /**
   * A settlement run of `settlementDate` takes place now (market time): every MPAN with a Data
   * Service appointed that day and no accepted data for a quantity settlement expects is
   * defaulted, and its Data Service and Supplier are told with IF-013. After the final run (RF)
   * the MDS refuses the day's data as late (ECS1003).
   */
  async settlementRun(settlementDate: string, code: SettlementCode): Promise<SettlementRunOutcome> {
    return this.run(settlementDate, code, this.options.appointments.withDataServiceOn(settlementDate));
  }

  /**
   * A settlement run of `settlementDate` that settles only `mpan`: it is defaulted, and its Data
   * Service and Supplier told with IF-013, when the MDS holds no accepted data for a quantity of
   * it. A scenario's run, so that the MPANs of other scenarios are neither defaulted nor told.
   */
  async settlementRunOf(mpan: string, settlementDate: string, code: SettlementCode): Promise<SettlementRunOutcome> {
    return this.run(settlementDate, code, this.options.appointments.on(mpan, settlementDate)?.dataService ? [mpan] : []);
  }

  private async run(settlementDate: string, code: SettlementCode, mpans: Iterable<string>): Promise<SettlementRunOutcome> {
    const executedAt = this.options.now();
    this.runNumber += 1;
    const run: SettlementRunInfo = { code, executedAt, runNumber: this.runNumber };
    const day = settlementDay(settlementDate, this.basis);
    const defaulted: Array<{ mpan: string; quantities: ActiveQuantity[] }> = [];
    const findings: Finding[] = [];
    const publications: Publication[] = [];
    for (const mpan of mpans) {
      const standing = this.options.appointments.on(mpan, settlementDate)!;
      const missing = (standing.activeQuantities ?? ['AI']).filter((mqid) => !this.accepted.has(dayKey(mpan, mqid, settlementDate)));
      if (missing.length === 0) continue;
      defaulted.push({ mpan, quantities: missing });
      for (const mqid of missing) {
        findings.push(
          findingOf(
            SETTLEMENT_DATA_CHECKS.dataForRun,
            '',
            `the ${code} run of ${settlementDate} at ${formatGbTimestamp(executedAt)} found no accepted ${mqid} data for MPAN ${mpan} from Data Service ${standing.dataService!.dipId}; the MDS defaulted its ${day.periodCount} periods (IF-013)`,
          ),
        );
      }
      const quantities = missing.map((mqid): DefaultedQuantity => ({ mqid, periods: this.defaultPeriods(standing, settlementDate, mqid) }));
      for (const to of recipientsOf(standing)) publications.push(consumptionDefaulted(to, standing, day, run, quantities));
    }
    if (code === FINAL_RUN && !this.finalRuns.has(settlementDate)) this.finalRuns.set(settlementDate, executedAt);
    const outcome: SettlementRunOutcome = { settlementDate, run, defaulted, findings };
    this.runs.push(outcome);
    await Promise.all(publications.map((publication) => this.publish(publication)));
    return outcome;
  }

  /**
   * Refuses the next IF-021 for `mpan` once, each of its days with `response` as its IF-014 line
   * (e.g. ECS1009, the MPAN's status in the MDS): a refusal the Data Service did not cause, so a
   * scenario can see it send the day again. No finding is made of it.
   */
  refuseNext(mpan: string, response: string): void {
    this.arrangedRefusals.set(mpan, response);
  }

  private receive(message: AcceptedMessage): void {
    const judged = judgeConsumption(message, {
      basis: this.basis,
      appointments: this.options.appointments,
      senderRole: this.options.directory.byDip(message.senderDipId)?.role,
      finalRunAt: (settlementDate) => this.finalRuns.get(settlementDate),
      ...(this.options.loadShapes ? { loadShapes: this.options.loadShapes } : {}),
    });
    const arranged = this.arrangedRefusals.get(judged.mpan);
    this.arrangedRefusals.delete(judged.mpan);
    const judgement: ConsumptionJudgement = arranged
      ? { ...judged, days: judged.days.map((day) => ({ ...day, accepted: false, responses: [arranged, ...day.responses] })) }
      : judged;
    this.judgements.push(judgement);
    const at = this.options.now();
    for (const day of judgement.days.filter((candidate) => candidate.accepted)) {
      this.accepted.set(dayKey(judgement.mpan, judgement.mqid, day.settlementDate), {
        mpan: judgement.mpan,
        mqid: judgement.mqid,
        settlementDate: day.settlementDate,
        transactionID: judgement.transactionID,
        senderDipId: judgement.senderDipId,
        at,
      });
    }
    const refused = judgement.days.filter((day) => !day.accepted);
    if (refused.length === 0) return;
    const sender = this.options.directory.byDip(message.senderDipId);
    const to = { dipId: message.senderDipId, mpid: sender?.mpid ?? '' };
    const publication = consumptionRejected(
      to,
      message.payload as unknown as ConsumptionPayload,
      refused.flatMap((day) => day.blocks),
      refused.flatMap((day) => day.responses),
    );
    this.track(this.publish(publication));
  }

  /** The periods of a default: the LSS's shape for the MPAN's group and day where there is one (flagged as the shape is), else zero with flag B (no data available). */
  private defaultPeriods(standing: SettlementStanding, settlementDate: string, mqid: ActiveQuantity): DefaultedQuantity['periods'] {
    const group = shapeGroupOf(standing, standing.connectionType?.indicator ?? 'W', mqid);
    const shape = this.options.loadShapes?.shapeFor(group, settlementDate);
    if (shape && shape.day.basis === this.basis) return shape.periods;
    return periodEnds(settlementDay(settlementDate, this.basis)).map((endUtcMillis) => ({ endUtcMillis, thousandths: 0, flag: 'B' as const }));
  }

  private track(work: Promise<void>): void {
    const settled = work.catch((error: unknown) => {
      console.error(`MDS simulator: a publication failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
  }

  /** Pushed to a party with a webhook; handed on, journaled, to one the suite plays. */
  private async publish(publication: Publication): Promise<void> {
    const { spec, faker, marketWideDataService, directory, emulator } = this.options;
    const at = this.options.now();
    const payload = buildMessage(spec, {
      faker,
      interfaceID: publication.interfaceID,
      eventCode: publication.eventCode,
      now: at,
      sender: { dipId: marketWideDataService.dipId, role: marketWideDataService.role },
      fixed: publication.fixed,
    }) as unknown as Record<string, unknown>;
    if (directory.byDip(publication.to.dipId)?.webhookUrl) {
      const outcome = await emulator.push(publication.to.dipId, publication.interfaceID, [payload], { initialCorrelationID: publication.initialCorrelationID ?? null });
      this.published.push({ at, publication, payload, outcome });
    } else {
      await emulator.handOn(publication.to.dipId, [payload]);
      this.published.push({ at, publication, payload });
    }
  }
}

const dayKey = (mpan: string, mqid: string, settlementDate: string) => `${mpan} ${mqid} ${settlementDate}`;

/** IF-013 goes to the MPAN's Data Service and its Supplier (both named in B043). */
function recipientsOf(standing: SettlementStanding): PartyRef[] {
  return [standing.dataService, standing.supplier].filter((party): party is PartyRef => party !== undefined);
}
