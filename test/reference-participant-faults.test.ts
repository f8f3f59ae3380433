// Each fault switch changes exactly the behaviour it names. One fixed scenario (an IF-002
// gain, an IF-033 the MS serves, an IF-033 outside its area) runs with no fault and then with
// each fault alone; the transcripts (webhook answers and everything sent to the DIP, with
// clock readings masked) must differ from the fault-free one only where the fault says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_NAMES, FAULTS, type FaultName } from '../reference-participant/faults.ts';
import { startReferenceParticipant } from '../reference-participant/participant.ts';
import { isValidMpanCore } from '../src/rules/mpan-check-digit.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { egress, FakeDip, field, MSS, push, SUP, testConfig } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
// Well clear of how long a message takes when every fault's participant starts side by side on a busy machine.
const LATE_MILLIS = 2_500;

const gain = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 100, to: [SUP], gsp: '_C', segment: 'S' });
const servable = egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 101, to: [MSS], gsp: '_C', segment: 'S' });
const outOfArea = egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 102, to: [MSS], gsp: '_P', segment: 'S' });

interface Sent {
  readonly path: string;
  /** The first message's payload (a lone message's, when it came without its array). */
  readonly payload: Record<string, unknown>;
  /** The request's shape: `array of N` messages, or what came instead of an array. */
  readonly batch: string;
  readonly apiKey: string | undefined;
  /** Whether the request was over 1 MiB (its exact length varies with nothing a fault names). */
  readonly size: string;
  readonly afterPushMillis: number;
}

interface Transcript {
  readonly answers: { status: number; text: string; body: unknown }[];
  readonly sent: Sent[];
}

/** Clock readings differ between any two runs; everything else must not. */
function masked(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, item) =>
    // The instant varies from run to run; the GB offset it is written with must not.
    ['sentTimestamp', 'timestamp', 'senderTimestamp'].includes(key) && typeof item === 'string' ? `<time>${item.slice(19)}` : item,
  );
}

async function run(faults: FaultName[]): Promise<Transcript> {
  const dip = await new FakeDip().start();
  const participant = await startReferenceParticipant(testConfig(dip.url, { faults, faultOptions: { lateMillis: LATE_MILLIS } }), { spec, log: () => {} });
  try {
    const pushedAt = Date.now();
    const answers = [];
    for (const payload of [gain, servable, outOfArea]) answers.push(await push(participant.url, [{ payload }]));
    await participant.idle();
    const sent = dip.submissions.map((submission) => {
      const body = submission.body as { payload: Record<string, unknown> }[] | { payload: Record<string, unknown> };
      return {
        path: submission.path,
        payload: (Array.isArray(body) ? body[0]! : body).payload,
        batch: Array.isArray(body) ? `array of ${body.length}` : typeof body,
        apiKey: submission.headers['x-api-key'] as string | undefined,
        size: Number(submission.headers['content-length']) > 1024 * 1024 ? 'over 1 MiB' : 'up to 1 MiB',
        afterPushMillis: submission.at - pushedAt,
      };
    });
    // The late fault reorders deliveries; compare them in a stable order.
    const key = (item: Sent) => `${item.path} ${String(field(item.payload, '/CommonBlock/S0/eventCode'))} ${String(field(item.payload, '/CommonBlock/M0/GSPGroupID'))}`;
    sent.sort((a, b) => key(a).localeCompare(key(b)));
    return { answers, sent };
  } finally {
    await participant.stop();
    await dip.close();
  }
}

/** The transcript with each IF-031 once: what is left when resends-submission's copies are taken out. */
function withoutResentCopies(fault: FaultName, transcript: Transcript): Transcript {
  if (fault !== 'resends-submission') return transcript;
  const seen = new Set<string>();
  return {
    ...transcript,
    sent: transcript.sent.filter((item) => {
      const key = JSON.stringify(item.payload);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

/** JSON pointers where two values differ. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`));
  }
  return Object.is(a, b) ? [] : [at];
}

/**
 * The raw answer text holds unmasked times, so its parsed body is compared instead. A sender
 * unique reference's sequence follows the order messages were made in (which the late fault
 * changes), so each distinct reference is numbered by where it first appears: what stays
 * visible is which messages share a reference.
 */
function contentOf(transcript: Transcript): unknown {
  const numbering = new Map<string, number>();
  const sent = transcript.sent.map(({ path, payload, batch, apiKey, size }) => {
    const copy = structuredClone(payload) as { CommonBlock: { S1: { senderUniqueReference: string } } };
    const reference = copy.CommonBlock.S1.senderUniqueReference;
    if (!numbering.has(reference)) numbering.set(reference, numbering.size + 1);
    copy.CommonBlock.S1.senderUniqueReference = reference.replace(/-[a-zA-Z0-9]+$/, `-#${numbering.get(reference)}`);
    return { path, payload: copy, batch, apiKey, size };
  });
  return masked({ answers: transcript.answers.map(({ status, body }) => ({ status, body })), sent });
}

const SUR = '/payload/CommonBlock/S1/senderUniqueReference';

/** Where each fault may change the transcript; sent[0,1] are IF-031 [DSApp], [MSApp]; sent[2,3] IF-034 in _C, _P. */
const EXPECTED_DIFFERENCES: Record<FaultName, string[]> = {
  'late-if031': [],
  // The gain's IF-031 content: its CSS registration ID, its proposed Metering Service, its appointment scenario.
  'foreign-css-registration-id': ['/sent/0/payload/CustomBlock/B013/CSSRegistrationID', '/sent/1/payload/CustomBlock/B013/CSSRegistrationID'],
  'proposes-unoffered-metering-service': ['/sent/1/payload/CustomBlock/B070/proposedMeteringServiceDIPID', '/sent/1/payload/CustomBlock/B070/proposedMeteringServiceMPID'],
  'gain-as-csp': ['/sent/0/payload/CustomBlock/B071/appointmentScenario', '/sent/1/payload/CustomBlock/B070/appointmentScenario'],
  // Adds copies rather than changing messages: its own test below compares the transcript without them.
  'resends-submission': [],
  // No status message in this transcript: the RCP1061 and RCP1062 rainy days time this one.
  'late-status-messages': [],
  'wrong-event-code': ['/sent/2/payload/CommonBlock/S0/eventCode', '/sent/3/payload/CommonBlock/S0/eventCode'],
  'invalid-mpan': ['/sent/0/payload/CommonBlock/M0/MPANCore', '/sent/1/payload/CommonBlock/M0/MPANCore'],
  'reused-sur': [`/sent/1${SUR}`, `/sent/2${SUR}`, `/sent/3${SUR}`],
  'missing-standard-response': ['/answers/0/body', '/answers/1/body', '/answers/2/body'],
  'wrong-d0-echo': ['/answers/0/body/messageArray/0/transactionID', '/answers/1/body/messageArray/0/transactionID', '/answers/2/body/messageArray/0/transactionID'],
  'accepts-unservable-appointment': ['/sent/3/payload/CustomBlock/B007/responseCode', '/sent/3/payload/CustomBlock/B007/proposedAppointmentResponseCode'],
  // This harness speaks plain HTTP without signatures, where these two change nothing: that is
  // what this test proves of them. test/reference-participant-signatures.test.ts shows their effect.
  'skips-signature-check': [],
  'unsigned-submissions': [],
  // No site works are reported in this transcript; the BP009 features catch this one.
  'wrong-meter-works-event': [],
  // Nor registration data changes: the BP010 features catch this one.
  'wrong-registration-data-event': [],
  // Nor repeats or unknown schema versions: the DIP-webhook rainy days catch these.
  'processes-repeats': [],
  'ignores-schema-version': [],
  // Nor repeats: the DIP-channel rainy days hand their watch on to the worker, which catches this
  // one as a run-level finding naming the scenario (test/late-repeats.test.ts); its own test below.
  'late-repeat-action': [],
  // Nor changes of service without a change of supplier: the BP002, BP003 and BP011 features catch this one.
  'wrong-appointment-scenario': [],
  // No settlement report is in this transcript; the DIP-channel features catch this one.
  'refuses-reports': [],
  // No IF-045 reminder is in this transcript; the IF-045 reminder features catch this one.
  'ignores-if045': [],
  // Nor messages to the Data Service: the SUPPLIER-TO-DS features catch these.
  'misaddressed-advisory': [],
  'empty-consumption-amendment': [],
  'agreed-read-dated-when-sent': [],
  // Nor Customer Direct Contracts: the BP010 CRD-04 feature catches this one.
  'retrospective-direct-contract': [],
  // Nor a Secured Active: the BP001 COS-09 feature catches this one.
  'if001-unknown-mpan': [],
  // No site works in this transcript either: the read features of BP008 and BP009 catch these.
  'sends-no-reads': [],
  'wrong-read-event': [],
  // The gain in this transcript is of a migrated MPAN (no css-registration marks it for migration): the migration features catch this one.
  'migrates-with-cos': [],
  // No history correction in this transcript: the BP009 history feature catches this one.
  'history-ids-mismatch': [],
  // Nor Comms Hub information: the COM-10 feature catches this one.
  'comms-hub-info-to-smrs': [],
  // Nor the Supplier's Comms Hub information to its Metering Service: the Supplier's COM-10 feature catches this one.
  'misaddressed-comms-hub-info': [],
  // Nor a reverse migration: the migration and DIP-channel features catch this one.
  'refuses-reverse-migration': [],
  // Nor a repeated IF-002: the BP001 COS-14 feature catches this one.
  're-requests-on-gain-update': [],
  // Nor a Change of Supplier read: the BP001 COS-16 feature catches this one.
  'disowns-closing-read': [],
  // Nor an MPAN the participant does not know, nor a publication its state does not expect,
  // nor one out of order: the DIP-channel rainy days and the DIP-webhook features catch these.
  'ignores-unknown-mpan': [],
  'ignores-unexpected-publications': [],
  'refuses-out-of-order': [],
  // Every push in this transcript fits its schema: the DIP-channel refusal scenarios catch this one.
  'accepts-broken-publications': [],
  // The spoilt IF-031s: sent[0] is [DSApp], sent[1] [MSApp].
  'd0-in-submission': ['/sent/0/payload/CommonBlock/D0', '/sent/1/payload/CommonBlock/D0'],
  'foreign-sur': [`/sent/0${SUR}`, `/sent/1${SUR}`],
  'sur-date-not-real': [`/sent/0${SUR}`, `/sent/1${SUR}`],
  'wrong-timestamp-offset': ['/sent/0/payload/CommonBlock/S1/senderTimestamp', '/sent/1/payload/CommonBlock/S1/senderTimestamp'],
  'wrong-sender-role': ['/sent/0/payload/CommonBlock/S1/senderRoleID', '/sent/1/payload/CommonBlock/S1/senderRoleID'],
  'wrong-channel': ['/sent/0/path', '/sent/1/path'],
  'efd-not-midnight': ['/sent/0/payload/CustomBlock/B071/proposedDataServiceDIPEffectiveFromDate', '/sent/1/payload/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate'],
  'efd-in-past': ['/sent/0/payload/CustomBlock/B071/proposedDataServiceDIPEffectiveFromDate', '/sent/1/payload/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate'],
  'efd-beyond-28-days': ['/sent/0/payload/CustomBlock/B071/proposedDataServiceDIPEffectiveFromDate', '/sent/1/payload/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate'],
  // The IF-031 requests spoilt for the DIP's own checks.
  'unknown-api-key': ['/sent/0/apiKey', '/sent/1/apiKey'],
  'trigger-sender-as-own': ['/sent/0/payload/CommonBlock/S1/senderDIPID', '/sent/1/payload/CommonBlock/S1/senderDIPID', `/sent/0${SUR}`, `/sent/1${SUR}`],
  'unwrapped-submission': ['/sent/0/batch', '/sent/1/batch'],
  'duplicate-in-batch': ['/sent/0/batch', '/sent/1/batch'],
  'oversized-batch': ['/sent/0/batch', '/sent/1/batch'],
  'misaddressed-if031': ['/sent/0/payload/CommonBlock/A0/primaryRecipients/0', '/sent/1/payload/CommonBlock/A0/primaryRecipients/0'],
  'unknown-event-code': ['/sent/0/payload/CommonBlock/S0/eventCode', '/sent/1/payload/CommonBlock/S0/eventCode'],
  'padded-request': ['/sent/0/size', '/sent/1/size'],
  'drops-correlation-id': ['/sent/2/payload/CommonBlock/S1/senderCorrelationID', '/sent/3/payload/CommonBlock/S1/senderCorrelationID'],
  // This transcript has no Data Service offer (the harness configures no Data Service):
  // test/reference-participant-data-service.test.ts shows what each of these changes.
  'late-ds-appointment-answer': [],
  'no-ds-appointment-answer': [],
  'sds-accepts-without-mdr': [],
  'wrong-ds-reject-code': [],
  // No settlement data in this transcript: test/reference-participant-settlement-data.test.ts shows what each of these changes.
  'missing-settlement-period': [],
  'settlement-day-in-gb-local-periods': [],
  'estimates-off-shape': [],
  'actuals-flagged-as-estimates': [],
  'no-resubmission-after-rejection': [],
  'no-resubmission-after-default': [],
  // No consumption amendment in this transcript: test/reference-participant-consumption-amendment.test.ts shows what each of these changes.
  'no-amendment-answer': [],
  'amendment-accepted-from-any-supplier': [],
  'reactive-sent-as-active': [],
  'late-settlement-data': [],
  'settlement-data-for-unappointed-day': [],
  // No MDR change in this transcript: test/reference-participant-mdr-change.test.ts shows what each of these changes.
  'mdr-update-too-far-ahead': [],
  'mdr-update-retrospective': [],
  'mdr-update-names-itself': [],
  'late-mdr-update': [],
  // No consumption replay in this transcript: test/reference-participant-consumption-replay.test.ts shows what each of these changes.
  'no-consumption-replay-request': [],
  'refuses-consumption-replay': [],
};

describe('reference participant fault switches', () => {
  let baseline: Transcript;
  const byFault = new Map<FaultName, Transcript>();

  beforeAll(async () => {
    baseline = await run([]);
    // late-if031 is timed (see below): it runs alone. The rest are independent and run a few side
    // by side, not all at once: a score of participants starting together on a small machine
    // delays even the messages no fault holds back.
    byFault.set('late-if031', await run(['late-if031']));
    const queue = FAULT_NAMES.filter((fault) => fault !== 'late-if031');
    const worker = async () => {
      for (let fault = queue.shift(); fault; fault = queue.shift()) byFault.set(fault, await run([fault]));
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  });

  afterAll(() => byFault.clear());

  it('the catalogue names every fault with a description, and the fault-free run is conformant', () => {
    expect(FAULT_NAMES.sort()).toEqual(Object.keys(EXPECTED_DIFFERENCES).sort());
    for (const name of FAULT_NAMES) expect(FAULTS[name].length).toBeGreaterThan(20);
    expect(baseline.answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(baseline.sent.map((item) => `${item.path} ${String(field(item.payload, '/CommonBlock/S0/eventCode'))}`)).toEqual([
      '/dip-channel/IF-031 [DSApp]',
      '/dip-channel/IF-031 [MSApp]',
      '/dip-channel/IF-034 [MSAppSPResponse]',
      '/dip-channel/IF-034 [MSAppSPResponse]',
    ]);
    for (const item of baseline.sent) {
      expect(validateBody(spec, [{ payload: item.payload }], { direction: 'ingress' }).flatMap((report) => report.findings)).toEqual([]);
    }
    expect(field(baseline.sent[3]!.payload, '/CustomBlock/B007/responseCode')).toBe('R');
  });

  it.each(FAULT_NAMES)('%s changes only what it names', (fault) => {
    const transcript = withoutResentCopies(fault, byFault.get(fault)!);
    expect(differences(contentOf(baseline), contentOf(transcript)).sort()).toEqual([...EXPECTED_DIFFERENCES[fault]].sort());
  });

  it('resends-submission posts every IF-031 a second time, unchanged, and nothing else', () => {
    const resent = byFault.get('resends-submission')!.sent;
    const if031 = (transcript: Transcript['sent']) => transcript.filter((item) => item.path === '/dip-channel/IF-031').map((item) => JSON.stringify(item.payload));
    const copies = if031(resent);
    expect(copies).toHaveLength(2 * if031(baseline.sent).length);
    // Each message and its copy are the same bytes, sender unique reference included.
    expect(new Set(copies).size).toBe(copies.length / 2);
    expect(resent.filter((item) => item.path !== '/dip-channel/IF-031')).toHaveLength(baseline.sent.filter((item) => item.path !== '/dip-channel/IF-031').length);
  });

  it('late-if031 holds IF-031 back by lateMillis and nothing else', () => {
    const late = byFault.get('late-if031')!;
    const delays = (transcript: Transcript, channel: string) =>
      transcript.sent.filter((item) => item.path === channel).map((item) => item.afterPushMillis);
    for (const delay of delays(late, '/dip-channel/IF-031')) expect(delay).toBeGreaterThanOrEqual(LATE_MILLIS - 50);
    for (const delay of delays(baseline, '/dip-channel/IF-031')) expect(delay).toBeLessThan(LATE_MILLIS - 50);
    for (const delay of delays(late, '/dip-channel/IF-034')) expect(delay).toBeLessThan(LATE_MILLIS - 50);
  });

  it('late-repeat-action answers a repeat at once and acts on it again only lateRepeatMillis after it arrived', async () => {
    const repeatedTwice = async (faults: FaultName[]) => {
      const dip = await new FakeDip().start();
      const participant = await startReferenceParticipant(testConfig(dip.url, { faults, faultOptions: { lateRepeatMillis: LATE_MILLIS } }), { spec, log: () => {} });
      try {
        const pushedAt = Date.now();
        const answers = [await push(participant.url, [{ payload: servable }]), await push(participant.url, [{ payload: servable }])];
        await participant.idle();
        return { answers: answers.map((answer) => answer.status), delays: dip.submissions.filter((item) => item.path === '/dip-channel/IF-034').map((item) => item.at - pushedAt) };
      } finally {
        await participant.stop();
        await dip.close();
      }
    };
    const clean = await repeatedTwice([]);
    expect(clean.answers).toEqual([201, 201]);
    expect(clean.delays).toHaveLength(1);
    const late = await repeatedTwice(['late-repeat-action']);
    expect(late.answers).toEqual([201, 201]);
    expect(late.delays).toHaveLength(2);
    expect(late.delays[0]).toBeLessThan(LATE_MILLIS - 50);
    expect(late.delays[1]).toBeGreaterThanOrEqual(LATE_MILLIS - 50);
  });

  it('the planted defects are the ones the suite will look for', () => {
    const wrongEvent = byFault.get('wrong-event-code')!.sent[2]!.payload;
    expect(validateBody(spec, [{ payload: wrongEvent }], { direction: 'ingress' })[0]!.findings.map((finding) => finding.rule)).toContain('SCHEMA');

    const invalid = byFault.get('invalid-mpan')!.sent[1]!.payload;
    expect(isValidMpanCore(field(invalid, '/CommonBlock/M0/MPANCore') as string)).toBe(false);
    expect(validateBody(spec, [{ payload: invalid }], { direction: 'ingress' })[0]!.findings.map((finding) => finding.rule)).toEqual(['MPAN-CHECK-DIGIT']);

    const batches = (fault: FaultName) => byFault.get(fault)!.sent.filter((item) => item.path === '/dip-channel/IF-031').map((item) => item.batch);
    expect(batches('unwrapped-submission')).toEqual(['object', 'object']);
    expect(batches('duplicate-in-batch')).toEqual(['array of 2', 'array of 2']);
    expect(batches('oversized-batch')).toEqual(['array of 101', 'array of 101']);
    const duplicated = byFault.get('duplicate-in-batch')!.sent[0]!.payload;
    expect(validateBody(spec, [{ payload: duplicated }, { payload: duplicated }], { direction: 'ingress' }).flatMap((report) => report.findings).map((finding) => finding.rule)).toEqual(['SUR-UNIQUE-IN-BATCH']);
    // Only the IF-031s go with the foreign key; this harness issues none, so the IF-034s go with none.
    const keys = byFault.get('unknown-api-key')!.sent.map((item) => item.apiKey);
    expect(keys.slice(0, 2).every((key) => typeof key === 'string' && key !== baseline.sent[0]!.apiKey)).toBe(true);
    expect(keys.slice(2)).toEqual(baseline.sent.slice(2).map((item) => item.apiKey));

    const reused = byFault.get('reused-sur')!.sent;
    expect(field(reused[0], SUR)).toBe(field(reused[1], SUR));
    expect(field(reused[2], SUR)).toBe(field(reused[3], SUR));

    const silent = byFault.get('missing-standard-response')!.answers;
    expect(silent.map((answer) => [answer.status, answer.text])).toEqual([
      [201, ''],
      [201, ''],
      [201, ''],
    ]);

    const echo = byFault.get('wrong-d0-echo')!.answers[0]!.body as { messageArray: { transactionID: string }[] };
    const sentID = field(gain, '/CommonBlock/D0/transactionID') as string;
    expect(echo.messageArray[0]!.transactionID).not.toBe(sentID);
    expect(echo.messageArray[0]!.transactionID).toHaveLength(sentID.length);

    expect(byFault.get('accepts-unservable-appointment')!.sent[3]!.payload).toMatchObject({
      CommonBlock: { M0: { GSPGroupID: '_P' } },
      CustomBlock: { B007: { responseCode: 'A', proposedAppointmentResponseCode: 'SP000 - Proposed Appointment ACCEPTED' } },
    });
  });
});
