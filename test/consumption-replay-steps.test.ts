// What the suite holds an Advanced Data Service's replay request (IF-015 [ConsumptionReplay]) to:
// about the MPAN it was asked about, an Advanced one, sent as the ADS the SMRS holds appointed.
import { describe, expect, it } from 'vitest';
import { replayRequestProblems } from '../src/scenario/consumption-replay-steps.ts';

const SERVED = { mpan: '2000056535971', segment: 'A', dataServiceDipId: '1000000006' };
const CONFORMANT = { senderDipId: '1000000006', senderRole: 'ADS', mpan: '2000056535971' };

const described = (request: typeof CONFORMANT, served = SERVED) => replayRequestProblems(request, served).map(({ rule, pointer, message, requirement }) => ({ rule, pointer, message, requirement }));

describe('replayRequestProblems', () => {
  it('takes the request of the appointed ADS about the Advanced MPAN it was asked about', () => {
    expect(replayRequestProblems(CONFORMANT, SERVED)).toEqual([]);
  });

  it('names another MPAN in M0', () => {
    expect(described({ ...CONFORMANT, mpan: '2000056535980' })).toEqual([
      { rule: 'PROCESS-CONTENT', pointer: '/0/payload/CommonBlock/M0/MPANCore', message: 'M0 names MPAN "2000056535980"; the ADS was asked about 2000056535971', requirement: 'REQ-DS-CONSUMPTION-REPLAY' },
    ]);
  });

  it('names a Smart MPAN: replay is for Advanced sites only', () => {
    expect(described(CONFORMANT, { ...SERVED, segment: 'S' })).toEqual([
      { rule: 'PROCESS-CONTENT', pointer: '/0/payload/CommonBlock/M0/MPANCore', message: 'the SMRS holds MPAN 2000056535971 in segment S: consumption replay is for Advanced sites only (IF-015)', requirement: 'REQ-DS-CONSUMPTION-REPLAY' },
    ]);
  });

  it('names a sender other than the appointed ADS, or another role', () => {
    expect(described({ ...CONFORMANT, senderDipId: '1000000005', senderRole: 'SDS' }).map((finding) => finding.pointer)).toEqual(['/0/payload/CommonBlock/S1/senderRoleID', '/0/payload/CommonBlock/S1/senderDIPID']);
  });
});
