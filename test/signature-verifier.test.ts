// The signature thread gives exactly the findings of the in-thread check, in the order the
// requests came, and a thread that dies loses no verification.
import { afterEach, describe, expect, it } from 'vitest';
import { signRequest, verifyRequest, type VerifyRequest } from '../src/transport/dip-signature.ts';
import { SignatureVerifier } from '../src/transport/signature-verifier.ts';
import { createTestPki, type TestPki } from '../src/transport/test-pki.ts';

const URL_ = 'https://dip.example/dip-channel/IF-031';
/** The test PKI is valid from the wall clock's now. */
const NOW = Date.now();

const member = (pki: TestPki, name: string) => pki.issued.find((issued) => issued.name === name)!;
const pki = createTestPki();
const stranger = createTestPki();

function signed(body: string, overrides: Record<string, string> = {}, signerPki = pki): VerifyRequest {
  const signer = member(signerPki, 'participant-signing');
  const bytes = Buffer.from(body, 'utf8');
  const headers = signRequest({ method: 'POST', url: URL_, body: bytes, privateKeyPem: signer.privateKeyPem, certificatePem: signer.certificatePem, date: new Date(NOW) });
  return { method: 'POST', url: URL_, body: bytes, headers: { ...headers, ...overrides }, trustedCaPems: [pki.ca.certificatePem], now: NOW };
}

/** One request of each kind the check tells apart, with the rules it must break. */
function requests(): Array<[string, VerifyRequest, string[]]> {
  const good = signed('{"n":1}');
  return [
    ['valid', good, []],
    ['empty body, signed', signed(''), []],
    ['body changed after signing', { ...good, body: Buffer.from('{"n":2}') }, ['SIGNATURE-CONTENT-HASH']],
    ['signature of another request', signed('{"n":3}', { 'x-dip-signature': signed('{"n":4}').headers['x-dip-signature']! }), ['SIGNATURE-VALUE']],
    ['stale date', { ...signed('{"n":5}'), now: NOW + 3_600_000 }, ['SIGNATURE-DATE']],
    ['certificate no trusted authority issued', signed('{"n":6}', {}, stranger), ['SIGNATURE-CERTIFICATE']],
    ['certificate header not a certificate', signed('{"n":7}', { 'x-dip-signature-certificate': 'bm90IGEgY2VydGlmaWNhdGU=' }), ['SIGNATURE-CERTIFICATE']],
    ['signature not base64 of anything', signed('{"n":8}', { 'x-dip-signature': '%%%' }), ['SIGNATURE-VALUE']],
    ['headers missing', { ...good, headers: {} }, ['SIGNATURE-HEADERS']],
  ];
}

let verifier: SignatureVerifier | undefined;
afterEach(async () => {
  await verifier?.close();
  verifier = undefined;
});

describe('SignatureVerifier', () => {
  it('gives the findings verifyRequest gives, for a request of every kind', async () => {
    verifier = new SignatureVerifier();
    const cases = requests();
    const threaded = await Promise.all(cases.map(([, request]) => verifier!.verify(request)));
    cases.forEach(([what, request, rules], index) => {
      expect(threaded[index], what).toEqual(verifyRequest(request));
      expect(threaded[index]!.map((finding) => finding.rule), what).toEqual(rules);
    });
  });

  it('answers a burst of requests each with its own findings, in order', async () => {
    verifier = new SignatureVerifier();
    const burst = Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? { ...signed(`{"n":${index}}`), body: Buffer.from('tampered') } : signed(`{"n":${index}}`)));
    const order: number[] = [];
    const results = await Promise.all(burst.map((request, index) => verifier!.verify(request).then((findings) => (order.push(index), findings))));
    expect(order).toEqual(burst.map((_, index) => index));
    results.forEach((findings, index) => expect(findings.map((finding) => finding.rule)).toEqual(index % 3 === 0 ? ['SIGNATURE-CONTENT-HASH'] : []));
  });

  it('does the work on this thread once the signature thread has gone, losing none', async () => {
    verifier = new SignatureVerifier();
    await verifier.verify(signed('{"warm":true}'));
    const inFlight = requests().map(([, request]) => verifier!.verify(request));
    // The batch goes to the thread at the end of this turn; the thread then ends under it.
    await new Promise((resolve) => setImmediate(resolve));
    const thread = (verifier as unknown as { thread?: { terminate(): Promise<number> } }).thread;
    expect(thread).toBeDefined();
    await thread!.terminate();
    const expected = requests().map(([, request]) => verifyRequest(request));
    expect(await Promise.all(inFlight)).toEqual(expected);
    expect(await verifier.verify(signed('{"after":true}'))).toEqual([]);
  });
});
