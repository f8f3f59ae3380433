// The reference participant's Data Service answering a Supplier's consumption amendment request
// (IF-027 → IF-028), over real HTTP against a fake DIP: the answer goes to the requester with the
// correlation ID, MPAN and B902List of the request; R0 accepts the registered Supplier (the one
// that asked for the appointment, IF-036 B012) and rejects another or an MPAN it is not
// appointed to; and each of its fault switches changes only what it names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMessage, type DipPayload } from '../src/builders/message-builder.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { amendedSettlementDays, amendmentOutcome } from '../reference-participant/consumption-amendment.ts';
import { parseConfig } from '../reference-participant/config.ts';
import type { FaultName } from '../reference-participant/faults.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import { egress, FakeDip, field, push, rawConfig, seededFaker, tempStateDir } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();

const SDS = '1000000005';
const ADS = '1000000006';
const REGISTERED_SUPPLIER = '1000000009';
const OTHER_SUPPLIER = '1000000010';
const MPAN = '1200012345679';

function config(faults: FaultName[] = []): Record<string, unknown> {
  return {
    dataService: { dipId: SDS, mpid: 'RPSD', role: 'SDS' },
    advancedDataService: { dipId: ADS, mpid: 'RPAD', role: 'ADS' },
    meterDataRetrievers: { ownMdr: true, mdrs: [] },
    portfolio: { dataService: [MPAN] },
    faults,
  };
}

/** IF-036 [DSAppActive]: the SDS appointed to MPAN from 1 September 2026 (or `from`) at REGISTERED_SUPPLIER's request. */
const activation = (from = '2026-09-01T00:00:00+01:00') =>
  egress(spec, {
    interfaceID: 'IF-036',
    eventCode: '[DSAppActive]',
    seed: 1,
    to: [SDS],
    mpan: MPAN,
    segment: 'S',
    fixed: {
      '/CustomBlock/B015/incomingDataServiceDIPID': SDS,
      '/CustomBlock/B015/incomingDataServiceEffectiveFromDate': from,
      '/CustomBlock/B012/serviceProviderAppointmentRequestingSupplierDIPID': REGISTERED_SUPPLIER,
    },
  });

const B902_LIST = [
  {
    MQID: { measurementQuantityID: 'AI' },
    supplierConsumptionAmendmentRequests: [
      { consumptionAmendmentSupplierReference: 'AMD-TEST-1', consumptionAmendmentPeriodStartDate: '2026-09-14T01:00:00+01:00', consumptionAmendmentPeriodEndDate: '2026-09-15T01:00:00+01:00', grossRevisedConsumption: '12.345', arc: 'R' },
    ],
  },
];

/** IF-027 [ConsumptionAmendment] from `supplier` to our SDS about `mpan`. */
const request = (seed: number, supplier: string, mpan = MPAN, b902List: unknown[] = B902_LIST): DipPayload =>
  buildMessage(spec, {
    faker: seededFaker(seed),
    interfaceID: 'IF-027',
    eventCode: '[ConsumptionAmendment]',
    now: Date.now(),
    direction: 'egress',
    sender: { dipId: supplier, role: 'SUP' },
    fixed: {
      '/CommonBlock/A0': { primaryRecipients: [SDS], secondaryRecipients: [], always: [] },
      '/CommonBlock/M0': { MPANCore: mpan, distributorDIPID: '2100000001', GSPGroupID: '_A' },
      '/CommonBlock/S1/senderCorrelationID': `corr-${seed}`,
      '/CustomBlock/B902List': b902List,
    },
  });

let dip: FakeDip;
let participant: RunningParticipant | undefined;

async function start(faults: FaultName[] = []): Promise<RunningParticipant> {
  participant = await startReferenceParticipant(parseConfig(rawConfig(dip.url, tempStateDir(), config(faults))), { spec, log: () => undefined });
  return participant;
}

async function deliver(p: RunningParticipant, ...payloads: DipPayload[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const payload of payloads) statuses.push((await push(p.url, [{ payload }])).status);
  await p.idle();
  return statuses;
}

const answers = () => dip.messages('/dip-channel/IF-028');

beforeEach(async () => {
  dip = await new FakeDip().start();
});

afterEach(async () => {
  await participant?.stop();
  participant = undefined;
  await dip.close();
});

describe('the Data Service decides a consumption amendment', () => {
  const facts = { appointed: true, appointingSupplier: REGISTERED_SUPPLIER, requester: REGISTERED_SUPPLIER, amendments: 1 };
  it('accepts the registered Supplier, and rejects another, an MPAN it is not appointed to, or nothing asked, saying why', () => {
    expect(amendmentOutcome(facts)).toEqual({ responseCode: 'A', responseMessages: [] });
    expect(amendmentOutcome({ ...facts, requester: OTHER_SUPPLIER })).toEqual({ responseCode: 'R', responseMessages: ['The requester is not the registered Supplier of the MPAN'] });
    expect(amendmentOutcome({ ...facts, appointed: false })).toEqual({ responseCode: 'R', responseMessages: ['This Data Service is not appointed to the MPAN'] });
    expect(amendmentOutcome({ ...facts, amendments: 0 })).toEqual({ responseCode: 'R', responseMessages: ['No consumption amendment requested (B902List is empty)'] });
    expect(amendmentOutcome({ ...facts, requester: OTHER_SUPPLIER }, true).responseCode).toBe('A');
  });
});

describe('reference participant as Data Service: consumption amendments', () => {
  it('answers the registered Supplier with IF-028: its correlation ID, MPAN and B902List, accepted, valid', async () => {
    const p = await start();
    await deliver(p, activation());
    expect(await deliver(p, request(2, REGISTERED_SUPPLIER))).toEqual([201]);
    const [answer] = answers();
    expect(answers()).toHaveLength(1);
    expect(validateBody(spec, [{ payload: answer! }], { direction: 'ingress', channel: 'IF-028' }).flatMap((report) => report.findings)).toEqual([]);
    expect(field(answer, '/CommonBlock/S1/senderDIPID')).toBe(SDS);
    expect(field(answer, '/CommonBlock/A0/primaryRecipients')).toEqual([REGISTERED_SUPPLIER]);
    expect(field(answer, '/CommonBlock/S1/senderCorrelationID')).toBe('corr-2');
    expect(field(answer, '/CommonBlock/M0/MPANCore')).toBe(MPAN);
    expect(field(answer, '/CommonBlock/R0')).toEqual({ responseCode: 'A', responseMessages: [] });
    expect(field(answer, '/CustomBlock/B902List')).toEqual(B902_LIST);
  });

  it('rejects a Supplier that did not appoint it, saying why; a stranger MPAN is refused as unknown', async () => {
    const p = await start();
    await deliver(p, activation());
    await deliver(p, request(3, OTHER_SUPPLIER));
    expect(field(answers()[0], '/CommonBlock/R0')).toEqual({ responseCode: 'R', responseMessages: ['The requester is not the registered Supplier of the MPAN'] });
    expect(field(answers()[0], '/CommonBlock/A0/primaryRecipients')).toEqual([OTHER_SUPPLIER]);
    await deliver(p, request(4, REGISTERED_SUPPLIER, '1900012374324'));
    expect(answers()).toHaveLength(1);
  });

  it('judges the appointment on the days amended, whatever its own clock says: a day before the appointment is rejected', async () => {
    expect(amendedSettlementDays(B902_LIST)).toEqual(['2026-09-14']);
    const p = await start();
    await deliver(p, activation());
    const beforeAppointment = [{ ...B902_LIST[0]!, supplierConsumptionAmendmentRequests: [{ ...B902_LIST[0]!.supplierConsumptionAmendmentRequests[0]!, consumptionAmendmentPeriodStartDate: '2026-08-20T01:00:00+01:00', consumptionAmendmentPeriodEndDate: '2026-08-21T01:00:00+01:00' }] }];
    await deliver(p, request(8, REGISTERED_SUPPLIER, MPAN, beforeAppointment));
    expect(field(answers()[0], '/CommonBlock/R0')).toEqual({ responseCode: 'R', responseMessages: ['This Data Service is not appointed to the MPAN'] });
  });

  it('accepts an amendment when the market clock runs years ahead of its own: appointed from 2030, the day amended in 2030', async () => {
    // A long run at a high time scale: the appointment starts after this process's today.
    const p = await start();
    await deliver(p, activation('2030-01-01T00:00:00+00:00'));
    const inTheFuture = [{ ...B902_LIST[0]!, supplierConsumptionAmendmentRequests: [{ ...B902_LIST[0]!.supplierConsumptionAmendmentRequests[0]!, consumptionAmendmentPeriodStartDate: '2030-01-20T00:00:00+00:00', consumptionAmendmentPeriodEndDate: '2030-01-21T00:00:00+00:00' }] }];
    await deliver(p, request(9, REGISTERED_SUPPLIER, MPAN, inTheFuture));
    expect(field(answers()[0], '/CommonBlock/R0')).toEqual({ responseCode: 'A', responseMessages: [] });
  });

  it('no-amendment-answer decides and sends nothing', async () => {
    const p = await start(['no-amendment-answer']);
    await deliver(p, activation());
    expect(await deliver(p, request(5, REGISTERED_SUPPLIER))).toEqual([201]);
    expect(answers()).toEqual([]);
  });

  it('amendment-accepted-from-any-supplier accepts another Supplier, and changes nothing for the registered one', async () => {
    const p = await start(['amendment-accepted-from-any-supplier']);
    await deliver(p, activation());
    await deliver(p, request(6, OTHER_SUPPLIER), request(7, REGISTERED_SUPPLIER));
    expect(answers().map((answer) => field(answer, '/CommonBlock/R0/responseCode'))).toEqual(['A', 'A']);
  });
});
