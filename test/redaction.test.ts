import { describe, expect, it } from 'vitest';
import { MASKED_ADDRESS, redactFile, redactText } from '../src/evidence/pack/redaction.ts';

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

  it('keeps a pretty JSON file JSON: its 13-digit numbers (times in milliseconds) stay numbers, MPAN strings and addresses are masked', () => {
    const exchange = {
      marketMillis: 1765148019303,
      mpans: ['1000100000018'],
      note: 'sent IF-031 for MPAN 1000100000018',
      request: { body: JSON.stringify([{ payload: { M0: { MPANCore: '1000100000018' }, B022: { addressLine1: '5 Blaze Grove' } } }]) },
      B022: { meteringPointPostcode: 'UZ11 2GV' },
      byMpan: { '1000100000018': 1 },
    };
    const pretty = `${JSON.stringify(exchange, null, 2)}\n`;
    // As text, a space before the number lets it pass for an MPAN: the file would no longer parse.
    expect(() => JSON.parse(redactText(pretty))).toThrow();
    const redacted = redactFile('allure-results/a-attachment.json', pretty);
    const parsed = JSON.parse(redacted) as typeof exchange;
    expect(parsed.marketMillis).toBe(1765148019303);
    expect(parsed.mpans).toEqual(['10*********18']);
    expect(parsed.note).toBe('sent IF-031 for MPAN 10*********18');
    expect(parsed.request.body).not.toContain('1000100000018');
    expect(parsed.request.body).not.toContain('Blaze');
    expect(parsed.B022.meteringPointPostcode).toBe(MASKED_ADDRESS);
    expect(Object.keys(parsed.byMpan)).toEqual(['10*********18']);
    // Indentation and the final newline are kept.
    expect(redacted).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('redacts JSON lines line by line, and text that is not JSON as text', () => {
    const lines = `${JSON.stringify({ marketMillis: 1765148019303, mpans: ['1000100000018'] })}\n${JSON.stringify({ marketMillis: 1765148019304 })}\n`;
    expect(redactFile('run/journal-worker-0.jsonl', lines)).toBe(`${JSON.stringify({ marketMillis: 1765148019303, mpans: ['10*********18'] })}\n${JSON.stringify({ marketMillis: 1765148019304 })}\n`);
    expect(redactFile('broken.json', '{"mpan": "1000100000018", ')).toBe('{"mpan": "10*********18", ');
    expect(redactFile('notes.txt', 'MPAN 1000100000018')).toBe('MPAN 10*********18');
  });
});
