// The SMRS (Registration Service, DIP role REGS) as the participant meets it: it validates
// appointment requests (IF-031 → IF-032 rejection or IF-033 offer), takes the service's answer
// (IF-034 → IF-035) and a Smart Data Service's change of its MDR (IF-034 [SDS-MDRUpdate] →
// IF-035 [SDS-MDROutcome]), confirms on Secured Active (IF-001, IF-036, IF-037) and reports lapses.
// Decisions live in the modules beside this one; this file turns them into messages and sends
// them: pushed through the DIP emulator to a party with a webhook, handed in-process to a
// simulated one.
import type { Faker } from '@faker-js/faker';
import { gbLocalMidnight } from '../../src/builders/identifiers.ts';
import { buildMessage } from '../../src/builders/message-builder.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { interfaceReader, readField, textField } from '../../src/spec/payload-fields.ts';
import { reverseMigrationRefusal } from '../../src/clock/migration-calendar.ts';
import { formatGbTimestamp, gbDate, gbMidnightUtcMillis } from '../../src/time/gb-time.ts';
import type { DipInbox, DipPublisher } from '../dip/dip-ports.ts';
import type { AcceptedMessage } from '../dip/ingress-judgement.ts';
import type { PushOutcome } from '../dip/publication-push.ts';
import type { Party, PartyDirectory } from '../isd/party-directory.ts';
import { type AppointmentRequest, checkAppointmentRequest } from './appointment-checks.ts';
import { type Appointment, HELD_SINCE, type MeteringPoint, type MeteringPointStore, type PartyRef, type ServiceKind } from './metering-points.ts';
import * as publications from './publications.ts';
import { applyToHistory } from './meter-history.ts';
import { mdrUpdateRefusal } from './mdr-updates.ts';
import { NOTIFICATION_OF, updateNotifications, updateRefusal } from './registration-updates.ts';
import { REMINDER_EVENT, remindersDue } from './reminders.ts';
import { directContractEvent, DirectContractRegister } from './direct-contracts.ts';
import type { Publication } from './publications.ts';

export interface PublishedRecord {
  readonly at: number;
  readonly publication: Publication;
  readonly payload: Record<string, unknown>;
  /** Present when the publication was pushed to a participant's webhook. */
  readonly outcome?: PushOutcome;
}

/** A simulated party that receives a publication in-process (a Data Service the suite plays …). */
export type SimulatedRecipient = (publication: Publication, payload: Record<string, unknown>) => void;

export interface SmrsSimulatorOptions {
  readonly spec: LoadedSpec;
  /** The DIP, as the SMRS meets it: what it accepted, and a way to publish. */
  readonly emulator: DipInbox & DipPublisher;
  readonly directory: PartyDirectory;
  readonly registrationService: Party;
  readonly points: MeteringPointStore;
  readonly now: () => number;
  readonly faker: Faker;
  /** Parties without a webhook get publications here; by default they are only recorded. */
  readonly simulatedRecipient?: SimulatedRecipient;
  /**
   * `serial` (the default): one queue, events acted on in the order received, so one scenario's
   * leftover work is done before the next scenario's starts. `per-mpan`: one MPAN's events in
   * order, different MPANs' side by side, for a load of many MPANs: in one queue every push
   * waits for the previous push's round trip, which held a load to 30 to 40 MPANs a second.
   */
  readonly ordering?: 'serial' | 'per-mpan';
}

/**
 * The outcome text of a superseded appointment: REG1089 of the DIP API. Which interface carries it
 * is our reading (PROCESS-TABLES COS-14 [INFERRED]): IF-035 [MSAppRejected] / [DSAppRejected].
 */
export const SUPERSEDED = 'REG1089 - Subsequent Appointment Received';

const KIND_OF_REQUEST: Record<string, ServiceKind> = { '[MSApp]': 'MS', '[DSApp]': 'DS' };
const KIND_OF_RESPONSE: Record<string, ServiceKind> = { '[MSAppSPResponse]': 'MS', '[DSAppSPResponse]': 'DS' };

/** The MPAN a message is about: its queue when the SMRS orders its work per MPAN. */
const mpanOf = (message: AcceptedMessage): string => String(readField(message.payload, 'CommonBlock', 'M0', 'MPANCore') ?? '');

const readIF031 = interfaceReader('IF-031');
const readIF034 = interfaceReader('IF-034');
const readIF038 = interfaceReader('IF-038');

export class SmrsSimulator {
  /** What the SMRS published, in order: its own tests read it; scenarios read the journal. */
  readonly published: PublishedRecord[] = [];
  /** Work in hand, by queue: one queue in all (serial), or one per MPAN (see `ordering`). */
  private readonly work = new Map<string, Promise<void>>();
  /** Rejections a scenario has arranged, by `MPAN kind`: the SMRS's own checks would pass. */
  private readonly arrangedRejections = new Map<string, string>();
  /** Customer Direct Contracts recorded by the services (IF-038, CRD-04). */
  readonly directContracts = new DirectContractRegister();
  /** When each MPAN was last reminded of a missing service (IF-045), market millis. */
  private readonly reminded = new Map<string, Partial<Record<ServiceKind, number>>>();
  /** Publications to hold back, by MPAN: `IF-035 [MSAppAccepted]`, delivered late (out-of-order scenarios). */
  private readonly holds = new Map<string, Set<string>>();
  /** Steps waiting for a publication to be held back (whenHeld). */
  private readonly heldWaiters = new Set<() => void>();
  /** Publications held back, by MPAN, in the order the SMRS sent them. */
  private readonly held = new Map<string, Array<{ publication: Publication; payload: Record<string, unknown> }>>();

  constructor(private readonly options: SmrsSimulatorOptions) {
    // A listener returns nothing: the work is queued, and idle() is how anyone waits for it.
    options.emulator.onAccepted((message) => {
      void this.enqueue(mpanOf(message), () => this.receive(message));
    });
  }

  /** Resolves when every message the DIP has received so far has reached the SMRS and been acted on. */
  async idle(): Promise<void> {
    // Acting, the SMRS pushes; the participant may answer with a submission of its own: wait for that too.
    for (;;) {
      await this.options.emulator.routed();
      if (this.work.size === 0) return;
      await Promise.all(this.work.values());
    }
  }

  /** The next appointment request of this kind for the MPAN is rejected with `reason` (a REG code and text). */
  rejectNextAppointment(mpan: string, kind: ServiceKind, reason: string): void {
    this.arrangedRejections.set(`${mpan} ${kind}`, reason);
  }

  /**
   * The DIP holds back the SMRS's next `interfaceID eventCode` about the MPAN to a party with a
   * webhook, until `releaseHeld`: how a scenario has a publication arrive after the one it
   * precedes in the process (IF-036 before IF-035).
   */
  holdBack(mpan: string, interfaceID: string, eventCode: string): void {
    this.holds.set(mpan, new Set([...(this.holds.get(mpan) ?? []), `${interfaceID} ${eventCode}`]));
  }

  /** What the DIP holds back for the MPAN, as `IF-035 [MSAppAccepted]`. */
  heldFor(mpan: string): string[] {
    return (this.held.get(mpan) ?? []).map(({ publication }) => `${publication.interfaceID} ${publication.eventCode}`);
  }

  /**
   * Resolves true once the DIP holds back `what` (`IF-035 [MSAppAccepted]`) for the MPAN, or
   * false when `signal` aborts first: a step waits on this, not by asking again and again.
   */
  whenHeld(mpan: string, what: string, signal: AbortSignal): Promise<boolean> {
    if (this.heldFor(mpan).includes(what)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = () => {
        if (!this.heldFor(mpan).includes(what)) return;
        this.heldWaiters.delete(waiter);
        resolve(true);
      };
      this.heldWaiters.add(waiter);
      signal.addEventListener('abort', () => {
        this.heldWaiters.delete(waiter);
        resolve(false);
      });
    });
  }

  /** The DIP delivers what it held back for the MPAN, in the order the SMRS sent it. */
  releaseHeld(mpan: string): Promise<number> {
    return this.enqueue(mpan, async () => {
      const held = this.held.get(mpan) ?? [];
      this.held.delete(mpan);
      for (const { publication, payload } of held) await this.deliver(publication, payload);
      return held.length;
    });
  }

  /**
   * IF-035: the outcome of the MPAN's latest appointment of `kind`, to the service proposed
   * (DES138 also names it as a recipient; the SMRS here tells only the Supplier unless asked).
   */
  tellProposedService(mpan: string, kind: ServiceKind): Promise<void> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      const appointment = point.appointments.filter((candidate) => candidate.kind === kind).at(-1);
      if (!appointment || appointment.status === 'offered') throw new Error(`MPAN ${mpan} has no ${kind} appointment with an outcome to tell`);
      // A superseded appointment was refused in favour of the later request (COS-14).
      const outcome = appointment.status === 'active' ? 'accepted' : appointment.status === 'superseded' ? 'rejected' : appointment.status;
      const text = outcome === 'accepted' ? 'SP000 - Proposed Appointment ACCEPTED' : appointment.status === 'superseded' ? SUPERSEDED : 'SP099 - Other';
      await this.publish(publications.appointmentStatus(point, appointment, outcome, text, appointment.proposed));
    });
  }

  /** A message for the SMRS from a party the suite simulates (no HTTP involved). */
  receiveFromSimulated(message: AcceptedMessage): Promise<void> {
    return this.enqueue(mpanOf(message), () => this.receive(message));
  }

  /** CSS reports a pending switch: the incoming Supplier gets IF-002 (COS-02). */
  switchPending(mpan: string, supplier: PartyRef, supplyStartDate: string, cssRegistrationId: string): Promise<void> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      point.pendingSwitch = { supplier, supplyStartDate, cssRegistrationId };
      await this.publish(publications.gainNotification(point));
    });
  }

  /** CSS updates the pending switch: the incoming Supplier gets IF-002 again, for the same CSS registration. */
  gainUpdated(mpan: string): Promise<void> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      if (!point.pendingSwitch) throw new Error(`MPAN ${mpan} has no pending switch to update`);
      await this.publish(publications.gainNotification(point));
    });
  }

  /** The switch reaches Secured Active: registration confirmed (IF-001), accepted appointments made active (COS-09…11). */
  securedActive(mpan: string): Promise<void> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      const pending = point.pendingSwitch;
      if (!pending) throw new Error(`MPAN ${mpan} has no pending switch to secure`);
      const ssd = pending.supplyStartDate;
      const [year, month, day] = ssd.split('-').map(Number) as [number, number, number];
      // The registration is confirmed first (COS-09), then the appointments it carries.
      await this.publish(publications.registrationConfirmed(point, pending.supplier, ssd, pending.cssRegistrationId, point.supplier));
      point.supplier = pending.supplier;
      point.pendingSwitch = undefined;
      // A forward migration by Change of Supplier (MIG-05): the MPAN comes under MHHS with the switch.
      if (point.appointments.some((candidate) => candidate.status === 'accepted' && candidate.scenario === 'MCS')) point.legacy = false;
      for (const appointment of point.appointments.filter((candidate) => candidate.status === 'accepted')) {
        appointment.status = 'active';
        const outgoing = appointment.kind === 'MS' ? point.meteringService : point.dataService;
        await this.publish(publications.appointmentActive(point, appointment, appointment.supplier));
        await this.publish(publications.appointmentActive(point, appointment, appointment.proposed));
        if (outgoing && outgoing.dipId !== appointment.proposed.dipId) {
          // The outgoing service's appointment ran from when the SMRS first held it to the day before the new one.
          const since = formatGbTimestamp(gbMidnightUtcMillis(HELD_SINCE.year, HELD_SINCE.month, HELD_SINCE.day));
          const dayBefore = formatGbTimestamp(gbMidnightUtcMillis(year, month, day - 1));
          await this.publish(publications.deAppointment(point, appointment.kind, outgoing, since, dayBefore, 'CSUPP'));
        }
        if (appointment.kind === 'MS') point.meteringService = appointment.proposed;
        else {
          point.dataService = appointment.proposed;
          point.dataServiceFrom = appointment.effectiveFrom.slice(0, 10);
        }
      }
    });
  }

  /**
   * An unqualified Supplier's registration takes a migrated MPAN back to the legacy arrangements
   * (MIG-06): IF-003 to the outgoing MHHS services and Supplier, from the next GB day. Refused,
   * with nothing sent, once M14 has passed on the market clock: the refusal is returned.
   */
  async reverseMigrate(mpan: string, migration: Omit<publications.ReverseMigration, 'regimeEnd'>): Promise<string | undefined> {
    let refusal: string | undefined;
    await this.enqueue(mpan, async () => {
      refusal = reverseMigrationRefusal(this.options.now());
      if (refusal) return;
      const point = this.point(mpan);
      const [year, month, day] = gbDate(this.options.now()).split('-').map(Number) as [number, number, number];
      const regimeEnd = formatGbTimestamp(gbMidnightUtcMillis(year, month, day + 1));
      const since = formatGbTimestamp(gbMidnightUtcMillis(HELD_SINCE.year, HELD_SINCE.month, HELD_SINCE.day));
      const until = formatGbTimestamp(gbMidnightUtcMillis(year, month, day));
      for (const publication of publications.reverseMigration(point, { ...migration, regimeEnd }, since, until)) await this.publish(publication);
      point.legacy = true;
      point.meteringService = undefined;
      point.dataService = undefined;
      point.dataServiceFrom = undefined;
    });
    return refusal;
  }

  /**
   * The SMRS holds `dataService` appointed to the MPAN from GB day `effectiveFrom` (YYYY-MM-DD),
   * as a scenario that starts after the appointment arranges it, and tells the Data Service with
   * IF-036 [DSAppActive], as it did when the appointment became active (COS-10): a Data Service
   * knows the days it serves from the appointments it was told of.
   */
  dataServiceAppointed(mpan: string, dataService: PartyRef, effectiveFrom: string): Promise<void> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      const appointment: Appointment = {
        kind: 'DS',
        supplier: point.supplier!,
        proposed: dataService,
        effectiveFrom: gbLocalMidnight(effectiveFrom),
        scenario: 'CSP',
        block: {},
        cssRegistrationId: null,
        correlationId: null,
        requestTransactionID: '',
        status: 'active',
      };
      point.appointments.push(appointment);
      point.dataService = dataService;
      point.dataServiceFrom = effectiveFrom;
      point.dataServiceUntil = undefined;
      await this.publish(publications.appointmentActive(point, appointment, dataService));
    });
  }

  /**
   * The SMRS ends the Data Service's appointment to the MPAN after GB day `lastDay` (YYYY-MM-DD;
   * a Change of Service, CSERV) and tells it with IF-037 [DSDeApp]: the days after are another
   * Data Service's to settle.
   */
  dataServiceDeAppointed(mpan: string, lastDay: string): Promise<void> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      const outgoing = point.dataService;
      if (!outgoing) throw new Error(`MPAN ${mpan} has no Data Service to de-appoint`);
      const since = point.dataServiceFrom ? gbLocalMidnight(point.dataServiceFrom) : formatGbTimestamp(gbMidnightUtcMillis(HELD_SINCE.year, HELD_SINCE.month, HELD_SINCE.day));
      point.dataServiceUntil = lastDay;
      await this.publish(publications.deAppointment(point, 'DS', outgoing, since, gbLocalMidnight(lastDay), 'CSERV'));
    });
  }

  /** The switch is cancelled: appointments waiting on it lapse (COS-12). */
  switchCancelled(mpan: string): Promise<void> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      point.pendingSwitch = undefined;
      for (const appointment of point.appointments.filter((candidate) => candidate.status === 'offered' || candidate.status === 'accepted')) {
        appointment.status = 'lapsed';
        await this.publish(publications.appointmentStatus(point, appointment, 'lapsed', 'Appointment not matched to a Secured Active registration'));
      }
    });
  }

  /**
   * The SMRS's reminder run for the MPAN as of `asOf` (market millis; now by default): IF-045
   * [NoMSAppointed] / [NoDSAppointed] to the registered Supplier for each service still missing
   * and not reminded of in the last 7 days (COS-15, T8). Returns the event codes sent.
   */
  remindMissingAppointments(mpan: string, asOf = this.options.now()): Promise<string[]> {
    return this.enqueue(mpan, async () => {
      const point = this.point(mpan);
      const last = this.reminded.get(mpan) ?? {};
      const due = remindersDue(point, asOf, last);
      for (const kind of due) {
        last[kind] = asOf;
        await this.publish(publications.missingAppointmentReminder(point, kind, REMINDER_EVENT[kind]));
      }
      this.reminded.set(mpan, last);
      return due.map((kind) => REMINDER_EVENT[kind]);
    });
  }

  private enqueue<T>(mpan: string, task: () => Promise<T>): Promise<T> {
    const queue = this.options.ordering === 'per-mpan' ? mpan : '';
    const next = (this.work.get(queue) ?? Promise.resolve()).then(task);
    const settled: Promise<void> = next.then(
      () => undefined,
      () => undefined,
    );
    this.work.set(queue, settled);
    // The last task of a queue removes it, so the map holds only queues with work in hand.
    void settled.then(() => {
      if (this.work.get(queue) === settled) this.work.delete(queue);
    });
    return next;
  }

  private point(mpan: string): MeteringPoint {
    const point = this.options.points.get(mpan);
    if (!point) throw new Error(`MPAN ${mpan} is not set up in the SMRS simulator`);
    return point;
  }

  private async receive(message: AcceptedMessage): Promise<void> {
    const requestKind = message.interfaceID === 'IF-031' ? KIND_OF_REQUEST[message.eventCode] : undefined;
    if (requestKind) return this.onAppointmentRequest(message, requestKind);
    const responseKind = message.interfaceID === 'IF-034' ? KIND_OF_RESPONSE[message.eventCode] : undefined;
    if (responseKind) return this.onServiceResponse(message, responseKind);
    if (message.interfaceID === 'IF-034' && message.eventCode === '[SDS-MDRUpdate]') return this.onMdrUpdate(message);
    if (NOTIFICATION_OF[message.interfaceID]) return this.onRegistrationUpdate(message);
    if (message.interfaceID === 'IF-038') return this.onDirectContract(message);
  }

  /** IF-038: a service records or removes a Customer Direct Contract; the answer is IF-039 with R0 (CRD-04). */
  private async onDirectContract(message: AcceptedMessage): Promise<void> {
    const event = directContractEvent(message.eventCode);
    const point = this.options.points.get(mpanOf(message));
    if (!event || !point) return; // Not an MPAN of the scenario: nothing to answer about (the scenario reports it).
    const blockName = event.kind === 'MS' ? 'B020' : 'B021';
    const block = readIF038(message.payload, 'CustomBlock', blockName) as Record<string, unknown> | undefined;
    const prefix = event.kind === 'MS' ? 'customerDirectContractMeteringService' : 'customerDirectContractDataService';
    const contractField = (field: 'DIPID' | 'EffectiveToDate') => String(readIF038(message.payload, 'CustomBlock', blockName, `${prefix}${field}`));
    const refusal = this.directContracts.apply(
      point,
      { ...event, senderDipId: message.senderDipId, ...(block ? { contract: { dipId: contractField('DIPID'), effectiveTo: contractField('EffectiveToDate') } } : {}) },
      this.options.now(),
    );
    const sender = this.options.directory.byDip(message.senderDipId);
    await this.publish(publications.directContractOutcome(point, { dipId: message.senderDipId, mpid: sender?.mpid ?? '' }, message.eventCode, event.kind, block, refusal));
  }

  /** Updates of registration data (site works IF-005/IF-007, Supplier data IF-025, relationships IF-019): checked, answered, passed on. */
  private async onRegistrationUpdate(message: AcceptedMessage): Promise<void> {
    const mpan = readField(message.payload, 'CommonBlock', 'M0', 'MPANCore') ?? readField(message.payload, 'CommonBlock', 'M1', 'principalMPAN');
    const point = this.options.points.get(String(mpan));
    const sender = this.options.directory.byDip(message.senderDipId);
    const report = {
      interfaceID: message.interfaceID,
      eventCode: message.eventCode,
      sender: { dipId: message.senderDipId, mpid: sender?.mpid ?? '' },
      customBlock: (readField(message.payload, 'CustomBlock') ?? {}) as Record<string, unknown>,
    };
    if (!point) return; // Not an MPAN of the scenario: nothing to answer about (the scenario reports it).
    const refusal = updateRefusal(point, report);
    if (!refusal && message.interfaceID === 'IF-005') applyToHistory(point, message.eventCode, report.customBlock);
    for (const publication of updateNotifications(point, report, refusal)) await this.publish(publication);
  }

  private async onAppointmentRequest(message: AcceptedMessage, kind: ServiceKind): Promise<void> {
    const payload = message.payload;
    const mpan = String(readIF031(payload, 'CommonBlock', 'M0', 'MPANCore'));
    const blockName = publications.appointmentBlock(kind);
    const block = (readIF031(payload, 'CustomBlock', blockName) ?? {}) as Record<string, unknown>;
    const prefix = kind === 'MS' ? 'proposedMeteringService' : 'proposedDataService';
    const proposedField = (field: 'DIPID' | 'MPID' | 'DIPEffectiveFromDate') => String(readIF031(payload, 'CustomBlock', blockName, `${prefix}${field}`));
    const supplierParty = this.options.directory.byDip(message.senderDipId);
    const request: AppointmentRequest = {
      kind,
      supplier: { dipId: message.senderDipId, mpid: supplierParty?.mpid ?? '' },
      proposed: { dipId: proposedField('DIPID'), mpid: proposedField('MPID') },
      effectiveFrom: proposedField('DIPEffectiveFromDate'),
      scenario: String(readIF031(payload, 'CustomBlock', blockName, 'appointmentScenario')),
      cssRegistrationId: textField(payload, 'CustomBlock', 'B013', 'CSSRegistrationID') ?? null,
    };
    const point = this.options.points.get(mpan);
    const appointment: Appointment = {
      ...request,
      block,
      correlationId: textField(payload, 'CommonBlock', 'S1', 'senderCorrelationID') ?? null,
      requestTransactionID: message.transactionID,
      status: 'offered',
    };
    const arranged = this.arrangedRejections.get(`${mpan} ${kind}`);
    this.arrangedRejections.delete(`${mpan} ${kind}`);
    const rejection = arranged ? { reason: arranged } : checkAppointmentRequest(point, request, this.options.directory, this.options.now());
    if (!point || rejection) {
      appointment.status = 'rejected';
      const where = point ?? { mpan, gspGroup: String(readIF031(payload, 'CommonBlock', 'M0', 'GSPGroupID')), distributorDipId: String(readIF031(payload, 'CommonBlock', 'M0', 'distributorDIPID')), segment: 'S' as const, appointments: [] };
      point?.appointments.push(appointment);
      await this.publish(publications.initialRejection(where, appointment, rejection!.reason));
      return;
    }
    // A later request supersedes one of the same kind still in flight (COS-14): the earlier one's Supplier hears of it.
    for (const earlier of point.appointments.filter((candidate) => candidate.kind === kind && (candidate.status === 'offered' || candidate.status === 'accepted'))) {
      earlier.status = 'superseded';
      await this.publish(publications.appointmentStatus(point, earlier, 'rejected', SUPERSEDED));
    }
    point.appointments.push(appointment);
    await this.publish(publications.serviceRequest(point, appointment));
  }

  private async onServiceResponse(message: AcceptedMessage, kind: ServiceKind): Promise<void> {
    const payload = message.payload;
    const point = this.options.points.get(String(readIF034(payload, 'CommonBlock', 'M0', 'MPANCore')));
    const appointment = point?.appointments.find(
      (candidate) => candidate.kind === kind && candidate.status === 'offered' && candidate.proposed.dipId === message.senderDipId,
    );
    if (!point || !appointment) return; // Nothing offered to this sender: the scenario's checks report it.
    const outcome = readIF034(payload, 'CustomBlock', 'B007', 'responseCode') === 'A' ? 'accepted' : 'rejected';
    appointment.status = outcome;
    const responseText = String(readIF034(payload, 'CustomBlock', 'B007', 'proposedAppointmentResponseCode') ?? '');
    await this.publish(publications.appointmentStatus(point, appointment, outcome, responseText));
    const incumbent = kind === 'MS' ? point.meteringService : undefined;
    if (outcome === 'accepted' && incumbent && incumbent.dipId !== appointment.proposed.dipId) {
      await this.publish(publications.sendMtdInstruction(point, appointment, incumbent));
    }
  }

  /**
   * IF-034 [SDS-MDRUpdate] (BP003B 3B-02): the Smart Data Service changes the MPAN's MDR. Checked
   * (mdr-updates.ts), recorded when accepted, and the outcome sent as IF-035 [SDS-MDROutcome] to
   * the Data Service and the Supplier (3B-03).
   */
  private async onMdrUpdate(message: AcceptedMessage): Promise<void> {
    const point = this.options.points.get(mpanOf(message));
    if (!point) return; // Not an MPAN of the scenario: nothing to answer about (the scenario reports it).
    const field = (name: 'SDSNominatedMDRDIPID' | 'SDSNominatedMDRMPID' | 'SDSNominatedMDRRequestedEffectiveFromDate') => String(readIF034(message.payload, 'CustomBlock', 'B018', name) ?? '');
    const update = { sender: message.senderDipId, mdr: { dipId: field('SDSNominatedMDRDIPID'), mpid: field('SDSNominatedMDRMPID') }, effectiveFrom: field('SDSNominatedMDRRequestedEffectiveFromDate') };
    const refusal = mdrUpdateRefusal(point, update, this.options.now());
    if (!refusal) point.mdr = { ...update.mdr, effectiveFrom: update.effectiveFrom };
    const assigned = point.mdr ?? { ...update.mdr, effectiveFrom: update.effectiveFrom };
    const dataService = { dipId: message.senderDipId, mpid: this.options.directory.byDip(message.senderDipId)?.mpid ?? '' };
    const supplier = point.supplier ?? {
      dipId: String(readIF034(message.payload, 'CustomBlock', 'B012', 'serviceProviderAppointmentRequestingSupplierDIPID') ?? ''),
      mpid: String(readIF034(message.payload, 'CustomBlock', 'B012', 'serviceProviderAppointmentRequestingSupplierMPID') ?? ''),
    };
    await this.publish(publications.mdrOutcome(point, dataService, supplier, assigned, refusal));
    if (supplier.dipId && supplier.dipId !== dataService.dipId) await this.publish(publications.mdrOutcome(point, supplier, supplier, assigned, refusal));
  }

  private async publish(publication: Publication): Promise<void> {
    const { spec, faker, registrationService, directory } = this.options;
    const at = this.options.now();
    const payload = buildMessage(spec, {
      faker,
      interfaceID: publication.interfaceID,
      eventCode: publication.eventCode,
      now: at,
      sender: { dipId: registrationService.dipId, role: registrationService.role },
      fixed: publication.fixed,
    }) as unknown as Record<string, unknown>;
    const recipient = directory.byDip(publication.to.dipId);
    const mpan = String((publication.fixed['/CommonBlock/M0'] as { MPANCore?: string } | undefined)?.MPANCore ?? '');
    const hold = this.holds.get(mpan);
    const what = `${publication.interfaceID} ${publication.eventCode}`;
    if (recipient?.webhookUrl && hold?.has(what)) {
      hold.delete(what);
      this.held.set(mpan, [...(this.held.get(mpan) ?? []), { publication, payload }]);
      for (const waiter of [...this.heldWaiters]) waiter();
      return;
    }
    if (recipient?.webhookUrl) {
      await this.deliver(publication, payload);
    } else {
      // A party the suite plays: handed on in-process, journaled first like any delivery.
      if (recipient) await this.options.emulator.handOn(recipient.dipId, [payload]);
      this.published.push({ at, publication, payload });
      this.options.simulatedRecipient?.(publication, payload);
    }
  }

  /** Pushes a publication to a party's webhook through the DIP and records the outcome. */
  private async deliver(publication: Publication, payload: Record<string, unknown>): Promise<void> {
    const outcome = await this.options.emulator.push(publication.to.dipId, publication.interfaceID, [payload], { initialCorrelationID: publication.initialCorrelationID ?? null });
    this.published.push({ at: this.options.now(), publication, payload, outcome });
  }
}
