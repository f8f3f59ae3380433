// The URL a DIP message signature is checked over is the one the client called, byte for byte:
// nothing a URL parser would normalise may change it.
import { describe, expect, it } from 'vitest';
import { authorityOf, calledUrl, pathAndQueryOf } from '../src/transport/called-url.ts';

const LISTENER = 'https://0.0.0.0:7443';

describe('calledUrl', () => {
  it('takes the Host header and the request target verbatim', () => {
    expect(calledUrl({ scheme: 'https', host: 'DIP.Example:443', target: '/dip-channel/IF-031?Trace=a%2fB&x=%7E', listenerOrigin: LISTENER })).toBe(
      'https://DIP.Example:443/dip-channel/IF-031?Trace=a%2fB&x=%7E',
    );
    expect(calledUrl({ scheme: 'http', host: '[::1]:8080', target: '/statusmessage', listenerOrigin: LISTENER })).toBe('http://[::1]:8080/statusmessage');
  });

  it('falls back to the listener for a request with no Host header', () => {
    expect(calledUrl({ scheme: 'https', host: undefined, target: '/dip-channel/IF-031', listenerOrigin: LISTENER })).toBe(`${LISTENER}/dip-channel/IF-031`);
  });

  it('takes the authority of an absolute-form request target over the Host header', () => {
    expect(calledUrl({ scheme: 'https', host: 'elsewhere', target: 'https://dip.example:8443/dip-channel/IF-031?a=1', listenerOrigin: LISTENER })).toBe('https://dip.example:8443/dip-channel/IF-031?a=1');
  });

  it('puts the public origin in place of scheme and Host header', () => {
    expect(calledUrl({ scheme: 'https', host: '127.0.0.1:7443', target: '/dip-channel/IF-031?a=1', listenerOrigin: LISTENER, publicOrigin: 'https://dip.test.example:8443' })).toBe(
      'https://dip.test.example:8443/dip-channel/IF-031?a=1',
    );
  });
});

describe('the parts of a URL as written', () => {
  it('keeps path, query, case and default port as they are', () => {
    expect(pathAndQueryOf('HTTPS://Host.Example:443/Web%7ehook?Via=DIP')).toBe('/Web%7ehook?Via=DIP');
    expect(authorityOf('HTTPS://Host.Example:443/Web%7ehook?Via=DIP')).toBe('Host.Example:443');
    expect(authorityOf('https://user:secret@host.example/webhook')).toBe('host.example');
    expect(authorityOf('/webhook')).toBeUndefined();
  });
});
