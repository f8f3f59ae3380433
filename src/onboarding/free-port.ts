// A TCP port free on this machine now: what `init` offers as the emulator's port, and what
// `doctor` suggests when the profile's port is taken. The operating system picks it, so two
// inits on one machine (or a test beside a run) do not both take a fixed 7001.
import { createServer } from 'node:net';

/** A port the operating system gives out on `host` now; undefined when nothing can listen on `host`. */
export function portFreeNow(host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The emulator's default port: free on `host`, else on every address (an answer init checks later refuses a bad host anyway). */
export async function freeEmulatorPort(host: string): Promise<number> {
  const port = (await portFreeNow(host)) ?? (await portFreeNow('0.0.0.0'));
  if (port === undefined) throw new Error('cannot find a free TCP port on this machine: give --emulator-port');
  return port;
}
