// The Data Service's checks of a cumulative read (IF-041) after work on site: each one fails on
// the read that breaks it, and a read that keeps them passes.
import { describe, expect, it } from 'vitest';
import { checkCumulativeRead } from '../src/rules/cumulative-read.ts';
import { SimulatedDataServices } from '../mocks/parties/simulated-data-service.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import type { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import type { AcceptedMessage } from '../mocks/dip/ingress-judgement.ts';

const DS = '5000000003';
const workedAt = Date.UTC(2026, 10, 30, 10, 0, 0);
const read = (overrides: { recipients?: string[]; at?: string; reads?: unknown[] } = {}) => ({
  CommonBlock: { A0: { primaryRecipients: overrides.recipients ?? [DS, '6000000001', '2100000001'] }, M0: { MPANCore: '1000100000018' } },
  CustomBlock: {
    B064List: overrides.reads ?? [{ meterID: 'A123456789', cumulativeRegisterReading: '1.000', cumulativeRegisterReadingDateTime: overrides.at ?? '2026-11-30T10:00:00+00:00', readingMethod: 'A', siteVisitCheckCode: '01' }],
  },
});

describe('cumulative read checks (CES-05, COM-09)', () => {
  it('passes a read to the appointed Data Service taken on the day of the work', () => {
    expect(checkCumulativeRead(read(), { dataServiceDipId: DS, workedAt })).toEqual([]);
  });

  it.each([
    ['not addressed to the appointed Data Service', read({ recipients: ['6000000001'] }), 'READ-TO-DATA-SERVICE', /leave out the appointed Data Service 5000000003/],
    ['with no read in it', read({ reads: [] }), 'READ-PRESENT', /no cumulative register read/],
    ['read the day before the work', read({ at: '2026-11-29T23:59:00+00:00' }), 'READ-DATE', /taken on 2026-11-29; the work on site was done on 2026-11-30/],
    ['with a timestamp in the wrong offset', read({ at: '2026-11-30T10:00:00+01:00' }), 'READ-DATE', /not a DT-003 GB timestamp/],
  ])('fails a read %s', (_what, payload, rule, message) => {
    const findings = checkCumulativeRead(payload, { dataServiceDipId: DS, workedAt });
    expect(findings.map((finding) => finding.rule)).toEqual([rule]);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.requirement).toBe('REQ-READS-SHARED');
  });

  it('names the day a read is for, and the requirement, as the caller says (an agreed Change of Supplier read, SDA-04)', () => {
    const supplyStart = Date.UTC(2026, 10, 23, 0, 0, 0);
    const expected = { dataServiceDipId: DS, workedAt: supplyStart, occasion: 'the switch it settles took effect (supply start date)', requirement: 'REQ-SUP-AGREED-COS-READ' };
    expect(checkCumulativeRead(read({ at: '2026-11-23T00:00:00+00:00' }), expected)).toEqual([]);
    const findings = checkCumulativeRead(read(), expected);
    expect(findings.map((finding) => [finding.rule, finding.requirement])).toEqual([['READ-DATE', 'REQ-SUP-AGREED-COS-READ']]);
    expect(findings[0]!.message).toBe('the read was taken on 2026-11-30; the switch it settles took effect (supply start date) on 2026-11-23');
  });
});

describe('simulated Data Services receiving reads', () => {
  it('keeps a read addressed to a Data Service it plays, noting whether it is the appointed one', () => {
    let listener: ((message: AcceptedMessage) => void) | undefined;
    const emulator = { onAccepted: (callback: (message: AcceptedMessage) => void) => (listener = callback) } as unknown as DipEmulator;
    const directory = new PartyDirectory([
      { dipId: DS, mpid: 'OLDD', role: 'SDS', name: 'incumbent DS' },
      { dipId: '5000000001', mpid: 'SIMD', role: 'SDS', name: 'other DS' },
      { dipId: '6000000001', mpid: 'OTHS', role: 'SUP', name: 'Supplier' },
    ]);
    const points = new MeteringPointStore();
    points.add({ mpan: '1000100000018', gspGroup: '_K', distributorDipId: '2100000001', segment: 'S', dataService: { dipId: DS, mpid: 'OLDD' } });
    const services = new SimulatedDataServices(emulator, directory, points);
    const payload = read({ recipients: [DS, '5000000001', '6000000001'] });
    listener!({ transactionID: 'T1', interfaceID: 'IF-041', eventCode: '[ReadingInstl]', senderDipId: '1100000002', payload });
    listener!({ transactionID: 'T2', interfaceID: 'IF-005', eventCode: '[MeterInstall]', senderDipId: '1100000002', payload });
    expect(services.readsFor(DS, '1000100000018').map((entry) => [entry.eventCode, entry.appointed])).toEqual([['[ReadingInstl]', true]]);
    expect(services.readsFor('5000000001', '1000100000018').map((entry) => entry.appointed)).toEqual([false]);
    expect(services.inbox).toHaveLength(2);
  });
});
