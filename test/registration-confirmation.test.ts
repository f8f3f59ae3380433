// The reference Supplier taking IF-001 on Secured Active (BP001 COS-09): recorded for an MPAN it
// is gaining, RCP1061 for one it never asked about, and RCP1061 under the if001-unknown-mpan fault.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../reference-participant/records.ts';
import { egress, push, SUP, participantAgainstFakeDip } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const MPAN = '1012345678903';

describe('the reference Supplier taking IF-001', () => {
  const fixture = participantAgainstFakeDip(spec);

  async function gainThenConfirm(faults: string[], confirmedMpan = MPAN): Promise<{ notes: string[]; statuses: string[] }> {
    const participant = await fixture.start(faults);
    await push(participant.url, [{ payload: egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 1, to: [SUP], mpan: MPAN, segment: 'S' }) }]);
    await participant.idle();
    const answer = await push(participant.url, [{ payload: egress(spec, { interfaceID: 'IF-001', eventCode: '[ChangeOfSupplier]', seed: 2, to: [SUP], mpan: confirmedMpan }) }]);
    expect(answer.status).toBe(201);
    await participant.idle();
    const records = readFileSync(participant.journalFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JournalRecord);
    const notes = records.filter((record) => record.type === 'processed' && record.interfaceID === 'IF-001').flatMap((record) => (record.type === 'processed' ? record.notes : []));
    const statuses = fixture.dip.submissions.filter((submission) => submission.path === '/statusmessage').map((submission) => (submission.body as { message: string }[])[0]!.message);
    return { notes, statuses };
  }

  it('records the registration of an MPAN it is gaining, and reports nothing', async () => {
    const { notes, statuses } = await gainThenConfirm([]);
    expect(notes).toEqual([expect.stringMatching(/^IF-001 \[ChangeOfSupplier\] for 1012345678903: registered from /)]);
    expect(statuses).toEqual([]);
  });

  it('answers RCP1061 for an MPAN it never asked about', async () => {
    expect((await gainThenConfirm([], '2000056535971')).statuses).toEqual(['RCP1061 - MPAN Invalid or Unknown']);
  });

  it('with if001-unknown-mpan answers RCP1061 for the MPAN it is gaining', async () => {
    expect((await gainThenConfirm(['if001-unknown-mpan'])).statuses).toEqual(['RCP1061 - MPAN Invalid or Unknown']);
  });
});
