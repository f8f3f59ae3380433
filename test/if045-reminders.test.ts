// IF-045 reminders of a missing appointment (PROCESS-TABLES COS-15, REM-01/02): the SMRS's
// cadence (every 7 days while the gap lasts, none once an appointment is in effect), the
// reminder it publishes, and the reference Supplier's answer to it (an IF-031 CSP request,
// once; nothing under the ignores-if045 fault; RCP1061 for an MPAN it does not supply).
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { type Appointment, type MeteringPoint, MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { missingAppointmentReminder } from '../mocks/smrs/publications.ts';
import { missingServices, REMINDER_EVENT, remindersDue } from '../mocks/smrs/reminders.ts';
import { startReferenceParticipant } from '../reference-participant/participant.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import { MILLIS } from '../src/time/gb-time.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { DS, egress, FakeDip, field, MSS, push, REGS, SUP, testConfig, participantAgainstFakeDip } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 10, 30, 10, 0);
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA' };

function pointWithout(...missing: ('MS' | 'DS')[]): MeteringPoint {
  return new MeteringPointStore().add({
    mpan: '2000056535971',
    gspGroup: '_K',
    distributorDipId: '6000000001',
    segment: 'S',
    supplier: SUPPLIER,
    ...(missing.includes('MS') ? {} : { meteringService: { dipId: '3000000001', mpid: 'MSAA' } }),
    ...(missing.includes('DS') ? {} : { dataService: { dipId: '4000000001', mpid: 'DSAA' } }),
  });
}

function appointment(kind: 'MS' | 'DS', status: Appointment['status'], effectiveFrom: string): Appointment {
  return { kind, supplier: SUPPLIER, proposed: { dipId: '3000000009', mpid: 'MSNW' }, effectiveFrom, scenario: 'CSP', block: {}, cssRegistrationId: null, correlationId: null, requestTransactionID: 'T-1', status };
}

describe('the SMRS reminders of a missing appointment', () => {
  it('names each missing service of a registered MPAN, and nothing for a fully served one or one with no Supplier yet', () => {
    expect(missingServices(pointWithout(), NOW)).toEqual([]);
    expect(missingServices(pointWithout('MS'), NOW)).toEqual(['MS']);
    expect(missingServices(pointWithout('MS', 'DS'), NOW)).toEqual(['MS', 'DS']);
    const newConnection = new MeteringPointStore().add({ mpan: '2000056535971', gspGroup: '_K', distributorDipId: '6000000001', segment: 'S' });
    expect(missingServices(newConnection, NOW)).toEqual([]);
  });

  it('repeats every 7 days while the gap lasts, not sooner', () => {
    const point = pointWithout('DS');
    expect(remindersDue(point, NOW, {})).toEqual(['DS']);
    expect(remindersDue(point, NOW + 6 * MILLIS.DAY, { DS: NOW })).toEqual([]);
    expect(remindersDue(point, NOW + 7 * MILLIS.DAY, { DS: NOW })).toEqual(['DS']);
  });

  it('stops once an accepted appointment is in effect, and not while one is only offered or starts later', () => {
    const point = pointWithout('MS');
    const tomorrow = gbLocalMidnight(gbDateAfter(NOW, 1));
    point.appointments.push(appointment('MS', 'offered', tomorrow));
    expect(remindersDue(point, NOW + 7 * MILLIS.DAY, { MS: NOW })).toEqual(['MS']);
    point.appointments[0]!.status = 'accepted';
    expect(remindersDue(point, NOW + 7 * MILLIS.DAY, { MS: NOW })).toEqual([]);
    // Accepted from ten days ahead: on day 7 the MPAN is still without a Metering Service.
    point.appointments[0] = appointment('MS', 'accepted', gbLocalMidnight(gbDateAfter(NOW, 10)));
    expect(remindersDue(point, NOW + 7 * MILLIS.DAY, { MS: NOW })).toEqual(['MS']);
    // A rejected request leaves the gap open.
    point.appointments[0] = appointment('MS', 'rejected', tomorrow);
    expect(remindersDue(point, NOW + 7 * MILLIS.DAY, { MS: NOW })).toEqual(['MS']);
  });

  it('publishes IF-045 to the registered Supplier, valid for the DIP API, with the reason in B060', () => {
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(5);
    for (const kind of ['MS', 'DS'] as const) {
      const publication = missingAppointmentReminder(pointWithout(kind), kind, REMINDER_EVENT[kind]);
      const payload = buildMessage(spec, { faker, interfaceID: publication.interfaceID, eventCode: publication.eventCode, now: NOW, sender: { dipId: REGS, role: 'REGS' }, fixed: publication.fixed });
      expect(validateBody(spec, [{ payload }], { direction: 'ingress', channel: 'IF-045' }).flatMap((report) => report.findings)).toEqual([]);
      expect(publication.to).toEqual(SUPPLIER);
      expect(field(payload, '/CommonBlock/S0/eventCode')).toBe(kind === 'MS' ? '[NoMSAppointed]' : '[NoDSAppointed]');
      expect(field(payload, '/CustomBlock/B060/additionalInformation')).toMatch(kind === 'MS' ? /No Metering Service is appointed/ : /No Data Service is appointed/);
    }
  });
});

describe('the reference Supplier reminded by IF-045', () => {
  const MPAN = '1012345678903';
  const fixture = participantAgainstFakeDip(spec, { supplier: [MPAN], meteringService: [] });
  const start = fixture.start;
  const reminder = (eventCode: string, seed: number, mpan = MPAN) => egress(spec, { interfaceID: 'IF-045', eventCode, seed, to: [SUP], mpan, gsp: '_C' });

  it('asks for the missing service with IF-031, scenario CSP, from the next local midnight, answering the Registration Service', async () => {
    const p = await start();
    for (const [eventCode, seed] of [['[NoMSAppointed]', 1], ['[NoDSAppointed]', 2]] as const) expect((await push(p.url, [{ payload: reminder(eventCode, seed) }])).status).toBe(201);
    await p.idle();
    const requests = fixture.dip.messages('/dip-channel/IF-031');
    expect(requests.map((payload) => field(payload, '/CommonBlock/S0/eventCode'))).toEqual(['[MSApp]', '[DSApp]']);
    for (const payload of requests) {
      expect(validateBody(spec, [{ payload }], { direction: 'ingress', channel: 'IF-031' }).flatMap((report) => report.findings)).toEqual([]);
      expect(field(payload, '/CommonBlock/M0/MPANCore')).toBe(MPAN);
      expect(field(payload, '/CommonBlock/A0/primaryRecipients')).toEqual([REGS]);
    }
    expect(requests[0]!.CustomBlock).toMatchObject({ B070: { proposedMeteringServiceDIPID: MSS, appointmentScenario: 'CSP', proposedMeteringServiceDIPEffectiveFromDate: gbLocalMidnight(gbDateAfter(Date.now(), 1)) } });
    expect(requests[1]!.CustomBlock).toMatchObject({ B071: { proposedDataServiceDIPID: DS, appointmentScenario: 'CSP' } });
  });

  it('does not ask again when the same reminder comes while its request is under way', async () => {
    const p = await start();
    await push(p.url, [{ payload: reminder('[NoMSAppointed]', 1) }]);
    await p.idle();
    await push(p.url, [{ payload: reminder('[NoMSAppointed]', 3) }]);
    await p.idle();
    expect(fixture.dip.messages('/dip-channel/IF-031')).toHaveLength(1);
  });

  it('answers RCP1061 for an MPAN it does not supply, and only records the segment and consent reminders', async () => {
    const p = await start();
    await push(p.url, [{ payload: reminder('[NoMSAppointed]', 4, '2000056535971') }]);
    await push(p.url, [{ payload: reminder('[InvalidMarketSegment]', 5) }]);
    await p.idle();
    expect(fixture.dip.messages('/dip-channel/IF-031')).toEqual([]);
    const statuses = fixture.dip.submissions.filter((submission) => submission.path === '/statusmessage');
    expect(statuses.map((submission) => (submission.body as { message: string }[])[0]!.message)).toEqual(['RCP1061 - MPAN Invalid or Unknown']);
  });

  it('with ignores-if045 records the reminder and sends nothing', async () => {
    const p = await start(['ignores-if045']);
    expect((await push(p.url, [{ payload: reminder('[NoMSAppointed]', 1) }])).status).toBe(201);
    await p.idle();
    expect(fixture.dip.submissions).toEqual([]);
  });
});

describe('the reference Supplier dating its request from the reminder', () => {
  it('proposes the day after the reminder was sent when the Registration Service\'s clock is ahead of its own', async () => {
    const dip = await new FakeDip().start();
    const mpan = '1012345678903';
    const participant = await startReferenceParticipant(testConfig(dip.url, { portfolio: { supplier: [mpan], meteringService: [] } }), { spec, log: () => {} });
    try {
      // Sent three days ahead of the participant's clock, as in a run with compressed market time.
      const sentAt = Date.now() + 3 * MILLIS.DAY;
      await push(participant.url, [{ payload: egress(spec, { interfaceID: 'IF-045', eventCode: '[NoMSAppointed]', seed: 7, to: [SUP], mpan, gsp: '_C', now: sentAt }) }]);
      await participant.idle();
      expect(field(dip.messages('/dip-channel/IF-031')[0], '/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate')).toBe(gbLocalMidnight(gbDateAfter(sentAt, 1)));
    } finally {
      await participant.stop();
      await dip.close();
    }
  });
});
