// What the Data Service keeps for settlement: the appointments it holds (IF-036 until IF-037),
// the load shapes the LSS pushed (IF-022, load-shapes-held.ts reads them), the half-hourly reads
// the MDR handed over for each MPAN and day, and what it sent and had refused. Like everything
// else it is rebuilt from the journal: handlers and the test hook describe changes as facts,
// journaled with their record, and `applySettlementFact` is the only thing that changes this.
import { gbDate, isTimestampProblem, parseOffsetTimestamp } from '../src/time/gb-time.ts';
import { settlementDay } from '../src/time/settlement-periods.ts';
import type { MeteringPoint } from './inbound.ts';

/** One appointment of one of our Data Services to an MPAN: from its IF-036 until its IF-037. */
export interface AppointmentSpan {
  readonly dataServiceDipId: string;
  readonly mpan: string;
  /** B015 incomingDataServiceEffectiveFromDate as received (DT-003). */
  readonly from: string;
  /** B009 dataServiceEffectiveToDate as received: the appointment's last GB day; open when absent. */
  to?: string;
  readonly m0: MeteringPoint;
  /** The Supplier that asked for the appointment (IF-036 B012), when named. */
  readonly supplierDipId?: string;
}

/** The load shape category of B051 with its GSP group. */
export interface ShapeGroup {
  readonly gspGroup: string;
  readonly connectionType: string;
  readonly segment: string;
  /** B051 loadShapeDomesticPremiseIndicator: T, F, or null when the shape is for either. */
  readonly domestic: 'T' | 'F' | null;
  readonly mqid: string;
}

/** One group's shape for a settlement day: period values by the instant the period ends. */
export interface HeldShape {
  readonly group: ShapeGroup;
  readonly settlementDate: string;
  /** Thousandths of a kWh by the period's end, UTC millis. */
  readonly values: ReadonlyMap<number, number>;
}

/** One half-hourly read handed over by the MDR: period 1 to 48 of the UTC day, thousandths of a kWh. */
export interface PeriodRead {
  readonly period: number;
  readonly thousandths: number;
}

/** A day of reads as the test hook gave it (checked and normalised). */
export interface SettlementDataRequest {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly segment: 'S' | 'A';
  readonly dataServiceDipId: string;
  readonly settlementDate: string;
  readonly connectionType: 'W' | 'L' | 'H' | 'E' | 'U';
  readonly domestic: boolean;
  /** AI, AE go as IF-021 [ActivePower]; RI, RE (reactive) as [ReactivePower]. */
  readonly mqid: 'AI' | 'AE' | 'RI' | 'RE';
  readonly reads: readonly PeriodRead[];
}

/** What the Data Service holds of one MPAN, settlement day and quantity. */
export interface HeldDay {
  readonly request: SettlementDataRequest;
  /** Sender unique references of the IF-021 sent for the day, in order. */
  readonly sent: string[];
  /** IF-014 transactions that refused the day since its reads were given. */
  readonly rejections: string[];
  /** Already sent again after a refusal: it is sent again only once. */
  resubmitted: boolean;
}

export type SettlementFact =
  | { readonly kind: 'appointed'; readonly span: AppointmentSpan }
  | { readonly kind: 'appointment-ends'; readonly dataServiceDipId: string; readonly mpan: string; readonly to: string }
  | { readonly kind: 'load-shape'; readonly group: ShapeGroup; readonly settlementDate: string; readonly values: readonly (readonly [number, number])[] }
  | { readonly kind: 'reads'; readonly request: SettlementDataRequest }
  | { readonly kind: 'sent'; readonly key: string; readonly reference: string; readonly why: 'test hook' | 'resubmission after IF-014' | 'IF-013 default' }
  | { readonly kind: 'rejected'; readonly key: string; readonly transactionID: string };

export interface SettlementHeld {
  /** Spans by `<Data Service DIP ID> <MPAN>`, in the order the IF-036s came. */
  readonly appointments: Map<string, AppointmentSpan[]>;
  readonly shapes: Map<string, HeldShape>;
  readonly days: Map<string, HeldDay>;
}

export function emptySettlementHeld(): SettlementHeld {
  return { appointments: new Map(), shapes: new Map(), days: new Map() };
}

const appointmentKey = (dataServiceDipId: string, mpan: string) => `${dataServiceDipId} ${mpan}`;

export const shapeKey = (group: ShapeGroup, settlementDate: string) =>
  `${group.gspGroup} ${group.segment} ${group.connectionType} ${group.domestic ?? '-'} ${group.mqid} ${settlementDate}`;

export const dayKey = (dataServiceDipId: string, mpan: string, settlementDate: string, mqid: string) => `${dataServiceDipId} ${mpan} ${settlementDate} ${mqid}`;

export const dayKeyOf = (request: SettlementDataRequest) => dayKey(request.dataServiceDipId, request.mpan, request.settlementDate, request.mqid);

/** The GB date of a DT-003 timestamp; undefined when it is not one. */
function gbDateOf(timestamp: string | undefined): string | undefined {
  if (timestamp === undefined) return undefined;
  const parsed = parseOffsetTimestamp(timestamp);
  return isTimestampProblem(parsed) ? undefined : gbDate(parsed.utcMillis);
}

export function applySettlementFact(held: SettlementHeld, fact: SettlementFact): void {
  switch (fact.kind) {
    case 'appointed': {
      const key = appointmentKey(fact.span.dataServiceDipId, fact.span.mpan);
      held.appointments.set(key, [...(held.appointments.get(key) ?? []), { ...fact.span }]);
      return;
    }
    case 'appointment-ends': {
      // The latest span that began by the end date is the one ending (a de-appointment update moves its end).
      const ends = gbDateOf(fact.to);
      const spans = held.appointments.get(appointmentKey(fact.dataServiceDipId, fact.mpan)) ?? [];
      const span = [...spans].reverse().find((candidate) => ends === undefined || (gbDateOf(candidate.from) ?? '') <= ends);
      if (span) span.to = fact.to;
      return;
    }
    case 'load-shape':
      held.shapes.set(shapeKey(fact.group, fact.settlementDate), { group: fact.group, settlementDate: fact.settlementDate, values: new Map(fact.values.map(([end, value]) => [end, value])) });
      return;
    case 'reads':
      // New reads for a day replace the old ones and start its story afresh.
      held.days.set(dayKeyOf(fact.request), { request: fact.request, sent: [], rejections: [], resubmitted: false });
      return;
    case 'sent': {
      const day = held.days.get(fact.key);
      if (!day) return;
      day.sent.push(fact.reference);
      if (fact.why === 'resubmission after IF-014') day.resubmitted = true;
      return;
    }
    case 'rejected':
      held.days.get(fact.key)?.rejections.push(fact.transactionID);
      return;
  }
}

export type Appointed = { readonly span: AppointmentSpan } | { readonly problem: string };

/**
 * Whether `dataServiceDipId` was appointed to the MPAN for the whole UTC settlement day: on every
 * GB day the day touches (in summer a UTC day runs 01:00 to 01:00 BST, over two GB days, and the
 * Registration Service appoints by GB day). The span holding the day's first GB day answers.
 */
export function appointedOn(held: SettlementHeld, dataServiceDipId: string, mpan: string, settlementDate: string): Appointed {
  const spans = held.appointments.get(appointmentKey(dataServiceDipId, mpan)) ?? [];
  if (spans.length === 0) return { problem: `Data Service ${dataServiceDipId} holds no appointment to MPAN ${mpan} (no IF-036 [DSAppActive] naming it)` };
  const day = settlementDay(settlementDate, 'utc');
  const covering = (gbDay: string) =>
    [...spans].reverse().find((span) => {
      const from = gbDateOf(span.from);
      const to = gbDateOf(span.to);
      return from !== undefined && from <= gbDay && (to === undefined || gbDay <= to);
    });
  const gbDays = [...new Set([gbDate(day.startUtcMillis), gbDate(day.endUtcMillis - 1)])];
  for (const gbDay of gbDays) {
    if (!covering(gbDay)) {
      const shown = spans.map((span) => `from ${span.from}${span.to ? ` to ${span.to}` : ''}`).join('; ');
      return { problem: `Data Service ${dataServiceDipId} was not appointed to MPAN ${mpan} on GB day ${gbDay}, which UTC settlement day ${settlementDate} covers (appointments held: ${shown})` };
    }
  }
  return { span: covering(gbDays[0]!)! };
}

/** The latest appointment held, whatever its days: what a Data Service sending for a day it was not appointed to goes by. */
export function latestAppointment(held: SettlementHeld, dataServiceDipId: string, mpan: string): AppointmentSpan | undefined {
  return held.appointments.get(appointmentKey(dataServiceDipId, mpan))?.at(-1);
}

/** Whether the Data Service holds anything for the MPAN: an appointment or a day of reads. */
export function holdsMpan(held: SettlementHeld, mpan: string): boolean {
  for (const spans of held.appointments.values()) if (spans.some((span) => span.mpan === mpan)) return true;
  for (const day of held.days.values()) if (day.request.mpan === mpan) return true;
  return false;
}
