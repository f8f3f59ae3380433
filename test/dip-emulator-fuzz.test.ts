// Seeded, loopback-only fuzz of the DIP emulator's edge: POST /dip-channel/{IF}, POST /statusmessage
// and a few other methods and paths, answered by a real emulator over real HTTP. Every case is
// generated from (FUZZ_SEED, case number) alone, so a failure names the case that reproduces it
// whatever the interleaving of the requests in flight. For every case: an HTTP status (never a
// dropped connection or a hang), the 4xx the input deserves (never a 5xx), and afterwards exactly
// one journal record per answered request, an unpolluted Object.prototype and an emulator that
// still accepts a valid submission.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { DEFAULT_MAX_BATCH_MESSAGES } from '../mocks/dip/ingress-judgement.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { buildMessage, type DipPayload } from '../src/builders/message-builder.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { specUnderTest } from './spec-under-test.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 0x20260915) >>> 0 || 1;
const MAX_CASES = 12_000;
const MIN_CASES = 10_000;
/** Wall-clock budget of the fuzz loop; no new case starts after it. */
const BUDGET_MS = 60_000;
const CONCURRENCY = 24;
/** A request unanswered after this long counts as a hang. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Deeply nested bodies: one case in DEEP_EVERY. */
const DEEP_EVERY = 200;
/** The few 1–5 MB bodies, all below MIN_CASES so that every run sends them. */
const HUGE_CASES = [11, 2411, 4811, 7211, 9611];
/** Odd headers added to a case, in bytes. */
const HEADER_BUDGET = 8_000;
/** The whole request head stays below node:http's 16 KiB limit (see the known defects below). */
const HEAD_BUDGET = 13_500;

const spec = specUnderTest();
const NOW = Date.UTC(2026, 8, 15, 9, 0);
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: `fuzz-key-${SEED.toString(16)}-abcDEF` };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' };
const DIP_PATH = '/dip-channel/IF-031';
const STATUS_PATH = '/statusmessage';
const CASE_HEADER = 'x-fuzz-case';
const POLLUTION_MARK = 'fuzzPolluted';
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PROTO_WORDS = [...PROTO_KEYS, 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: xorshift32, one generator per case, seeded from (SEED, case number).

class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  float(): number {
    return this.next() / 0x1_0000_0000;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let roll = this.float() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  bytes(length: number): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) out[i] = this.next() & 0xff;
    return out;
  }

  token(min: number, max: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789_~-'): string {
    let out = '';
    for (let i = this.int(min, max); i > 0; i -= 1) out += alphabet[this.int(0, alphabet.length - 1)];
    return out;
  }
}

function caseRng(id: number): Rng {
  // murmur3's finaliser spreads neighbouring case numbers over the whole state space.
  let h = (SEED ^ Math.imul(id + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return new Rng((h ^ (h >>> 16)) >>> 0);
}

// ---------------------------------------------------------------------------------------------
// Valid material to start from: IF-031 payloads from the builder, status messages by hand.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Body = string | Uint8Array<ArrayBuffer>;

let basePayloads: DipPayload[] = [];

/** A valid IF-031 payload with a sender unique reference no other case or message uses. */
function validPayload(rng: Rng, id: number | string, index: number): JsonObject {
  const payload = structuredClone(rng.pick(basePayloads)) as unknown as JsonObject;
  const s1 = (payload.CommonBlock as JsonObject).S1 as JsonObject;
  s1.senderUniqueReference = `S-IF-031-${SUPPLIER.dipId}-SUP-20260915-Z${String(id)}x${index.toString(36)}`;
  return payload;
}

function validDipBody(rng: Rng, id: number | string, count = 1): JsonObject[] {
  return Array.from({ length: count }, (_, index) => ({ payload: validPayload(rng, id, index) }));
}

function statusEntry(rng: Rng): JsonObject {
  return {
    transactionID: `T-IF-033-${SMRS.dipId}-REGS-20260915-${rng.token(16, 16, '0123456789ABCDEF')}`,
    senderUniqueReference: null,
    correlationID: null,
    sentTimestamp: '2026-09-15T10:00:00+01:00',
    senderID: SUPPLIER.dipId,
    recipientID: SMRS.dipId,
    DIPConnectionProviderID: null,
    message: rng.pick(['RCP0000 - Message Success', 'RCP1061 - MPAN Invalid or Unknown']),
    help: null,
    serviceTicketURL: null,
  };
}

function validStatusBody(rng: Rng): JsonObject[] {
  return Array.from({ length: rng.int(1, 4) }, () => statusEntry(rng));
}

// ---------------------------------------------------------------------------------------------
// Cases.

type Endpoint = 'dip' | 'status' | 'other';

interface FuzzCase {
  readonly id: number;
  readonly kind: string;
  readonly method: string;
  /** Path and query, appended to the emulator's URL. */
  readonly path: string;
  readonly headers: Array<[string, string]>;
  readonly body?: Body;
  /** Statuses the input deserves. */
  readonly expect: readonly number[];
  /** Which handler should answer, for the shape of its answer. */
  readonly endpoint: Endpoint;
  /** Messages in a body that must be accepted (201) whole. */
  readonly messages?: number;
}

/** What a kind produces before decoration (headers, content type, query). */
interface Draft {
  readonly method?: string;
  readonly path: string;
  readonly body?: Body;
  readonly expect: readonly number[];
  readonly endpoint: Endpoint;
  readonly messages?: number;
  /** API-key headers; the supplier's key when absent. */
  readonly auth?: Array<[string, string]>;
}

const endpointOf = (rng: Rng, statusShare = 0.3): Endpoint => (rng.chance(statusShare) ? 'status' : 'dip');
const pathOf = (endpoint: Endpoint): string => (endpoint === 'status' ? STATUS_PATH : DIP_PATH);
const validText = (rng: Rng, id: number, endpoint: Endpoint): string =>
  JSON.stringify(endpoint === 'status' ? validStatusBody(rng) : validDipBody(rng, id, rng.int(1, 3)));
const bytesOf = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Invalid UTF-8: a lone high byte, overlong '/', an encoded surrogate, a 5-byte form, a bare continuation, a cut sequence. */
const INVALID_UTF8 = [[0xff], [0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]];

/** `{"a":{"a":…1…}}` or `[[…]]`, `depth` levels, optionally never closed. */
function deepJson(depth: number, shape: 'object' | 'array', closed = true): string {
  if (shape === 'array') return '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
  return '{"a":'.repeat(depth) + (closed ? '1' + '}'.repeat(depth) : '');
}

/** Serialises `value`, then renames every placeholder key `"__FUZZ_KEY__"` to a prototype-pollution key. */
function withProtoKeys(rng: Rng, value: unknown): string {
  return JSON.stringify(value).replace(/"__FUZZ_KEY__"/g, () => JSON.stringify(rng.pick(PROTO_KEYS)));
}

function pollutionValue(rng: Rng): Json {
  return rng.pick<Json>([
    { [POLLUTION_MARK]: 'yes' },
    { prototype: { [POLLUTION_MARK]: 'yes' } },
    { __FUZZ_KEY__: { [POLLUTION_MARK]: 'yes' } },
    [{ [POLLUTION_MARK]: 'yes' }],
    POLLUTION_MARK,
    null,
  ]);
}

const KINDS: ReadonlyArray<readonly [string, number]> = [
  ['valid-dip', 40],
  ['valid-batch', 8],
  ['valid-status', 30],
  ['truncated-json', 110],
  ['binary-garbage', 80],
  ['structural-flip', 60],
  ['invalid-utf8', 60],
  ['wrong-shape', 60],
  ['empty-body', 40],
  ['proto-key-dip', 140],
  ['proto-value-dip', 40],
  ['proto-key-status', 60],
  ['wrong-channel', 40],
  ['bad-api-key', 120],
  ['many-messages', 5],
  ['duplicate-batch', 10],
  ['status-malformed', 50],
  ['method-or-path', 80],
];

const DRAFTS: Record<string, (rng: Rng, id: number) => Draft> = {
  'valid-dip': (rng, id) => ({ path: DIP_PATH, body: JSON.stringify(validDipBody(rng, id)), expect: [201], endpoint: 'dip', messages: 1 }),

  'valid-batch': (rng, id) => {
    const count = rng.int(2, 150);
    // Over the emulator's batch limit the whole batch is refused 413 and nothing is accepted.
    const tooMany = count > DEFAULT_MAX_BATCH_MESSAGES;
    return { path: DIP_PATH, body: JSON.stringify(validDipBody(rng, id, count)), expect: [tooMany ? 413 : 201], endpoint: 'dip', ...(tooMany ? {} : { messages: count }) };
  },

  'valid-status': (rng) => {
    const body = validStatusBody(rng);
    return { path: STATUS_PATH, body: JSON.stringify(body), expect: [201], endpoint: 'status', messages: body.length };
  },

  'truncated-json': (rng, id) => {
    const endpoint = endpointOf(rng);
    const text = validText(rng, id, endpoint);
    return { path: pathOf(endpoint), body: text.slice(0, rng.int(0, text.length - 1)), expect: [400], endpoint };
  },

  'binary-garbage': (rng) => {
    const endpoint = endpointOf(rng);
    return { path: pathOf(endpoint), body: rng.bytes(rng.int(1, 2048)), expect: [400], endpoint };
  },

  'structural-flip': (rng, id) => {
    const endpoint = endpointOf(rng);
    const text = validText(rng, id, endpoint);
    const positions = [...text].flatMap((char, at) => ('{}[]:,'.includes(char) ? [at] : []));
    const at = rng.pick(positions);
    const replacement = rng.pick([...'{}[]:,"x0 \\'].filter((char) => char !== text[at]));
    let body = text.slice(0, at) + replacement + text.slice(at + 1);
    try {
      JSON.parse(body);
      body += ','; // still parses: make sure it does not
    } catch {
      // broken, as intended
    }
    return { path: pathOf(endpoint), body, expect: [400], endpoint };
  },

  'invalid-utf8': (rng, id) => {
    const endpoint = endpointOf(rng);
    const bad = Buffer.from(rng.pick(INVALID_UTF8));
    const text = validText(rng, id, endpoint);
    const where = rng.pick(['field', 'key', 'prefix', 'suffix', 'escaped-surrogate'] as const);
    const [field, key] = endpoint === 'status' ? ['"sentTimestamp":"2026', '"senderID"'] : ['"senderUniqueReference":"S-IF', '"senderDIPID"'];
    const split = (marker: string, offset: number): Buffer => {
      const at = text.indexOf(marker) + offset;
      return Buffer.concat([bytesOf(text.slice(0, at)), bad, bytesOf(text.slice(at))]);
    };
    const body =
      where === 'field' ? split(field, field.length - 2)
        : where === 'key' ? split(key, 4)
          : where === 'prefix' ? Buffer.concat([bad, bytesOf(text)])
            : where === 'suffix' ? Buffer.concat([bytesOf(text), bad])
              : bytesOf(text.replace(field, `${field.slice(0, -2)}\\ud800${field.slice(-2)}`));
    return { path: pathOf(endpoint), body: new Uint8Array(body), expect: [400], endpoint };
  },

  'wrong-shape': (rng, id) => {
    const endpoint = endpointOf(rng, 0.4);
    const valid = endpoint === 'status' ? statusEntry(rng) : { payload: validPayload(rng, id, 0) };
    const body = rng.pick([
      'null', 'true', '0', '-1e309', '"text"', '{}', '[]', '[[]]', '[null]', '[1,2,3]', '[{}]', '[""]',
      '[{"payload":null}]', '[{"payload":[]}]', '[{"payload":{}}]', '[{"payload":"x"}]', '[{"payload":{"CommonBlock":[]}}]',
      JSON.stringify(valid), // one message or entry, not in an array
      JSON.stringify({ messageArray: [valid], timestamp: '2026-09-15T10:00:00+01:00' }),
      JSON.stringify([[valid]]),
    ]);
    return { path: pathOf(endpoint), body, expect: [400], endpoint };
  },

  'empty-body': (rng) => {
    const endpoint = endpointOf(rng, 0.5);
    const body = rng.pick<Body | undefined>([undefined, '', ' ', '\n\t \r\n', '\uFEFF', '\uFEFF  ', new Uint8Array(0)]);
    return { path: pathOf(endpoint), body, expect: [400], endpoint };
  },

  'proto-key-dip': (rng, id) => {
    const body = validDipBody(rng, id, rng.int(1, 3));
    const item = rng.pick(body);
    const payload = item.payload as JsonObject;
    const common = payload.CommonBlock as JsonObject;
    const custom = payload.CustomBlock as JsonObject;
    const targets: JsonObject[] = [item, payload, common, common.S0 as JsonObject, common.S1 as JsonObject, common.A0 as JsonObject, common.M0 as JsonObject, custom, custom.B070 as JsonObject];
    const variant = rng.pick(['extra-key', 'extra-key', 'extra-key', 'twice', 'renamed', 'root'] as const);
    let text: string;
    if (variant === 'root') {
      text = withProtoKeys(rng, { __FUZZ_KEY__: body });
    } else if (variant === 'renamed') {
      const target = rng.pick(targets);
      const name = rng.pick(Object.keys(target));
      const value = target[name]!;
      delete target[name];
      target.__FUZZ_KEY__ = value;
      text = withProtoKeys(rng, body);
    } else {
      rng.pick(targets).__FUZZ_KEY__ = pollutionValue(rng);
      text = withProtoKeys(rng, body);
      // A second copy of the key in the same object: JSON.parse keeps the last.
      if (variant === 'twice') text = text.replace(/"(__proto__|constructor|prototype)":/, (all) => `${all}{"${POLLUTION_MARK}":1},${all}`);
    }
    return { path: DIP_PATH, body: text, expect: [400], endpoint: 'dip' };
  },

  'proto-value-dip': (rng, id) => {
    const body = validDipBody(rng, id);
    const word = rng.pick(PROTO_WORDS);
    if (rng.chance(0.25)) return { path: `/dip-channel/${word}`, body: JSON.stringify(body), expect: [400], endpoint: 'dip' };
    const common = body[0]!.payload as JsonObject;
    const [block, field] = rng.pick([['S0', 'interfaceID'], ['S0', 'eventCode'], ['S1', 'senderDIPID'], ['S1', 'senderRoleID'], ['S1', 'senderUniqueReference'], ['M0', 'MPANCore']] as const);
    ((common.CommonBlock as JsonObject)[block] as JsonObject)[field] = word;
    return { path: DIP_PATH, body: JSON.stringify(body), expect: [400], endpoint: 'dip' };
  },

  'proto-key-status': (rng) => {
    const entries = validStatusBody(rng);
    const variant = rng.pick(['entry-key', 'entry-key', 'nested', 'root', 'only-key', 'renamed'] as const);
    if (variant === 'entry-key') {
      // StandardResponseBodyType allows other properties: accepted, and nothing polluted.
      rng.pick(entries).__FUZZ_KEY__ = pollutionValue(rng);
      return { path: STATUS_PATH, body: withProtoKeys(rng, entries), expect: [201], endpoint: 'status', messages: entries.length };
    }
    if (variant === 'nested') rng.pick(entries).help = { __FUZZ_KEY__: pollutionValue(rng) };
    if (variant === 'renamed') {
      const entry = rng.pick(entries);
      entry.__FUZZ_KEY__ = entry.message!;
      delete entry.message;
    }
    const value = variant === 'root' ? { __FUZZ_KEY__: entries } : variant === 'only-key' ? [{ __FUZZ_KEY__: pollutionValue(rng) }] : entries;
    return { path: STATUS_PATH, body: withProtoKeys(rng, value), expect: [400], endpoint: 'status' };
  },

  'wrong-channel': (rng, id) => {
    const unicode = () => encodeURIComponent(rng.pick(['IF-031\u00e9', '\u{1F600}', '\u0000', 'IF\u2011031', '\u202eIF-031', 'I\u0307F-031']));
    const channel = rng.pick<() => string>([
      () => 'IF-034', () => 'IF-999', () => 'if-031', () => 'IF-031%20', () => 'IF-0310', () => 'REP-031', () => unicode(),
      () => rng.token(1, 40), () => 'A'.repeat(rng.int(100, 3000)),
    ])();
    return { path: `/dip-channel/${channel}`, body: JSON.stringify(validDipBody(rng, id)), expect: [400], endpoint: 'dip' };
  },

  'bad-api-key': (rng, id) => {
    const endpoint = endpointOf(rng, 0.4);
    const key = SUPPLIER.apiKey;
    const auth = rng.pick<() => Array<[string, string]>>([
      () => [],
      () => [['x-api-key', '']],
      () => [['x-api-key', rng.token(1, 64)]],
      () => [['x-api-key', `${key}x`]],
      () => [['x-api-key', key.slice(0, -1)]],
      () => [['x-api-key', key.toUpperCase()]],
      () => [['x-api-key', key.toLowerCase()]],
      () => [['x-api-key', `${key.slice(0, 5)}\t${key.slice(5)}`]],
      () => [['x-api-key', `${key}\u00ff`]],
      () => [['x-api-key', 'k'.repeat(rng.int(1_000, 6_000))]],
      () => [['x-api-key', rng.pick(['"', '\\', '%0d%0a', '${jndi:ldap://x}', "' OR 1=1 --", '<script>', '\u00e9\u00e8', 'null', 'undefined', '[redacted]'])]],
      () => [['x-api-key', key], ['x-api-key', key]], // sent as "key, key"
      () => [['x-api-key', `${key}, ${key}`]],
      () => [['authorization', `Bearer ${key}`]],
      () => [['api-key', key]],
      () => [['x-api_key', key]],
    ])();
    const body = rng.pick<() => Body>([() => validText(rng, id, endpoint), () => rng.bytes(64), () => ''])();
    return { path: pathOf(endpoint), body, expect: [401], endpoint, auth };
  },

  'many-messages': (rng, id) => {
    const count = rng.int(100, 2000);
    const valid = validDipBody(rng, id, 8);
    const items = Array.from({ length: count }, (_, index): Json =>
      rng.chance(0.02) ? valid[index % valid.length]! : rng.pick<Json>([1, 'x', null, {}, [], { payload: null }, { payload: {} }, { payload: { CommonBlock: {} } }]),
    );
    return { path: DIP_PATH, body: JSON.stringify(items), expect: [count > DEFAULT_MAX_BATCH_MESSAGES ? 413 : 400], endpoint: 'dip' };
  },

  'duplicate-batch': (rng, id) => {
    const message = validDipBody(rng, id)[0]!;
    return { path: DIP_PATH, body: JSON.stringify(Array.from({ length: rng.int(2, 50) }, () => message)), expect: [400], endpoint: 'dip' };
  },

  'status-malformed': (rng) => {
    const entry = statusEntry(rng);
    const dropped = rng.pick(Object.keys(entry));
    const broken = rng.pick<() => Json>([
      () => ({ messageArray: [entry], timestamp: '2026-09-15T10:00:00+01:00' }),
      () => [{ ...entry, message: 123 }],
      () => [{ ...entry, senderID: 'x' }],
      () => [{ ...entry, help: 'h'.repeat(600) }],
      () => [{ ...entry, message: '' }],
      () => [{ ...entry, sentTimestamp: 'yesterday' }],
      () => [Object.fromEntries(Object.entries(entry).filter(([name]) => name !== dropped))],
      () => [entry, null],
      () => [[entry]],
    ])();
    return { path: STATUS_PATH, body: JSON.stringify(broken), expect: [400], endpoint: 'status' };
  },

  'method-or-path': (rng) => {
    if (rng.chance(0.5)) {
      const method = rng.pick(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'PURGE', 'M-SEARCH', 'QUERY']);
      return { method, path: rng.pick([DIP_PATH, STATUS_PATH]), body: method === 'GET' || method === 'HEAD' ? undefined : '[]', expect: [404], endpoint: 'other' };
    }
    const unknown = rng.pick<() => string>([
      () => '/', () => '/dip-channel', () => '/dip-channel/', () => '/dip-channel/IF-031/extra', () => '/statusmessages', () => '/status-message',
      () => '/statusmessage/x', () => '/dipchannel/IF-031', () => '/api/v1/submit', () => `/${rng.token(1, 30)}`,
      () => `/fuzz/${rng.token(1, 12)}/${rng.token(1, 12)}`, () => `/fuzz/${encodeURIComponent('\u00e9\u{1F600}\u4e2d')}`, () => `/${'x'.repeat(rng.int(500, 3000))}`,
    ])();
    return { method: 'POST', path: unknown, body: '[]', expect: [404], endpoint: 'other' };
  },
};

function deepCase(rng: Rng, id: number): Draft {
  const depth = rng.int(10_000, 100_000);
  const variant = rng.pick(['array', 'object', 'unclosed', 'in-s1', 'as-custom-block', 'as-payload', 'status-entry', 'status-help'] as const);
  if (variant === 'status-entry' || variant === 'status-help') {
    const body = variant === 'status-entry' ? `[${deepJson(depth, 'object')}]` : JSON.stringify([statusEntry(rng)]).replace('"help":null', `"help":${deepJson(depth, 'array')}`);
    return { path: STATUS_PATH, body, expect: [400], endpoint: 'status' };
  }
  const valid = JSON.stringify(validDipBody(rng, id));
  const body =
    variant === 'array' ? deepJson(depth, 'array')
      : variant === 'object' ? deepJson(depth, 'object')
        : variant === 'unclosed' ? deepJson(depth, rng.pick(['array', 'object'] as const), false)
          : variant === 'in-s1' ? valid.replace('"S1":{', `"S1":{"deep":${deepJson(depth, 'object')},`)
            : variant === 'as-custom-block' ? valid.replace(/"CustomBlock":\{.*\}\}\}\]$/, `"CustomBlock":${deepJson(depth, 'array')}}}]`)
              : `[{"payload":${deepJson(depth, 'object')}}]`;
  return { path: DIP_PATH, body, expect: [400], endpoint: 'dip' };
}

function hugeCase(rng: Rng, id: number): Draft {
  const size = rng.int(1, 5) * 1024 * 1024;
  const big = 'x'.repeat(size);
  const variant = HUGE_CASES.indexOf(id);
  const valid = JSON.stringify(validDipBody(rng, id));
  const bodies: Array<[Endpoint, string]> = [
    ['dip', valid.replace(/"senderUniqueReference":"[^"]*"/, `"senderUniqueReference":"${big}"`)],
    ['dip', JSON.stringify(big)],
    ['dip', valid.replace('"S1":{', `"S1":{"${big}":1,`)],
    ['status', JSON.stringify([{ ...statusEntry(rng), help: big }])],
    ['dip', `[{"payload":"${big}`],
  ];
  const [endpoint, body] = bodies[variant % bodies.length]!;
  return { path: pathOf(endpoint), body, expect: [400, 413], endpoint };
}

const CONTENT_TYPES = [
  'text/plain', 'application/xml', 'multipart/form-data; boundary=----fuzz', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16',
  'application/json;;;;', 'application/octet-stream', '*/*', 'application/json, text/html', ';', 'application/json; charset="\\"', 'x'.repeat(2_000),
];
const ODD_VALUES = ['"', '\\', '%0d%0a', '\\r\\n', '${jndi:ldap://x}', '../../etc/passwd', '<script>alert(1)</script>', "'; DROP TABLE x; --", '\u00ff\u00fe', '\u00e9t\u00e9', 'a\tb', '{}', '[]', '__proto__'];
const TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+.^_`|~-";
const isPlainJson = (contentType: string | undefined): boolean => /^application\/json(\s*;\s*charset=utf-8)?$/i.test(contentType ?? '');

/** A header value fetch will send: Latin-1, no NUL/CR/LF or other controls but tab, no edge whitespace. */
function oddValue(rng: Rng, budget: number): string {
  const kind = rng.int(0, 3);
  if (kind === 0) return rng.pick(ODD_VALUES);
  if (kind === 1) return 'v'.repeat(rng.int(1, Math.max(1, budget)));
  let out = 'v';
  for (let i = rng.int(1, 64); i > 0; i -= 1) {
    const code = rng.chance(0.5) ? rng.int(0x21, 0x7e) : rng.int(0xa1, 0xff);
    out += String.fromCharCode(code);
  }
  return `${out}${rng.chance(0.3) ? '\tv' : ''}`;
}

function decorate(rng: Rng, id: number, kind: string, draft: Draft): FuzzCase {
  const headers: Array<[string, string]> = [[CASE_HEADER, String(id)]];
  headers.push(...(draft.auth ?? [[rng.chance(0.1) ? rng.pick(['X-API-KEY', 'X-Api-Key']) : 'x-api-key', SUPPLIER.apiKey] as [string, string]]));
  let contentType: string | undefined = 'application/json';
  if (rng.chance(0.35)) contentType = rng.chance(0.3) ? undefined : rng.pick(CONTENT_TYPES);
  if (contentType !== undefined) headers.push(['content-type', contentType]);
  // fetch labels a string body without a content type text/plain;charset=UTF-8.
  const effectiveType = contentType ?? (typeof draft.body === 'string' ? 'text/plain;charset=UTF-8' : undefined);
  const query = rng.chance(0.1)
    ? rng.pick(['?', '?a=1', `?__proto__[${POLLUTION_MARK}]=1`, `?constructor[prototype][${POLLUTION_MARK}]=1`, '?%', '?%ZZ', '?%E0%A4%A', `?x=${'y'.repeat(1000)}`, '?a=1&a=2', '?=&=&'])
    : '';
  if (rng.chance(0.35)) {
    const used = draft.path.length + query.length + headers.reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
    let budget = Math.min(HEADER_BUDGET, HEAD_BUDGET - used);
    for (let i = rng.int(1, 40); i > 0 && budget > 64; i -= 1) {
      const value = oddValue(rng, Math.min(budget - 64, 6_000));
      const name = `x-fuzz-${rng.token(1, 24, TOKEN_CHARS)}`;
      budget -= name.length + value.length + 4;
      headers.push([name, value]);
    }
  }
  const expectations = new Set(draft.expect);
  // The emulator does not judge the content type today; a 415 for a non-JSON one would be as right.
  if (draft.endpoint !== 'other' && !expectations.has(401) && !isPlainJson(effectiveType)) expectations.add(415);
  return {
    id,
    kind,
    method: draft.method ?? 'POST',
    path: draft.path + query,
    headers,
    body: draft.body,
    expect: [...expectations],
    endpoint: draft.endpoint,
    messages: draft.messages,
  };
}

function makeCase(id: number): FuzzCase {
  const rng = caseRng(id);
  if (HUGE_CASES.includes(id)) return decorate(rng, id, 'huge-body', hugeCase(rng, id));
  if (id % DEEP_EVERY === 3) return decorate(rng, id, 'deep-nesting', deepCase(rng, id));
  const kind = rng.weighted(KINDS);
  return decorate(rng, id, kind, DRAFTS[kind]!(rng, id));
}

// ---------------------------------------------------------------------------------------------
// Sending and judging.

interface Outcome {
  readonly fuzzCase: FuzzCase;
  readonly status?: number;
  readonly error?: string;
  readonly ms: number;
  readonly problem?: string;
}

interface StandardResponseLike {
  messageArray?: Array<{ message?: unknown }>;
  timestamp?: unknown;
}

const validStandardResponse = spec.validators.forPointer('SubmitEvents-unresolved.yaml', '/components/schemas/StandardResponse');
/** Answers that carry a StandardResponse the spec's own schema refuses (reported, not failed). */
const schemaInvalidAnswers: Array<{ id: number; kind: string; error: string }> = [];

function judge(fuzzCase: FuzzCase, status: number, text: string): string | undefined {
  if (status >= 500) return `server error ${status}: ${text.slice(0, 200)}`;
  if (!fuzzCase.expect.includes(status)) return `status ${status}, expected ${fuzzCase.expect.join('|')}: ${text.slice(0, 200)}`;
  if (status === 404 && fuzzCase.method !== 'HEAD') {
    try {
      if (typeof (JSON.parse(text) as { message?: unknown }).message !== 'string') return `404 without a message: ${text.slice(0, 200)}`;
    } catch {
      return `404 body is not JSON: ${text.slice(0, 200)}`;
    }
  }
  if ((status !== 400 && status !== 201) || fuzzCase.endpoint === 'other') return undefined;
  let answer: StandardResponseLike;
  try {
    answer = JSON.parse(text) as StandardResponseLike;
  } catch {
    return `${status} body is not JSON: ${text.slice(0, 200)}`;
  }
  const entries = answer.messageArray;
  if (!Array.isArray(entries) || entries.length === 0 || typeof answer.timestamp !== 'string') return `${status} without a StandardResponse: ${text.slice(0, 200)}`;
  const codes = entries.map((entry) => (typeof entry?.message === 'string' ? entry.message : ''));
  if (status === 400 && !codes.every((code) => /^MSG\d{4} - /.test(code))) return `400 whose message does not start with an MSG code: ${codes.slice(0, 3).join(' / ')}`;
  if (status === 201) {
    if (!codes.every((code) => code === 'MSG0000 - Success')) return `201 with ${codes.slice(0, 3).join(' / ')}`;
    if (fuzzCase.messages !== undefined && entries.length !== fuzzCase.messages) return `201 with ${entries.length} entries for ${fuzzCase.messages} messages`;
  }
  if (!validStandardResponse(answer)) {
    const first = validStandardResponse.errors?.[0];
    schemaInvalidAnswers.push({ id: fuzzCase.id, kind: fuzzCase.kind, error: `${first?.instancePath ?? ''} ${first?.message ?? ''}` });
  }
  return undefined;
}

function describeError(error: unknown): string {
  const failure = error as Error & { cause?: Error & { code?: string } };
  return [failure.name, failure.message, failure.cause?.code, failure.cause?.message].filter(Boolean).join(': ');
}

async function send(baseUrl: string, fuzzCase: FuzzCase): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(baseUrl + fuzzCase.path, {
      method: fuzzCase.method,
      headers: fuzzCase.headers,
      body: fuzzCase.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    const ms = performance.now() - started;
    return { fuzzCase, status: response.status, ms, problem: judge(fuzzCase, response.status, text) };
  } catch (error) {
    const ms = performance.now() - started;
    return { fuzzCase, ms, error: describeError(error), problem: `no answer (dropped connection or hang): ${describeError(error)}` };
  }
}

const tally = (values: readonly string[]): Record<string, number> =>
  Object.fromEntries([...values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>())].sort(([a], [b]) => a.localeCompare(b)));

const prototypeNames = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  func: Object.getOwnPropertyNames(Function.prototype).sort(),
});

function expectUnpolluted(before: ReturnType<typeof prototypeNames>): void {
  expect(({} as Record<string, unknown>)[POLLUTION_MARK]).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)[POLLUTION_MARK]).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, POLLUTION_MARK)).toBe(false);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(prototypeNames()).toEqual(before);
}

// ---------------------------------------------------------------------------------------------

describe('DIP emulator under a seeded fuzz', () => {
  const directoryOf = () => new PartyDirectory([SUPPLIER, SMRS]);
  let journalDir = '';
  let journalFile = '';
  let emulator: DipEmulator;

  beforeAll(async () => {
    journalDir = mkdtempSync(path.join(tmpdir(), 'mhhs-dip-fuzz-'));
    journalFile = path.join(journalDir, 'journal.jsonl');
    const journal = new ExchangeJournal(journalFile);
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(SEED);
    basePayloads = Array.from({ length: 32 }, () =>
      buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: SUPPLIER.dipId, role: 'SUP' } }),
    );
    emulator = await DipEmulator.start({ spec, directory: directoryOf(), journal, now: () => NOW });
  });
  afterAll(async () => {
    await emulator?.close();
    if (journalDir) rmSync(journalDir, { recursive: true, force: true });
  });

  it('fetch itself refuses CR, LF and NUL in header values, so the fuzz cannot send them', () => {
    for (const value of ['a\r\nx-injected: 1', 'a\nb', 'a\rb', 'a\u0000b']) expect(() => new Headers([['x-api-key', value]])).toThrow();
  });

  it(
    `answers ≥${MIN_CASES} fuzzed requests with the right 4xx, journals each once, and keeps serving`,
    async () => {
      const before = prototypeNames();
      const rng = new Rng(SEED);
      const healthCheck = async (tag: 'before' | 'after') => {
        const dip = await fetch(emulator.url + DIP_PATH, {
          method: 'POST',
          headers: [[CASE_HEADER, `health-${tag}-dip`], ['x-api-key', SUPPLIER.apiKey], ['content-type', 'application/json']],
          body: JSON.stringify(validDipBody(rng, `H${tag}`)),
        });
        const answer = (await dip.json()) as { messageArray: Array<{ message: string; transactionID: string }> };
        const status = await fetch(emulator.url + STATUS_PATH, {
          method: 'POST',
          headers: [[CASE_HEADER, `health-${tag}-status`], ['x-api-key', SUPPLIER.apiKey], ['content-type', 'application/json']],
          body: JSON.stringify(validStatusBody(rng)),
        });
        await status.arrayBuffer();
        return { dip: dip.status, message: answer.messageArray[0]?.message, transactionID: answer.messageArray[0]?.transactionID, validResponse: validStandardResponse(answer), status: status.status };
      };
      const healthy = { dip: 201, message: 'MSG0000 - Success', transactionID: expect.stringMatching(/^T-IF-031-1000000001-SUP-20260915-/), validResponse: true, status: 201 };
      expect(await healthCheck('before')).toEqual(healthy);

      const outcomes: Outcome[] = [];
      const started = performance.now();
      let next = 0;
      const worker = async () => {
        for (;;) {
          const id = next;
          if (id >= MAX_CASES || performance.now() - started > BUDGET_MS) return;
          next += 1;
          outcomes.push(await send(emulator.url, makeCase(id)));
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const elapsed = performance.now() - started;

      const answered = outcomes.filter((outcome) => outcome.status !== undefined);
      const problems = outcomes.filter((outcome) => outcome.problem !== undefined);
      const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
      console.log(
        `DIP emulator fuzz (seed 0x${SEED.toString(16)}): ${outcomes.length} cases in ${(elapsed / 1000).toFixed(1)} s ` +
          `(${Math.round(outcomes.length / (elapsed / 1000))}/s, ${CONCURRENCY} in flight); ${answered.length} answered, ${problems.length} problems`,
      );
      console.log('cases by kind', tally(outcomes.map((outcome) => outcome.fuzzCase.kind)));
      console.log('answers by status', tally(answered.map((outcome) => String(outcome.status))));
      console.log('slowest', slowest.map((outcome) => `#${outcome.fuzzCase.id} ${outcome.fuzzCase.kind} ${Math.round(outcome.ms)} ms`).join(', '));
      if (schemaInvalidAnswers.length > 0) {
        console.log(
          `${schemaInvalidAnswers.length} answers are not a StandardResponse by the spec's schema, by kind`,
          tally(schemaInvalidAnswers.map((answer) => `${answer.kind}:${answer.error}`)),
        );
      }

      expect(outcomes.length).toBeGreaterThanOrEqual(MIN_CASES);
      expect(elapsed).toBeLessThan(BUDGET_MS + REQUEST_TIMEOUT_MS);
      expect(problems.slice(0, 20).map((outcome) => `#${outcome.fuzzCase.id} ${outcome.fuzzCase.kind} ${outcome.fuzzCase.method} ${outcome.fuzzCase.path.slice(0, 80)}: ${outcome.problem}`)).toEqual([]);
      expect(outcomes.filter((outcome) => (outcome.status ?? 0) >= 500)).toHaveLength(0);

      // Still serving, nothing polluted.
      expect(await healthCheck('after')).toEqual(healthy);
      expectUnpolluted(before);

      // One journal record per answered request, each parsed, each with the status the participant saw.
      const journaled = await ExchangeJournal.read(journalFile);
      // What the DIP accepted it also handed to the simulated parties, journaled after the answer:
      // one delivery per accepted message, each from a submission answered 201.
      const deliveries = journaled.filter((record) => record.direction === 'dip-to-simulated-party');
      const records = journaled.filter((record) => record.direction !== 'dip-to-simulated-party');
      const acceptedIds = new Set(records.filter((record) => record.response?.status === 201).map((record) => record.id));
      expect(deliveries.filter((delivery) => !acceptedIds.has(delivery.deliveredFrom ?? ''))).toEqual([]);
      const byCase = new Map<string, Exchange[]>();
      for (const record of records) {
        const tag = record.request.headers[CASE_HEADER] ?? '(untagged)';
        byCase.set(tag, [...(byCase.get(tag) ?? []), record]);
      }
      const unrecorded = answered.filter((outcome) => !byCase.has(String(outcome.fuzzCase.id)));
      const repeated = [...byCase].filter(([, list]) => list.length > 1).map(([tag]) => tag);
      const mismatched = answered.filter((outcome) => byCase.get(String(outcome.fuzzCase.id))?.[0]?.response?.status !== outcome.status);
      const healthTags = ['health-before-dip', 'health-before-status', 'health-after-dip', 'health-after-status'];
      console.log(`journal: ${records.length} records (${(statSync(journalFile).size / 1024 / 1024).toFixed(1)} MiB) for ${answered.length} answered fuzz requests + ${healthTags.length} health checks`);
      expect({ unrecorded: unrecorded.map((outcome) => outcome.fuzzCase.id).slice(0, 20), repeated: repeated.slice(0, 20), mismatched: mismatched.map((outcome) => outcome.fuzzCase.id).slice(0, 20) }).toEqual({
        unrecorded: [],
        repeated: [],
        mismatched: [],
      });
      expect(records).toHaveLength(answered.length + healthTags.length);
      for (const tag of healthTags) expect(byCase.get(tag)?.[0]?.response?.status).toBe(201);
      const malformed = records.filter(
        (record) =>
          record.direction !== 'participant-to-dip' ||
          !Array.isArray(record.findings) ||
          record.response === undefined ||
          (record.request.headers['x-api-key'] !== undefined && record.request.headers['x-api-key'] !== '[redacted]') ||
          // A refusal on a DIP channel always says why in the evidence.
          (record.channel.includes('/dip-channel/') && [400, 401].includes(record.response.status) && record.findings.length === 0),
      );
      expect(malformed.map((record) => `${record.request.headers[CASE_HEADER]} ${record.channel} ${record.response?.status}`).slice(0, 20)).toEqual([]);
    },
    120_000,
  );
});

// ---------------------------------------------------------------------------------------------
// Defects this fuzz found, each reproduced here by one request so that it cannot come back.
// (A defect not yet fixed is pinned as `it.fails`, so its fix turns the test red until it is
// made a plain `it`; none is open now.)

describe('DIP emulator: defects found by the fuzz, one request each', () => {
  let journalDir = '';
  let journalFile = '';
  let emulator: DipEmulator;

  beforeAll(async () => {
    journalDir = mkdtempSync(path.join(tmpdir(), 'mhhs-dip-fuzz-defects-'));
    journalFile = path.join(journalDir, 'journal.jsonl');
    emulator = await DipEmulator.start({ spec, directory: new PartyDirectory([SUPPLIER, SMRS]), journal: new ExchangeJournal(journalFile), now: () => NOW });
  });
  afterAll(async () => {
    await emulator?.close();
    if (journalDir) rmSync(journalDir, { recursive: true, force: true });
  });

  const records = async () => ExchangeJournal.read(journalFile);

  /** Sends raw bytes on a fresh loopback connection; resolves with what came back before the socket closed. */
  const raw = (request: string): Promise<string> =>
    new Promise((resolve) => {
      const { hostname, port } = new URL(emulator.url);
      const socket = connect(Number(port), hostname);
      let received = '';
      socket.setTimeout(5_000, () => socket.destroy());
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(received));
      socket.end(request);
    });

  const post = (pathAndQuery: string, init: { headers?: Array<[string, string]>; body?: string; method?: string } = {}) =>
    fetch(emulator.url + pathAndQuery, {
      method: init.method ?? 'POST',
      headers: [['x-api-key', SUPPLIER.apiKey], ['content-type', 'application/json'], ...(init.headers ?? [])],
      body: init.body ?? '[]',
    });

  /** The answer is a 4xx and the exchange is in the journal. */
  const expectJournaled4xx = async (status: number, journaledBefore: number) => {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(await records()).toHaveLength(journaledBefore + 1);
  };

  it('answers a path with malformed percent-encoding 4xx, not 500 "suite error: URI malformed"', async () => {
    // mocks/http/msw-http-server.ts: MSW's path matching throws URIError from decodeURIComponent
    // (any of /dip-channel/%, /dip-channel/%zz, /dip-channel/%C0%AF, /%/statusmessage) and the
    // adapter's catch turns it into a 500; the exchange is journaled.
    const before = (await records()).length;
    const response = await post('/dip-channel/%E0%A4%A');
    await response.arrayBuffer();
    await expectJournaled4xx(response.status, before);
  });

  it('journals and answers 4xx a request whose target starts with "//" and is no valid authority', async () => {
    // handle() runs `new URL(incoming.url, baseUrl)` outside its try: "//[/x" (also "//a:99999/x",
    // "//%zz/x") throws "Invalid URL" and the outer catch answers 503 with nothing journaled.
    const before = (await records()).length;
    const response = await post('//[/dip-channel/IF-031');
    await response.arrayBuffer();
    await expectJournaled4xx(response.status, before);
  });

  it('journals and answers 4xx a TRACE request (fetch will not send it; any HTTP client can)', async () => {
    // `new Request(url, { method: 'TRACE' })` throws (also for TRACK/CONNECT) outside the try:
    // 503 "suite could not record the exchange: 'TRACE' HTTP method is unsupported.", not journaled.
    const before = (await records()).length;
    const answer = await raw(`TRACE /dip-channel/IF-031 HTTP/1.1\r\nHost: x\r\nX-API-Key: ${SUPPLIER.apiKey}\r\nConnection: close\r\n\r\n`);
    await expectJournaled4xx(Number(answer.slice(9, 12)), before);
  });

  it('answers a CONNECT request instead of dropping the connection', async () => {
    // node:http emits 'connect' for CONNECT; with no listener the socket is destroyed unanswered.
    const before = (await records()).length;
    const answer = await raw('CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(await records()).toHaveLength(before + 1);
  });

  it('journals the requests node:http refuses itself (oversized head, unknown method, bad Expect)', async () => {
    // node:http answers these before the request listener runs (431 for a head over 16 KiB, 400
    // for a method llhttp does not know or a raw non-ASCII target, 417 for an Expect other than
    // 100-continue); the server has no 'clientError'/'checkExpectation' handler, so the participant
    // gets an answer the journal never sees.
    const before = (await records()).length;
    const oversized = await post('/dip-channel/IF-031', { headers: [['x-padding', 'p'.repeat(20_000)]] });
    await oversized.arrayBuffer();
    const unknownMethod = await fetch(emulator.url + DIP_PATH, { method: 'FOO', headers: [['x-api-key', SUPPLIER.apiKey]], body: '[]' });
    await unknownMethod.arrayBuffer();
    const expectation = await raw(`POST /dip-channel/IF-031 HTTP/1.1\r\nHost: x\r\nX-API-Key: ${SUPPLIER.apiKey}\r\nExpect: fuzz\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]`);
    expect([oversized.status, unknownMethod.status, Number(expectation.slice(9, 12))]).toEqual([431, 400, 417]);
    expect(await records()).toHaveLength(before + 3);
  });

  it('keeps the findings of a refusal whose request carries its own X-MHHS-Exchange-Id header', async () => {
    // The adapter appends its exchange ID to the participant's headers; a participant-sent
    // x-mhhs-exchange-id makes request.headers.get() return "theirs, ours", notesFor() misses,
    // and the journal records the 400 with findings: [] (the participant's header is kept, too).
    const response = await post(DIP_PATH, { headers: [['x-mhhs-exchange-id', 'participant-chosen']], body: '[{"payload":' });
    expect(response.status).toBe(400);
    await response.arrayBuffer();
    const record = (await records()).at(-1)!;
    expect(record.response?.status).toBe(400);
    expect(record.findings.map((finding) => finding.rule)).toEqual(['ENVELOPE']);
  });
});
