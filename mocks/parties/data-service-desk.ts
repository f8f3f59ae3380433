// The Data Service the suite plays, as a Supplier under test meets it outside the appointment
// chain (process table SUPPLIER-TO-DS): it takes the Supplier's advisories (IF-024, SDA-01) and
// answers a consumption amendment request (IF-027, SDA-02) with IF-028 (SDA-03), pushed through
// the DIP emulator to the Supplier. The decision is a pure function the unit tests reach. After a
// switch it supplies the Change of Supplier read (BP001 COS-16, IF-041 [ReadingCOS]), a midnight
// cumulative read on the supply start date, to the incoming and the outgoing Supplier.
import type { Faker } from '@faker-js/faker';
import { buildMessage } from '../../src/builders/message-builder.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { readField, readFieldOf } from '../../src/spec/payload-fields.ts';
import type { DipInbox, DipPublisher } from '../dip/dip-ports.ts';
import type { AcceptedMessage } from '../dip/ingress-judgement.ts';
import type { PushOutcome } from '../dip/publication-push.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';
import { formatGbTimestamp, gbMidnightUtcMillis } from '../../src/time/gb-time.ts';
import type { MeteringPoint, MeteringPointStore, PartyRef } from '../smrs/metering-points.ts';

const DATA_SERVICE_ROLES = new Set(['SDS', 'ADS', 'UMSDS']);

export interface DeskRecord {
  readonly at: number;
  /** What the Data Service took in (IF-024, IF-027) or sent (IF-028). */
  readonly direction: 'received' | 'sent';
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly mpan: string;
  readonly dataServiceDipId: string;
  readonly payload: Record<string, unknown>;
  readonly outcome?: PushOutcome;
}

export interface AmendmentRequest {
  readonly supplierDipId: string;
  readonly dataServiceDipId: string;
  /** The B902List as sent: one entry per measurement quantity. */
  readonly amendments: readonly unknown[];
}

/**
 * The Data Service's outcome (R0) for an amendment request: accepted when it is the MPAN's
 * Data Service, the requester its registered Supplier, and there is something to amend. The
 * reasons are the suite's own words: the DIP publishes no response codes for IF-028.
 */
export function amendmentOutcome(point: MeteringPoint | undefined, request: AmendmentRequest): { responseCode: 'A' | 'R'; responseMessages: string[] } {
  const refuse = (why: string) => ({ responseCode: 'R' as const, responseMessages: [why] });
  if (!point) return refuse('MPAN unknown to this Data Service');
  if (point.dataService?.dipId !== request.dataServiceDipId) return refuse('This Data Service is not appointed to the MPAN');
  if (point.supplier?.dipId !== request.supplierDipId) return refuse('The requester is not the registered Supplier of the MPAN');
  if (request.amendments.length === 0) return refuse('No consumption amendment requested (B902List is empty)');
  return { responseCode: 'A', responseMessages: [] };
}

export class DataServiceDesk {
  readonly records: DeskRecord[] = [];
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      readonly spec: LoadedSpec;
      readonly emulator: DipInbox & DipPublisher;
      readonly directory: PartyDirectory;
      readonly points: MeteringPointStore;
      readonly now: () => number;
      readonly faker: Faker;
    },
  ) {
    options.emulator.onAccepted((message) => {
      this.work = this.work.then(() => this.receive(message)).catch(() => undefined);
    });
  }

  /** Resolves when every message received so far has been acted on. */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.work) {
      seen = this.work;
      await seen;
    }
  }

  /**
   * IF-041 [ReadingCOS] from the MPAN's Data Service to each Supplier named (COS-16): one message
   * each, pushed to a participant's webhook, recorded for a simulated Supplier.
   */
  async sendChangeOfSupplierRead(mpan: string, supplyStartDate: string, suppliers: readonly PartyRef[]): Promise<DeskRecord[]> {
    const point = this.options.points.get(mpan);
    const dataService = point?.dataService && this.options.directory.byDip(point.dataService.dipId);
    if (!point || !dataService) throw new Error(`MPAN ${mpan} has no Data Service the suite plays to send its Change of Supplier read`);
    const [year, month, day] = supplyStartDate.split('-').map(Number) as [number, number, number];
    const sent: DeskRecord[] = [];
    for (const supplier of suppliers) {
      const at = this.options.now();
      const payload = buildMessage(this.options.spec, {
        faker: this.options.faker,
        interfaceID: 'IF-041',
        eventCode: '[ReadingCOS]',
        now: at,
        sender: { dipId: dataService.dipId, role: dataService.role },
        fixed: {
          '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
          '/CommonBlock/A0': { primaryRecipients: [supplier.dipId], secondaryRecipients: [], always: [] },
          '/CommonBlock/S1/senderCorrelationID': null,
          // A midnight read on the day the new Supplier's registration starts: what lets the read go to both (COS-16).
          '/CustomBlock/B064List/0/cumulativeRegisterReadingDateTime': formatGbTimestamp(gbMidnightUtcMillis(year, month, day)),
        },
      }) as unknown as Record<string, unknown>;
      const recipient = this.options.directory.byDip(supplier.dipId);
      const outcome = recipient?.webhookUrl ? await this.options.emulator.push(recipient.dipId, 'IF-041', [payload]) : undefined;
      const record: DeskRecord = { at, direction: 'sent', interfaceID: 'IF-041', eventCode: '[ReadingCOS]', mpan, dataServiceDipId: dataService.dipId, payload, ...(outcome ? { outcome } : {}) };
      this.records.push(record);
      sent.push(record);
    }
    return sent;
  }

  private async receive(message: AcceptedMessage): Promise<void> {
    if (message.interfaceID !== 'IF-024' && message.interfaceID !== 'IF-027') return;
    const recipients = readField(message.payload, 'CommonBlock', 'A0', 'primaryRecipients');
    const dataService = (Array.isArray(recipients) ? recipients : []).map((dipId) => this.options.directory.byDip(String(dipId))).find((party) => party && DATA_SERVICE_ROLES.has(party.role) && !party.webhookUrl);
    if (!dataService) return; // Not for a Data Service the suite plays: the scenario's own checks say so.
    const mpan = String(readField(message.payload, 'CommonBlock', 'M0', 'MPANCore') ?? '');
    this.records.push({ at: this.options.now(), direction: 'received', interfaceID: message.interfaceID, eventCode: message.eventCode, mpan, dataServiceDipId: dataService.dipId, payload: message.payload });
    if (message.interfaceID !== 'IF-027') return;
    const amendments = readFieldOf('IF-027 [ConsumptionAmendment]', message.payload, 'CustomBlock', 'B902List');
    const point = this.options.points.get(mpan);
    const r0 = amendmentOutcome(point, { supplierDipId: message.senderDipId, dataServiceDipId: dataService.dipId, amendments: Array.isArray(amendments) ? amendments : [] });
    const at = this.options.now();
    const answer = buildMessage(this.options.spec, {
      faker: this.options.faker,
      interfaceID: 'IF-028',
      eventCode: '[ConsumptionAmendment]',
      now: at,
      sender: { dipId: dataService.dipId, role: dataService.role },
      fixed: {
        '/CommonBlock/M0': readFieldOf('IF-027 [ConsumptionAmendment]', message.payload, 'CommonBlock', 'M0'),
        '/CommonBlock/A0': { primaryRecipients: [message.senderDipId], secondaryRecipients: [], always: [] },
        '/CommonBlock/S1/senderCorrelationID': readFieldOf('IF-027 [ConsumptionAmendment]', message.payload, 'CommonBlock', 'S1', 'senderCorrelationID') ?? null,
        '/CommonBlock/R0': r0,
        '/CustomBlock/B902List': Array.isArray(amendments) ? amendments : [],
      },
    }) as unknown as Record<string, unknown>;
    const recipient = this.options.directory.byDip(message.senderDipId);
    const outcome = recipient?.webhookUrl ? await this.options.emulator.push(recipient.dipId, 'IF-028', [answer]) : undefined;
    this.records.push({ at, direction: 'sent', interfaceID: 'IF-028', eventCode: '[ConsumptionAmendment]', mpan, dataServiceDipId: dataService.dipId, payload: answer, ...(outcome ? { outcome } : {}) });
  }
}
