// Identifiers derived from the run ID (src/run/fresh-identifiers.ts): each valid for its pattern
// and check digit, distinct across workers of a run and across runs, while the seed alone
// decides the content of the messages.
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { transactionIdFactory } from '../mocks/dip/transaction-ids.ts';
import { bindIdentifierTag, cssRegistrationId, mpanCore, transactionId } from '../src/builders/identifiers.ts';
import { buildBody, buildMessage, type DipPayload } from '../src/builders/message-builder.ts';
import { isValidMpanCore } from '../src/rules/mpan-check-digit.ts';
import { parseSenderUniqueReference } from '../src/rules/sender-unique-reference.ts';
import { freshDigits, freshMpan, freshUuid, identifierTag, newRunId, RUN_ID_PATTERN } from '../src/run/fresh-identifiers.ts';
import { runSettingsFromEnv, runSettingsToEnv } from '../src/run/run-settings.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest('v2.1.0');
const RUN_A = '0123456789AB';
const RUN_B = 'FEDCBA987654';
/** The DT-995 pattern, as the spec writes it. */
const SUR_PATTERN = /^S-((IF|REP)-)?\d{3,4}-[0-9a-fA-F]{10}-[A-Z]{3,5}-\d{8}-[a-zA-Z0-9]+$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const now = Date.UTC(2026, 8, 15, 10);

function fakerOf(seed: number, tag?: string): Faker {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  if (tag) bindIdentifierTag(faker, tag);
  return faker;
}

describe('run ID', () => {
  it('is twelve capital hex digits, new every time', () => {
    const ids = Array.from({ length: 50 }, () => newRunId());
    for (const id of ids) expect(id).toMatch(RUN_ID_PATTERN);
    expect(new Set(ids).size).toBe(50);
  });

  it('reaches the workers through the environment, and an earlier run’s does not linger', () => {
    const settings = { profile: 'p.yaml', runDir: 'run', timeScale: 600, seed: 1, faults: [], specVersion: undefined, specDir: undefined };
    expect(runSettingsFromEnv(runSettingsToEnv({ ...settings, runId: RUN_A })).runId).toBe(RUN_A);
    expect(runSettingsToEnv(settings).MHHS_RUN_ID).toBe('');
    expect(runSettingsFromEnv(runSettingsToEnv(settings)).runId).toBeUndefined();
    expect(() => runSettingsFromEnv({ MHHS_RUN_ID: 'run-1' })).toThrow(/12 capital hex digits/);
  });
});

describe('MPANs', () => {
  it('have 13 digits, a valid check digit and the worker’s distributor prefix', () => {
    for (const worker of [0, 1, 13, 14, 27, 140]) {
      for (let counter = 1; counter <= 200; counter += 1) {
        const mpan = freshMpan(RUN_A, worker, counter);
        expect(mpan).toMatch(/^\d{13}$/);
        expect(isValidMpanCore(mpan), mpan).toBe(true);
        expect(Number(mpan.slice(0, 2))).toBe(10 + (worker % 14));
      }
    }
  });

  it('never meet within a run, across 40 workers (shards number their workers apart)', () => {
    const seen = new Set<string>();
    for (let worker = 0; worker < 40; worker += 1) for (let counter = 1; counter <= 500; counter += 1) seen.add(freshMpan(RUN_A, worker, counter));
    expect(seen.size).toBe(40 * 500);
  });

  it('are another run’s with another run ID, and the same again with the same one', () => {
    const of = (runId: string) => new Set(Array.from({ length: 2000 }, (_, index) => freshMpan(runId, 0, index + 1)));
    const [a, b] = [of(RUN_A), of(RUN_B)];
    expect([...b].filter((mpan) => a.has(mpan))).toEqual([]);
    expect(of(RUN_A)).toEqual(a);
  });

  it('refuse a worker or counter past the pool', () => {
    expect(() => freshMpan(RUN_A, 14 * 100, 1)).toThrow(/workers/);
    expect(() => freshMpan(RUN_A, 0, 100_000_000)).toThrow(/pool/);
  });
});

describe('transaction IDs', () => {
  it('carry the run’s tag, count per worker and keep within DT-014’s 65 characters', () => {
    const next = transactionIdFactory(() => now, identifierTag(RUN_A, 999));
    const id = next('REP-002A', '1234567890', 'ABCDE');
    expect(id).toBe(`T-REP-002A-1234567890-ABCDE-20260915-${RUN_A}W99900000001`);
    expect(id.length).toBeLessThanOrEqual(65);
    expect(next('IF-031', '1100000001', 'SUP')).toBe(`T-IF-031-1100000001-SUP-20260915-${RUN_A}W99900000002`);
  });

  it('give way in their random part, never in the tag, when 65 characters are reached', () => {
    const id = transactionId({ interfaceID: 'REP-002A', dipId: '1234567890', role: 'ABCDE', date: '20260915' }, identifierTag(RUN_A, 12), '0123456789ABCDEF');
    expect(id).toHaveLength(65);
    expect(id).toContain(`${RUN_A}W12`);
  });
});

describe('CSS registration IDs', () => {
  it('are UUIDs of the run, from what the seeded Faker drew', () => {
    const drawn = fakerOf(5).string.uuid();
    const [a, b] = [freshUuid(identifierTag(RUN_A, 0), drawn), freshUuid(identifierTag(RUN_B, 0), drawn)];
    for (const id of [a, b]) expect(id).toMatch(UUID_V4);
    expect(a).not.toBe(b);
    expect(freshUuid(identifierTag(RUN_A, 0), drawn)).toBe(a);
    expect(freshUuid(identifierTag(RUN_A, 1), drawn)).not.toBe(a);
    // A Faker no run owns (a unit test's) keeps what it drew.
    expect(cssRegistrationId(fakerOf(5))).toBe(drawn);
  });
});

describe('MPANs a builder fills in besides the scenario\'s own', () => {
  it('are new every run, valid, and what the seeded Faker drew for a Faker no run owns', () => {
    const [a, b] = [mpanCore(fakerOf(9, identifierTag(RUN_A, 0))), mpanCore(fakerOf(9, identifierTag(RUN_B, 0)))];
    for (const mpan of [a, b]) expect(isValidMpanCore(mpan)).toBe(true);
    expect(a).not.toBe(b);
    expect(mpanCore(fakerOf(9, identifierTag(RUN_A, 0)))).toBe(a);
    // The distributor is drawn as before; only the ten digits after it are the run's.
    expect(a.slice(0, 2)).toBe(b.slice(0, 2));
    const drawn = fakerOf(9);
    const unowned = mpanCore(drawn);
    const again = fakerOf(9);
    again.number.int({ min: 10, max: 23 });
    expect(unowned.slice(2, 12)).toBe(again.string.numeric(10));
    expect(freshDigits('', '0123456789')).toBe('0123456789');
    expect(freshDigits(identifierTag(RUN_A, 0), '0000000000')).toMatch(/^\d{10}$/);
  });
});

describe('messages of two runs with one seed', () => {
  const build = (tag: string) => {
    const faker = fakerOf(7, tag);
    // The SMRS's IF-002 to a Supplier: a reference, a CSS registration ID and a D0 block of the DIP's.
    return [1, 2, 3].map(() => buildMessage(spec, { faker, interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', now, direction: 'egress', sender: { dipId: '2000000001', role: 'REGS' } }));
  };
  const [tagA, tagB] = [identifierTag(RUN_A, 0), identifierTag(RUN_B, 0)];
  const [runA, runB] = [build(tagA), build(tagB)];
  const s1 = (payload: DipPayload) => payload.CommonBlock.S1 as Record<string, unknown>;
  const d0 = (payload: DipPayload) => payload.CommonBlock.D0 as Record<string, unknown>;

  it('carry references of the DT-995 pattern that name the sender, each run’s its own', () => {
    for (const payload of [...runA, ...runB]) {
      const reference = String(s1(payload).senderUniqueReference);
      expect(reference).toMatch(SUR_PATTERN);
      expect(parseSenderUniqueReference(reference)).toMatchObject({ dipId: '2000000001', role: 'REGS' });
      expect(String(d0(payload).transactionID).length).toBeLessThanOrEqual(65);
    }
    const references = (run: DipPayload[]) => run.map((payload) => s1(payload).senderUniqueReference);
    expect(new Set([...references(runA), ...references(runB)]).size).toBe(6);
    expect(references(runA).every((reference) => String(reference).includes(tagA))).toBe(true);
  });

  it('are valid for the spec', () => {
    expect(validateBody(spec, buildBody(spec, runA), { direction: 'egress' }).flatMap((report) => report.findings)).toEqual([]);
  });

  it('differ in their identifiers only (references, UUIDs, MPANs): the seed reproduces the content', () => {
    const uuids = (text: string): string[] => text.match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g) ?? [];
    const [textA, textB] = [JSON.stringify(runA), JSON.stringify(runB)];
    expect(uuids(textA).length).toBeGreaterThan(0);
    expect(uuids(textA).filter((id) => uuids(textB).includes(id))).toEqual([]);
    const mpans = (text: string): string[] => text.match(/(?<=")\d{13}(?=")/g) ?? [];
    expect(mpans(textA).length).toBeGreaterThan(0);
    expect(mpans(textA).filter((mpan) => mpans(textB).includes(mpan))).toEqual([]);
    const content = (text: string, tag: string) =>
      text
        .replaceAll(tag, '<run>')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, '<uuid>')
        .replace(/(?<=")\d{13}(?=")/g, '<mpan>');
    expect(content(textB, tagB)).toBe(content(textA, tagA));
    expect(textA).not.toBe(textB);
  });
});
