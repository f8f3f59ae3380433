import { describe, expect, it } from 'vitest';
import type { PushOutcome } from '../mocks/dip/publication-push.ts';
import { checkResponseToTrigger } from '../src/checks/response-to-trigger.ts';

const trigger = (correlation: string | null) =>
  ({ body: [{ payload: { CommonBlock: { S1: { senderDIPID: '2000000001', senderCorrelationID: correlation }, D0: { initialCorrelationID: null } } } }] }) as unknown as PushOutcome;
const response = (recipients: unknown, correlation: string | null) => ({ CommonBlock: { A0: { primaryRecipients: recipients }, S1: { senderCorrelationID: correlation } } });

describe('a response to a trigger', () => {
  it('passes when addressed to the requester and carrying its correlation ID', () => {
    expect(checkResponseToTrigger(trigger('CI-1'), response(['2000000001'], 'CI-1'), '/0/payload')).toEqual([]);
    expect(checkResponseToTrigger(trigger(null), response(['2000000001'], null), '/0/payload')).toEqual([]);
  });

  it('fails when addressed to someone else', () => {
    const findings = checkResponseToTrigger(trigger(null), response(['9999999999'], null), '/0/payload');
    expect(findings).toMatchObject([{ rule: 'ADDRESSED-TO-REQUESTER', severity: 'fail', pointer: '/0/payload/CommonBlock/A0/primaryRecipients' }]);
  });

  it('warns when the correlation ID is not carried over', () => {
    const findings = checkResponseToTrigger(trigger('CI-1'), response(['2000000001'], 'CI-2'), '/0/payload');
    expect(findings).toMatchObject([{ rule: 'CORRELATED-TO-TRIGGER', severity: 'warn', pointer: '/0/payload/CommonBlock/S1/senderCorrelationID' }]);
  });
});
