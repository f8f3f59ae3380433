// The SMRS taking a Metering Service's report of site works, and the reference participant's
// site-works hook: who may update, what goes back, and what a bad hook call is told.
import { describe, expect, it } from 'vitest';
import { updateNotifications, updateRefusal, type UpdateReport } from '../mocks/smrs/registration-updates.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { FaultSwitches } from '../reference-participant/faults.ts';
import { ownIdentities } from '../reference-participant/identities.ts';
import { judgeSiteWorks } from '../reference-participant/site-works.ts';
import { emptyState } from '../reference-participant/state.ts';
import { mpanCheckDigit } from '../src/rules/mpan-check-digit.ts';
import { MSS, testConfig } from './reference-participant-harness.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const mpanOf = (first12: string) => `${first12}${mpanCheckDigit(first12)}`;
const appointed = { dipId: '3000000009', mpid: 'APPM' };
const supplier = { dipId: '6000000001', mpid: 'OTHS' };
const point = new MeteringPointStore().add({ mpan: mpanOf('101234567890'), gspGroup: '_K', distributorDipId: '2100000001', segment: 'S', meteringService: appointed, supplier });
const report = (sender: { dipId: string; mpid: string }, interfaceID = 'IF-005', eventCode = '[MeterExchange]'): UpdateReport => ({ interfaceID, eventCode, sender, customBlock: { B906: { x: 1 } } });

describe('SMRS: registration updates from a Metering Service', () => {
  it('takes an update from the appointed Metering Service: IF-006 accepted to it and to the Supplier', () => {
    expect(updateRefusal(point, report(appointed))).toBeUndefined();
    const sent = updateNotifications(point, report(appointed), undefined);
    expect(sent.map((publication) => [publication.interfaceID, publication.eventCode, publication.to.dipId])).toEqual([
      ['IF-006', '[MeterExchange]', appointed.dipId],
      ['IF-006', '[MeterExchange]', supplier.dipId],
    ]);
    expect(sent[0]!.fixed['/CommonBlock/R0']).toEqual({ responseCode: 'A', responseMessages: [] });
    expect(sent[0]!.fixed['/CustomBlock/B906']).toEqual({ x: 1 });
  });

  it('refuses one from another Metering Service with REG1012, told to the sender only', () => {
    const stranger = { dipId: '3000000008', mpid: 'STRM' };
    const refusal = updateRefusal(point, report(stranger));
    expect(refusal).toMatch(/^REG1012/);
    const sent = updateNotifications(point, report(stranger), refusal);
    expect(sent.map((publication) => publication.to.dipId)).toEqual([stranger.dipId]);
    expect(sent[0]!.fixed['/CommonBlock/R0']).toEqual({ responseCode: 'R', responseMessages: [refusal] });
  });

  it('passes a changed energisation status on as IF-008, and publishes nothing for a failed one', () => {
    expect(updateNotifications(point, report(appointed, 'IF-007', '[EnergisationStatusChange]'), undefined).map((publication) => publication.interfaceID)).toEqual(['IF-008', 'IF-008']);
    expect(updateNotifications(point, report(appointed, 'IF-007', '[EnergisationStatusFailure]'), undefined)).toEqual([]);
  });
});

describe('reference participant: the site-works hook', () => {
  const config = testConfig('http://127.0.0.1:1');
  const served = mpanOf('101234567890');
  const deps = (faults: string[] = []) => {
    const state = emptyState();
    state.mpans.meteringService.set(served, { mpan: served, fields: {}, history: [] });
    return { spec, config, faults: new FaultSwitches(faults as never[]), state, identities: ownIdentities(config) };
  };
  const call = (body: object, faults: string[] = []) => judgeSiteWorks(JSON.stringify({ mpan: served, distributorDipId: '2100000001', gspGroup: '_K', segment: 'S', supplierDipId: '6000000001', ...body }), deps(faults), Date.UTC(2026, 10, 30, 10));

  it('queues the IF-005 the work calls for, from the Smart Metering Service to the SMRS', () => {
    const judged = call({ work: 'meter exchanged on site' });
    expect(judged.answer.status).toBe(201);
    const entry = 'record' in judged ? judged.record.outbox![0]! : undefined;
    expect([entry?.interfaceID, entry?.eventCode, entry?.senderDIPID]).toEqual(['IF-005', '[MeterExchange]', MSS]);
    expect(JSON.stringify(entry?.body)).toContain(`"primaryRecipients":["${config.registrationServiceDipId}"]`);
  });

  it('shares the reads taken on site with IF-041 to the Data Service, the Supplier and the Distributor, dated when the work was done', () => {
    const judged = call({ work: 'meter exchanged on site', dataServiceDipId: '5000000003', workedAt: '2026-11-29T09:15:00+00:00' });
    const outbox = 'record' in judged ? judged.record.outbox! : [];
    expect(outbox.map((entry) => `${entry.interfaceID} ${entry.eventCode}`)).toEqual(['IF-005 [MeterExchange]', 'IF-041 [ReadingRemv]', 'IF-041 [ReadingInstl]']);
    const text = JSON.stringify(outbox[1]!.body);
    expect(text).toContain('"primaryRecipients":["5000000003","6000000001","2100000001"]');
    expect(text).toContain('"cumulativeRegisterReadingDateTime":"2026-11-29T09:15:00+00:00"');
    for (const entry of outbox) expect(validateBody(spec, entry.body, { direction: 'ingress' }).flatMap((report) => report.findings.filter((finding) => finding.rule === 'SCHEMA'))).toEqual([]);
  });

  it.each([
    ['sends-no-reads', []],
    ['wrong-read-event', ['[ReadingOnSite]']],
  ])('with the %s fault, the energisation-change read goes out as %j', (fault, expected) => {
    const judged = call({ work: 'energisation status changed on site', dataServiceDipId: '5000000003' }, [fault as string]);
    const reads = ('record' in judged ? judged.record.outbox! : []).filter((entry) => entry.interfaceID === 'IF-041').map((entry) => entry.eventCode);
    expect(reads).toEqual(expected);
  });

  it('corrects the history of the meter the hook names, as both installed and removed (REG1016), or not with the history-ids-mismatch fault', () => {
    const blocks = (faults: string[] = []) => {
      const judged = call({ work: "removed meter's history found wrong", meterId: 'H100000018' }, faults);
      const entry = 'record' in judged ? judged.record.outbox![0]! : undefined;
      expect([entry?.interfaceID, entry?.eventCode]).toEqual(['IF-005', '[MeterHistoryUpdate]']);
      expect(validateBody(spec, entry!.body, { direction: 'ingress' }).flatMap((report) => report.findings.filter((finding) => finding.rule === 'SCHEMA'))).toEqual([]);
      const custom = (entry!.body as { payload: { CustomBlock: { B906: { existingMeter: { meterID: string } }; B039: { meterIDRemoved: string } } } }[])[0]!.payload.CustomBlock;
      return [custom.B906.existingMeter.meterID, custom.B039.meterIDRemoved];
    };
    expect(blocks()).toEqual(['H100000018', 'H100000018']);
    expect(blocks(['history-ids-mismatch'])).toEqual(['H100000018', 'X100000018']);
    expect(call({ work: "removed meter's history found wrong" }).answer.status).toBe(400);
  });

  it('sends Comms Hub information to the Supplier alone (IF-004), or to the SMRS with the comms-hub-info-to-smrs fault', () => {
    const sent = (faults: string[] = []) => {
      const judged = call({ work: 'comms hub installed on site', workedAt: '2026-11-30T09:00:00+00:00' }, faults);
      const entry = 'record' in judged ? judged.record.outbox![0]! : undefined;
      expect([entry?.interfaceID, entry?.eventCode]).toEqual(['IF-004', '[CommsHubInfo]']);
      expect(JSON.stringify(entry!.body)).toContain('"commsHubInstallationDate":"2026-11-30T09:00:00+00:00"');
      return (entry!.body as { payload: { CommonBlock: { A0: { primaryRecipients: string[] } } } }[])[0]!.payload.CommonBlock.A0.primaryRecipients;
    };
    expect(sent()).toEqual(['6000000001']);
    expect(sent(['comms-hub-info-to-smrs'])).toEqual([config.registrationServiceDipId]);
  });

  it('sends a failed energisation to the Supplier too', () => {
    const judged = call({ work: 'energisation request found impossible on site' });
    expect(JSON.stringify('record' in judged ? judged.record.outbox : undefined)).toContain(`"primaryRecipients":["${config.registrationServiceDipId}","6000000001"]`);
  });

  it.each([
    [{ work: 'meter painted blue' }, 400, /work must be one of/],
    [{ work: 'meter removed on site', workedAt: '2026-11-29 09:15' }, 400, /workedAt must be a DT-003 GB timestamp/],
    [{ work: 'meter removed on site', dataServiceDipId: 'DS' }, 400, /dataServiceDipId must be a 10-character DIP ID/],
    [{ work: 'meter removed on site', mpan: `101234567890${(Number(mpanCheckDigit('101234567890')) + 1) % 10}` }, 400, /check digit/],
    [{ work: 'meter removed on site', mpan: mpanOf('201234567890') }, 409, /not one our Metering Service serves/],
  ])('answers %j with %i and says why', (body, status, why) => {
    const judged = call(body);
    expect(judged.answer.status).toBe(status);
    expect(JSON.stringify(judged.answer.body)).toMatch(why);
  });
});
