// The typed path reader: it reads what a path names without trusting the shape, and a path the
// generated payload types do not have does not compile. `npm run typecheck` proves the
// `@ts-expect-error` lines: each must still be an error, or tsc fails.
import { describe, expect, it } from 'vitest';
import type { B064 } from '../src/spec/generated/dip-payloads.ts';
import { fieldReader, interfaceReader, readField, readFieldOf, textField, type VariantsOf } from '../src/spec/payload-fields.ts';

const payload = {
  CommonBlock: {
    S0: { interfaceID: 'IF-031', schemaVersion: '011', eventCode: '[MSApp]' },
    S1: { senderDIPID: '1009012345', senderRoleID: 'SUP', senderCorrelationID: null },
    A0: { primaryRecipients: ['2009012345'], secondaryRecipients: [], always: [] },
    M0: { MPANCore: '1200012345678', distributorDIPID: '3009012345', GSPGroupID: '_A' },
  },
  CustomBlock: { B070: { proposedMeteringServiceDIPID: '2009012345' } },
};

describe('readField', () => {
  it('reads nested values, whole blocks and arrays at the end of the path', () => {
    expect(readField(payload, 'CommonBlock', 'S1', 'senderDIPID')).toBe('1009012345');
    expect(readField(payload, 'CommonBlock', 'M0', 'MPANCore')).toBe('1200012345678');
    expect(readField(payload, 'CommonBlock', 'A0', 'primaryRecipients')).toEqual(['2009012345']);
    expect(readField(payload, 'CommonBlock', 'M0')).toBe(payload.CommonBlock.M0);
    expect(readField(payload, 'CustomBlock', 'B070', 'proposedMeteringServiceDIPID')).toBe('2009012345');
    expect(readField(payload, 'CommonBlock', 'S1', 'senderCorrelationID')).toBeNull();
  });

  it('gives undefined through scalars, null, arrays and missing keys, and for a body that is no object', () => {
    const broken = { CommonBlock: { S1: 'text', A0: null, M0: [{ MPANCore: '1200012345678' }] }, CustomBlock: 7 };
    expect(readField(broken, 'CommonBlock', 'S1', 'senderDIPID')).toBeUndefined();
    expect(readField(broken, 'CommonBlock', 'A0', 'primaryRecipients')).toBeUndefined();
    expect(readField(broken, 'CommonBlock', 'M0', 'MPANCore')).toBeUndefined();
    expect(readField(broken, 'CustomBlock', 'B070')).toBeUndefined();
    expect(readField(broken, 'CommonBlock', 'D0', 'transactionID')).toBeUndefined();
    for (const body of [undefined, null, 'payload', 42, [payload]]) expect(readField(body, 'CommonBlock')).toBeUndefined();
  });

  it('reads text only as text', () => {
    expect(textField(payload, 'CommonBlock', 'S0', 'interfaceID')).toBe('IF-031');
    expect(textField(payload, 'CommonBlock', 'S1', 'senderCorrelationID')).toBeUndefined();
    expect(textField(payload, 'CommonBlock', 'A0', 'primaryRecipients')).toBeUndefined();
    expect(textField({ CommonBlock: { S1: { senderDIPID: 1009012345 } } }, 'CommonBlock', 'S1', 'senderDIPID')).toBeUndefined();
  });

  it('reads one variant, the variants of one interface, and values shaped like a block', () => {
    expect(readFieldOf('IF-031 [MSApp]', payload, 'CustomBlock', 'B070', 'proposedMeteringServiceDIPID')).toBe('2009012345');
    const readIF031 = interfaceReader('IF-031');
    const proposedDipId = (block: 'B070' | 'B071') => readIF031(payload, 'CustomBlock', block, `${block === 'B070' ? 'proposedMeteringService' : 'proposedDataService'}DIPID`);
    expect([proposedDipId('B070'), proposedDipId('B071')]).toEqual(['2009012345', undefined]);
    expect(readFieldOf('IF-031 [MSApp]', [payload], 'CustomBlock')).toBeUndefined();
    const kinds: VariantsOf<'IF-031'>[] = ['IF-031 [MSApp]', 'IF-031 [DSApp]'];
    expect(kinds.map((kind) => readFieldOf(kind, payload, 'CommonBlock', 'M0', 'MPANCore'))).toEqual(['1200012345678', '1200012345678']);
    const readRead = fieldReader<B064>();
    expect(readRead({ cumulativeRegisterReadingDateTime: '2026-09-15T00:00:00+01:00' }, 'cumulativeRegisterReadingDateTime')).toBe('2026-09-15T00:00:00+01:00');
    expect(readRead('2026-09-15', 'cumulativeRegisterReadingDateTime')).toBeUndefined();
  });

  it('does not compile a misspelt path, a path through an array, or a path of another variant or interface', () => {
    // @ts-expect-error S1 has senderDIPID, not senderDipId
    expect(readField(payload, 'CommonBlock', 'S1', 'senderDipId')).toBeUndefined();
    // @ts-expect-error no variant has a CommonBlock.S9
    expect(readField(payload, 'CommonBlock', 'S9')).toBeUndefined();
    // @ts-expect-error a payload's top level is CommonBlock and CustomBlock
    expect(readField(payload, 'commonBlock')).toBeUndefined();
    // @ts-expect-error a read does not step into an array (primaryRecipients)
    expect(readField(payload, 'CommonBlock', 'A0', 'primaryRecipients', 'length')).toBeUndefined();
    // @ts-expect-error IF-027 [ConsumptionAmendment] carries B902List, not IF-031's B070 (at run time the read still finds it)
    expect(readFieldOf('IF-027 [ConsumptionAmendment]', payload, 'CustomBlock', 'B070')).toBe(payload.CustomBlock.B070);
    // @ts-expect-error no variant 'IF-031 [MSAppointment]'
    expect(readFieldOf('IF-031 [MSAppointment]', payload, 'CustomBlock')).toBe(payload.CustomBlock);
    // @ts-expect-error IF-031's B070 and B071 have proposed…DIPID, not proposed…DipId
    expect(interfaceReader('IF-031')(payload, 'CustomBlock', 'B070', 'proposedMeteringServiceDipId')).toBeUndefined();
    // @ts-expect-error IF-041's variants carry no B070
    expect(interfaceReader('IF-041')(payload, 'CustomBlock', 'B070')).toBe(payload.CustomBlock.B070);
    // @ts-expect-error no interface IF-31
    expect(interfaceReader('IF-31')(payload, 'CustomBlock')).toBe(payload.CustomBlock);
    // @ts-expect-error B064 has cumulativeRegisterReadingDateTime, not readingDateTime
    expect(fieldReader<B064>()({}, 'readingDateTime')).toBeUndefined();
  });
});
