// What the MDS needs of the SMRS's records, as a small port: who supplied an MPAN and which Data
// Service was appointed to it on a GB day, and which MPANs had one. The SMRS simulator can
// implement it from its appointment history; until it does, the in-memory register below
// stands in (tests, the settlement benchmark).
import type { B067, M0 } from '../../src/spec/generated/dip-payloads.ts';
import type { MarketSegment, PartyRef } from '../smrs/metering-points.ts';

export type GspGroup = M0['GSPGroupID'];
export type ConnectionType = B067['connectionTypeIndicator'];
export type ActiveQuantity = 'AI' | 'AE';

/** What the SMRS held for an MPAN on one GB day, as far as settlement needs it. */
export interface SettlementStanding {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: GspGroup;
  readonly segment: MarketSegment;
  readonly supplier: PartyRef;
  readonly dataService?: PartyRef;
  /** DI-015 and its Effective From Date (DT-003); Whole Current from the day the MPAN was held when absent. */
  readonly connectionType?: { readonly indicator: ConnectionType; readonly effectiveFrom: string };
  /** DI-030; true when absent for a Smart MPAN, false for an Advanced one. */
  readonly domestic?: boolean;
  /** The active quantities settlement expects of the MPAN: AI (import) unless it is an export MPAN. */
  readonly activeQuantities?: readonly ActiveQuantity[];
  /** DI-300 Consumption Component Class ID, from Market Domain Data (not in the DIP definitions). */
  readonly consumptionComponentClassID?: number;
}

export interface AppointmentsOnDay {
  /** What the SMRS held for the MPAN on GB day `gbDate` (YYYY-MM-DD); undefined when it did not hold the MPAN then. */
  on(mpan: string, gbDate: string): SettlementStanding | undefined;
  /** The MPANs with a Data Service appointed on GB day `gbDate`: those a settlement run expects data for. */
  withDataServiceOn(gbDate: string): Iterable<string>;
}

interface Span {
  readonly from: string;
  /** Last GB day of the span, inclusive; open when absent. */
  readonly to?: string;
  readonly standing: SettlementStanding;
}

/** An in-memory history of appointments: spans of GB days, each with what was held. */
export class InMemoryAppointments implements AppointmentsOnDay {
  private readonly spans = new Map<string, Span[]>();

  /** Holds `standing` for its MPAN from GB day `from` to `to` (inclusive; open-ended when absent). */
  hold(standing: SettlementStanding, from: string, to?: string): void {
    const spans = this.spans.get(standing.mpan) ?? [];
    spans.push({ from, ...(to ? { to } : {}), standing });
    this.spans.set(standing.mpan, spans);
  }

  on(mpan: string, gbDate: string): SettlementStanding | undefined {
    // The latest span covering the day wins: a later appointment replaces an earlier one from its first day.
    return this.spans
      .get(mpan)
      ?.filter((span) => span.from <= gbDate && (span.to === undefined || gbDate <= span.to))
      .at(-1)?.standing;
  }

  *withDataServiceOn(gbDate: string): Iterable<string> {
    for (const mpan of this.spans.keys()) if (this.on(mpan, gbDate)?.dataService) yield mpan;
  }
}
