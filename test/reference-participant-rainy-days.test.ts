// The reference participant on rainy days, over real HTTP: a publication about an MPAN none of
// its addressed roles knows earns RCP1061 whatever its interface, one its process cannot be
// expecting earns RCP1062 and changes nothing, and an IF-036 delivered before the IF-035 it
// follows is placed, not refused, leaving the appointment active (the end state the suite
// cannot see on the wire, checked here in the journal).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMessage, type DipPayload } from '../src/builders/message-builder.ts';
import type { FaultName } from '../reference-participant/faults.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import type { JournalRecord } from '../reference-participant/records.ts';
import { replay } from '../reference-participant/state.ts';
import { ROOT_FILE } from '../src/spec/spec-location.ts';
import { API_KEY, API_KEY_ENV, egress, FakeDip, field, MSA, MSS, push, REGS, seededFaker, SUP, testConfig } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const env = { ...process.env, [API_KEY_ENV]: API_KEY };

let dip: FakeDip;
let participant: RunningParticipant | undefined;

async function start(extra: Record<string, unknown> = {}): Promise<RunningParticipant> {
  participant = await startReferenceParticipant(testConfig(dip.url, extra), { spec, env, log: () => {} });
  return participant;
}

function journal(p: RunningParticipant): JournalRecord[] {
  return readFileSync(p.journalFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JournalRecord);
}

/** Pushes each payload on its own and waits until the participant has acted on all of them. */
async function deliver(p: RunningParticipant, ...payloads: DipPayload[]): Promise<void> {
  for (const payload of payloads) expect((await push(p.url, [{ payload }])).status).toBe(201);
  await p.idle();
}

/** The status messages sent to the DIP, as `RCP1061 <transactionID> <senderID>`. */
function statuses(): string[] {
  return dip.submissions
    .filter((submission) => submission.path === '/statusmessage')
    .flatMap((submission) => (submission.body as { message: string; transactionID: string; senderID: string }[]).map((entry) => `${entry.message.slice(0, 7)} ${entry.transactionID} ${entry.senderID}`));
}

const transaction = (payload: DipPayload) => field(payload, '/CommonBlock/D0/transactionID') as string;

beforeEach(async () => {
  dip = await new FakeDip().start();
});

afterEach(async () => {
  await participant?.stop();
  participant = undefined;
  await dip.close();
});

describe('reference participant: an MPAN it does not know (RCP1061)', () => {
  it('reports any publication about an MPAN none of its addressed roles knows, as the role addressed, and files one about an MPAN it knows', async () => {
    const known = '1012345678903';
    const p = await start({ portfolio: { supplier: [known] } });
    const strangerToSupplier = egress(spec, { interfaceID: 'IF-018', eventCode: '[AddressChg]', seed: 200, to: [SUP], mpan: '2000056535971' });
    const strangerToMs = egress(spec, { interfaceID: 'IF-006', eventCode: '[MeterInstall]', seed: 201, to: [MSS], mpan: '2000056535971' });
    const mine = egress(spec, { interfaceID: 'IF-018', eventCode: '[AddressChg]', seed: 202, to: [SUP], mpan: known });
    await deliver(p, strangerToSupplier, strangerToMs, mine);

    expect(statuses()).toEqual([`RCP1061 ${transaction(strangerToSupplier)} ${SUP}`, `RCP1061 ${transaction(strangerToMs)} ${MSS}`]);
    const validate = spec.validators.forPointer(ROOT_FILE, '/components/schemas/StandardResponseArray');
    for (const submission of dip.submissions) expect(validate(submission.body), JSON.stringify(validate.errors)).toBe(true);
    const notes = journal(p).flatMap((record) => (record.type === 'processed' ? record.notes : []));
    expect(notes).toContain('IF-018 [AddressChg]: nothing for the Supplier to do; recorded');
  });

  it('sends nothing about a publication that names no MPAN (a settlement report)', async () => {
    const p = await start();
    const report = buildMessage(spec, {
      faker: seededFaker(203),
      interfaceID: 'REP-002',
      eventCode: '[DUOSSupplierAggData]',
      now: Date.now(),
      direction: 'egress',
      sender: { dipId: '7000000001', role: 'ECS' },
      fixed: { '/CommonBlock/A0': { primaryRecipients: [SUP], secondaryRecipients: [], always: [] } },
    });
    await deliver(p, report);
    expect(dip.submissions).toEqual([]);
  });

  it('under ignores-unknown-mpan files it without a word', async () => {
    const p = await start({ faults: ['ignores-unknown-mpan'] satisfies FaultName[] });
    await deliver(p, egress(spec, { interfaceID: 'IF-018', eventCode: '[AddressChg]', seed: 204, to: [SUP], mpan: '2000056535971' }));
    expect(dip.submissions).toEqual([]);
  });
});

describe('reference participant: a publication its process cannot be expecting (RCP1062)', () => {
  const mpan = '1012345678903';

  async function registered(p: RunningParticipant, cssRegistrationId: string): Promise<void> {
    expect((await push(p.url, { mpan, supplyStartDate: '2026-10-01', cssRegistrationId }, '/test-hooks/css-registration')).status).toBe(201);
  }

  it('the Supplier reports an IF-032 or IF-035 outcome of an appointment it never requested, and changes nothing', async () => {
    const p = await start();
    await registered(p, 'reg-1062');
    const initial = egress(spec, { interfaceID: 'IF-032', eventCode: '[DSAppInitialResp]', seed: 210, to: [SUP], mpan });
    const accepted = egress(spec, { interfaceID: 'IF-035', eventCode: '[MSAppAccepted]', seed: 211, to: [SUP], mpan });
    await deliver(p, initial, accepted);

    expect(statuses()).toEqual([`RCP1062 ${transaction(initial)} ${SUP}`, `RCP1062 ${transaction(accepted)} ${SUP}`]);
    const entry = (dip.submissions[1]!.body as { message: string; help: string; recipientID: string }[])[0]!;
    expect(entry).toMatchObject({ message: 'RCP1062 - PUB Unexpected given MPAN Process Status/Condition', recipientID: REGS });
    expect(entry.help).toContain('asked for no Metering Service appointment');
    const fields = replay(journal(p)).mpans.supplier.get(mpan)!.fields;
    expect(fields.msStatus).toBeUndefined();
    expect(fields.dsStatus).toBeUndefined();
  });

  it('the Supplier takes the same IF-035 once it has asked for the appointment', async () => {
    const p = await start();
    await registered(p, 'reg-1062b');
    await deliver(p, egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 212, to: [SUP], mpan, segment: 'S', fixed: { '/CustomBlock/B013/CSSRegistrationID': 'reg-1062b' } }));
    await deliver(p, egress(spec, { interfaceID: 'IF-035', eventCode: '[MSAppAccepted]', seed: 211, to: [SUP], mpan }));
    expect(statuses()).toEqual([]);
    expect(replay(journal(p)).mpans.supplier.get(mpan)!.fields.msStatus).toBe('accepted');
  });

  it('the Metering Service reports the acceptance or activation of an appointment it declined, not another service’s activation', async () => {
    const p = await start();
    const offer = egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 213, to: [MSA], mpan, segment: 'A', gsp: '_P', fixed: { '/CustomBlock/B070/proposedMeteringServiceDIPID': MSA } });
    await deliver(p, offer);
    expect(dip.messages('/dip-channel/IF-034').map((reply) => field(reply, '/CustomBlock/B007/responseCode'))).toEqual(['R']);

    const ours = egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed: 214, to: [MSA], mpan, fixed: { '/CustomBlock/B014/incomingMeteringServiceDIPID': MSA } });
    const accepted = egress(spec, { interfaceID: 'IF-035', eventCode: '[MSAppAccepted]', seed: 215, to: [MSA], mpan });
    const another = egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed: 216, to: [MSA], mpan, fixed: { '/CustomBlock/B014/incomingMeteringServiceDIPID': '1999999999' } });
    await deliver(p, ours, accepted, another);

    expect(statuses()).toEqual([`RCP1062 ${transaction(ours)} ${MSA}`, `RCP1062 ${transaction(accepted)} ${MSA}`]);
    expect(replay(journal(p)).mpans.meteringService.get(mpan)!.fields.status).toBe('another-active');
  });

  it('under ignores-unexpected-publications records the outcome as if it had asked', async () => {
    const p = await start({ faults: ['ignores-unexpected-publications'] satisfies FaultName[] });
    await registered(p, 'reg-1062c');
    await deliver(p, egress(spec, { interfaceID: 'IF-035', eventCode: '[MSAppAccepted]', seed: 217, to: [SUP], mpan }));
    expect(statuses()).toEqual([]);
    expect(replay(journal(p)).mpans.supplier.get(mpan)!.fields.msStatus).toBe('accepted');
  });
});

describe('reference participant: IF-036 delivered before the IF-035 it follows', () => {
  const mpan = '1012345678903';
  const gain = () => egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 220, to: [SUP], mpan, segment: 'S' });
  const active = () => egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed: 221, to: [SUP], mpan });
  const accepted = () => egress(spec, { interfaceID: 'IF-035', eventCode: '[MSAppAccepted]', seed: 222, to: [SUP], mpan });

  it('the Supplier places both and ends with the appointment active, as in order', async () => {
    const p = await start();
    await deliver(p, gain(), active(), accepted());
    expect(statuses()).toEqual([]);
    expect(replay(journal(p)).mpans.supplier.get(mpan)!.fields.msStatus).toBe('active');
    const notes = journal(p).flatMap((record) => (record.type === 'processed' ? record.notes : []));
    expect(notes.slice(-2)).toEqual([`IF-036 [MSAppActive] for ${mpan}: MS appointment active`, `IF-035 [MSAppAccepted] for ${mpan}: arrived after the later notice; MS appointment stays active`]);
  });

  it('the Metering Service that accepted the offer places both and ends active', async () => {
    const p = await start();
    await deliver(p, egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 223, to: [MSS], mpan, segment: 'S', fixed: { '/CustomBlock/B070/proposedMeteringServiceDIPID': MSS } }));
    const ours = egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed: 224, to: [MSS], mpan, fixed: { '/CustomBlock/B014/incomingMeteringServiceDIPID': MSS } });
    await deliver(p, ours, egress(spec, { interfaceID: 'IF-035', eventCode: '[MSAppAccepted]', seed: 225, to: [MSS], mpan }));
    expect(statuses()).toEqual([]);
    expect(replay(journal(p)).mpans.meteringService.get(mpan)!.fields.status).toBe('active');
  });

  it('under refuses-out-of-order reports the early IF-036 RCP1062 and drops it, so the appointment never becomes active', async () => {
    const p = await start({ faults: ['refuses-out-of-order'] satisfies FaultName[] });
    const early = active();
    await deliver(p, gain(), early, accepted());
    expect(statuses()).toEqual([`RCP1062 ${transaction(early)} ${SUP}`]);
    expect(replay(journal(p)).mpans.supplier.get(mpan)!.fields.msStatus).toBe('accepted');
  });
});
