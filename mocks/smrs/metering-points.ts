// What the SMRS knows about each MPAN in a scenario: who supplies it, which switch is pending,
// which Metering and Data Services are appointed, and the appointment requests in flight.
// Plain data, changed only by the appointment and switch modules beside this one.

/**
 * The day a scenario's metering point and its current appointments date from: the start of
 * MHHS migration for the Smart and Advanced segments (M11/M12, 22 October 2025). Effective
 * From Dates of what the SMRS already holds (segment, outgoing services) use it.
 */
export const HELD_SINCE = { year: 2025, month: 10, day: 22 } as const;

export interface PartyRef {
  readonly dipId: string;
  readonly mpid: string;
}

export type ServiceKind = 'MS' | 'DS';
export type MarketSegment = 'S' | 'A';

export interface PendingSwitch {
  readonly supplier: PartyRef;
  /** GB date the incoming Supplier's registration takes effect (YYYY-MM-DD). */
  readonly supplyStartDate: string;
  readonly cssRegistrationId: string;
}

/** `superseded`: a later request of the same kind for the MPAN replaced it before it became active (REG1089, COS-14). */
export type AppointmentStatus = 'offered' | 'accepted' | 'rejected' | 'lapsed' | 'active' | 'superseded';

export interface Appointment {
  readonly kind: ServiceKind;
  readonly supplier: PartyRef;
  readonly proposed: PartyRef;
  /** DT-003 local-midnight timestamp the appointment takes effect. */
  readonly effectiveFrom: string;
  readonly scenario: string;
  /** The B070 (MS) or B071 (DS) block as the Supplier sent it; echoed in later messages. */
  readonly block: Record<string, unknown>;
  readonly cssRegistrationId: string | null;
  readonly correlationId: string | null;
  readonly requestTransactionID: string;
  status: AppointmentStatus;
}

/** One meter in the SMRS's asset history of an MPAN (meter-history.ts); dates as reported (DT-003). */
export interface MeterRecord {
  readonly meterID: string;
  readonly installedOn: string;
  /** Absent while the meter is installed. */
  readonly removedOn?: string;
}

export interface MeteringPoint {
  readonly mpan: string;
  readonly gspGroup: string;
  readonly distributorDipId: string;
  readonly segment: MarketSegment;
  /** Types (DI-059) of the meters on site, listed in offers (IF-033 B905List); none when unknown. */
  readonly meterTypes?: readonly string[];
  supplier?: PartyRef;
  pendingSwitch?: PendingSwitch;
  /** Still under the legacy (non-MHHS) arrangements: only a migration appointment (MCA, MCS) may be made (MIG-01, MIG-07). */
  legacy?: boolean;
  /** A change of market segment under way (BP011): SEG appointments are checked against it. */
  pendingSegment?: MarketSegment;
  meteringService?: PartyRef;
  dataService?: PartyRef;
  /** GB date (YYYY-MM-DD) the Data Service's appointment took effect; since the SMRS first held the MPAN when absent. */
  dataServiceFrom?: string;
  /** Last GB date (YYYY-MM-DD, inclusive) of the Data Service's appointment, once the SMRS has ended it. */
  dataServiceUntil?: string;
  /** The Meter Data Retriever assigned by the Smart Data Service's last accepted IF-034 [SDS-MDRUpdate] (BP003B); absent before one. */
  mdr?: PartyRef & { readonly effectiveFrom: string };
  /** The asset history: meters installed and removed, oldest first; absent when the scenario gives none. */
  meters?: readonly MeterRecord[];
  readonly appointments: Appointment[];
}

export class MeteringPointStore {
  private readonly points = new Map<string, MeteringPoint>();

  add(point: Omit<MeteringPoint, 'appointments'>): MeteringPoint {
    const created: MeteringPoint = { ...point, appointments: [] };
    this.points.set(point.mpan, created);
    return created;
  }

  get(mpan: string): MeteringPoint | undefined {
    return this.points.get(mpan);
  }

  all(): IterableIterator<MeteringPoint> {
    return this.points.values();
  }
}
