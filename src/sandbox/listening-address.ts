// What `dip serve` says first: the URL a participant's systems configure as the DIP base URL.
// The emulator reports the address it bound; a wildcard address (0.0.0.0, ::) is no URL a
// client can call, so the sandbox names localhost and says the port is open on every interface.

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '']);

/** The port the emulator listens on, from its URL (a host clients can call, the loopback for a wildcard bind). */
export function listeningPort(emulatorUrl: string): number {
  const port = new URL(emulatorUrl).port;
  if (!port) throw new Error(`cannot read the port of the DIP emulator's URL ${emulatorUrl}`);
  return Number(port);
}

/**
 * The first line (exactly `DIP emulator listening on SCHEME://HOST:PORT`) and, for a wildcard
 * host, a second saying so. `host` is the profile's `emulator.host`, `port` the real one.
 */
export function listeningLines(scheme: 'https' | 'http', host: string, port: number): string[] {
  if (WILDCARD_HOSTS.has(host)) {
    return [`DIP emulator listening on ${scheme}://localhost:${port}`, `It listens on all interfaces (${host || '0.0.0.0'}): other machines reach it at this machine's name or address, port ${port}.`];
  }
  // An IPv6 literal needs brackets in a URL.
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return [`DIP emulator listening on ${scheme}://${shown}:${port}`];
}
