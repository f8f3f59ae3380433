#!/usr/bin/env node
// Prints `NAME=PORT` for each name given, each a TCP port free on 127.0.0.1 right now, all
// different: the walkthroughs use it instead of fixed ports, which clash with whatever else
// the machine runs.  export $(node scripts/free-ports.mjs DIP_PORT RP_PORT)
import { createServer } from 'node:net';

const names = process.argv.slice(2);
if (names.length === 0 || names.some((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))) {
  process.stderr.write('usage: node scripts/free-ports.mjs NAME [NAME …]   (prints NAME=PORT for each, free on 127.0.0.1)\n');
  process.exit(2);
}

const listen = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

// Every server stays open until all are bound, so the system cannot hand out one port twice.
const servers = [];
for (const _ of names) servers.push(await listen());
const ports = servers.map((server) => server.address().port);
await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
process.stdout.write(`${names.map((name, index) => `${name}=${ports[index]}`).join(' ')}\n`);
