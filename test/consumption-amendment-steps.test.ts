// The check of a Data Service's IF-028 against the IF-027 it answers: each of its failures is
// seen here (a wrong MPAN, another B902List, the wrong outcome, a rejection without a reason);
// the selftest shows the missing answer and an acceptance that should be a rejection.
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../src/evidence/exchange.ts';
import { AMENDMENT_ANSWER, AMENDMENT_REQUEST, expectAmendmentAnswer } from '../src/scenario/consumption-amendment-steps.ts';
import type { ScenarioContext } from '../src/scenario/scenario-context.ts';
import { ParticipantDefect } from '../src/scenario/verdicts.ts';

const MPAN = '1200012345679';
const B902_LIST = [{ MQID: { measurementQuantityID: 'AI' }, supplierConsumptionAmendmentRequests: [{ consumptionAmendmentSupplierReference: 'AMD-1', grossRevisedConsumption: '1.000', arc: 'R' }] }];

const requestPayload = {
  CommonBlock: { S0: { interfaceID: 'IF-027', eventCode: '[ConsumptionAmendment]' }, S1: { senderDIPID: '6000000001' }, M0: { MPANCore: MPAN } },
  CustomBlock: { B902List: B902_LIST },
};

function answerOf(change: { mpan?: string; b902List?: unknown; r0?: unknown } = {}) {
  return {
    CommonBlock: { S0: { interfaceID: 'IF-028', eventCode: '[ConsumptionAmendment]' }, M0: { MPANCore: change.mpan ?? MPAN }, R0: change.r0 ?? { responseCode: 'A', responseMessages: [] } },
    CustomBlock: { B902List: change.b902List ?? B902_LIST },
  };
}

/** Just what the check reads of a scenario: the pushed request and the matched answer. */
function contextWith(answer: Record<string, unknown>): ScenarioContext {
  const exchange = { request: { body: JSON.stringify([{ payload: answer }]) } } as unknown as Exchange;
  return {
    lastAction: (what: string) => (what === AMENDMENT_REQUEST ? { what, at: 0, push: { body: [{ payload: requestPayload }] } } : undefined),
    received: new Map([[AMENDMENT_ANSWER, exchange]]),
  } as unknown as ScenarioContext;
}

function failures(answer: Record<string, unknown>, expected: 'accepts' | 'rejects'): string[] {
  try {
    expectAmendmentAnswer(contextWith(answer), expected);
    return [];
  } catch (error) {
    if (!(error instanceof ParticipantDefect)) throw error;
    return error.findings.map((finding) => `${finding.rule} ${finding.requirement} ${finding.pointer}`);
  }
}

describe('a Data Service answer to a consumption amendment', () => {
  it('passes the right answer, accepted or rejected with a reason', () => {
    expect(failures(answerOf(), 'accepts')).toEqual([]);
    expect(failures(answerOf({ r0: { responseCode: 'R', responseMessages: ['not the registered Supplier'] } }), 'rejects')).toEqual([]);
  });

  it('fails an answer on another MPAN or with other amendments', () => {
    expect(failures(answerOf({ mpan: '1900012374324' }), 'accepts')).toEqual(['PROCESS-CONTENT REQ-DS-AMENDMENT-ANSWER /0/payload/CommonBlock/M0/MPANCore']);
    expect(failures(answerOf({ b902List: [] }), 'accepts')).toEqual(['PROCESS-CONTENT REQ-DS-AMENDMENT-ANSWER /0/payload/CustomBlock/B902List']);
  });

  it('fails the wrong outcome, and a rejection that gives no reason', () => {
    expect(failures(answerOf({ r0: { responseCode: 'R', responseMessages: ['no'] } }), 'accepts')).toEqual(['PROCESS-CONTENT REQ-DS-AMENDMENT-OUTCOME /0/payload/CommonBlock/R0/responseCode']);
    expect(failures(answerOf(), 'rejects')).toEqual(['PROCESS-CONTENT REQ-DS-AMENDMENT-OUTCOME /0/payload/CommonBlock/R0/responseCode']);
    expect(failures(answerOf({ r0: { responseCode: 'R', responseMessages: [] } }), 'rejects')).toEqual(['PROCESS-CONTENT REQ-DS-AMENDMENT-OUTCOME /0/payload/CommonBlock/R0/responseMessages']);
  });
});
