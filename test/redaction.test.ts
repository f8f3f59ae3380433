import { describe, expect, it } from 'vitest';
import { MASKED_ADDRESS, redactText } from '../src/evidence/pack/redaction.ts';

describe('redaction of MPANs and addresses', () => {
  it('masks MPAN cores in JSON, escaped JSON and prose, and leaves timestamps alone', () => {
    const journal = JSON.stringify({ body: JSON.stringify({ M0: { MPANCore: '1000100000018' } }), start: 1795461492311 });
    expect(redactText(journal)).toBe(JSON.stringify({ body: JSON.stringify({ M0: { MPANCore: '10*********18' } }), start: 1795461492311 }));
    expect(redactText('sent IF-031 for MPAN 1000100000018 (DIP answered 201)')).toBe('sent IF-031 for MPAN 10*********18 (DIP answered 201)');
    expect(redactText('"DIPID":"1000000001","stop":1795461492847')).toBe('"DIPID":"1000000001","stop":1795461492847');
  });

  it('keeps JSON valid and leaves nothing of a value with quotes, backslashes and newlines', () => {
    const payload = { B022: { meteringPointPostcode: 'UZ11 2GV', addressLine1: 'a \\ b "c"\n d', addressLine2: 'plain' } };
    for (const text of [JSON.stringify(payload), JSON.stringify({ body: JSON.stringify(payload) })]) {
      const redacted = redactText(text);
      expect(() => JSON.parse(redacted)).not.toThrow();
      expect(redacted).not.toMatch(/UZ11|plain|"c|b \\/);
    }
  });

  it('replaces address lines and postcodes, plain and escaped', () => {
    const payload = { B022: { meteringPointPostcode: 'UZ11 2GV', addressLine1: '5 Blaze "Grove"', addressLine5: null } };
    const redacted = JSON.parse(redactText(JSON.stringify(payload, null, 2)));
    expect(redacted.B022).toEqual({ meteringPointPostcode: MASKED_ADDRESS, addressLine1: MASKED_ADDRESS, addressLine5: null });
    const escaped = JSON.stringify({ body: JSON.stringify(payload) });
    expect(JSON.parse(JSON.parse(redactText(escaped)).body).B022.addressLine1).toBe(MASKED_ADDRESS);
  });
});
