// The throw-away test PKI: every certificate chains to the CA with the right purpose, and the
// TLS pair really does mutual TLS on loopback (a client without the certificate is refused).
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { request, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestPki, PKI_MEMBERS, writeTestPki } from '../src/transport/test-pki.ts';

const pki = createTestPki(30);
const member = (name: string) => pki.issued.find((entry) => entry.name === name)!;

function call(port: number, client?: { cert: string; key: string }): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'GET', ca: pki.ca.certificatePem, servername: 'localhost', ...(client ?? {}) }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}

describe('test PKI', () => {
  it('issues every member from the CA, for its purpose', () => {
    const ca = new X509Certificate(pki.ca.certificatePem);
    expect(ca.ca).toBe(true);
    expect(pki.issued.map((entry) => entry.name)).toEqual(PKI_MEMBERS.map((entry) => entry.name));
    for (const entry of pki.issued) {
      const certificate = new X509Certificate(entry.certificatePem);
      expect(certificate.checkIssued(ca) && certificate.verify(ca.publicKey), entry.name).toBe(true);
      expect(certificate.ca).toBe(false);
    }
    expect(new X509Certificate(member('dip-server').certificatePem).subjectAltName).toContain('DNS:localhost');
  });

  it('does mutual TLS on loopback and refuses a client without a certificate', async () => {
    const server = createServer(
      { cert: member('dip-server').certificatePem, key: member('dip-server').privateKeyPem, ca: pki.ca.certificatePem, requestCert: true, rejectUnauthorized: true },
      (_req, res) => res.writeHead(201).end(),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await call(port, { cert: member('participant-client').certificatePem, key: member('participant-client').privateKeyPem })).toBe(201);
      expect(await call(port)).not.toBe(201);
      const stranger = createTestPki(1).issued.find((entry) => entry.name === 'participant-client')!;
      expect(await call(port, { cert: stranger.certificatePem, key: stranger.privateKeyPem })).not.toBe(201);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('writes keys readable by the owner only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-pki-'));
    const files = writeTestPki(pki, dir);
    expect(files).toHaveLength(14);
    const key = files.find((file) => file.endsWith('dip-signing.key.pem'))!;
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key, 'utf8')).toContain('PRIVATE KEY');
  });
});
