// The reference participant judges what it receives with its own reading of the DIP API
// definitions and its own checks (reference-participant/own/), never with the suite's: a
// misreading of the spec in either one then shows as a red scenario instead of being repeated.
// Here its own checks are held against the suite's builders and the domain reference, and its
// imports are read to show it uses none of the suite's judging code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { dipDefinitions } from '../reference-participant/own/dip-definitions.ts';
import { checkDelivery, checkSubmission } from '../reference-participant/own/message-checks.ts';
import { isValidMpanCore, mpanCheckDigit } from '../reference-participant/own/mpan.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const definitions = dipDefinitions(spec.dir);
const PARTICIPANT = path.resolve(import.meta.dirname, '../reference-participant');
/** The core's judging code, as scripts/layers.mjs names it for the participant zone (PARTICIPANT_NEVER_USES). */
const JUDGING_CODE = ['src/validation', 'src/rules', 'src/checks', 'src/findings'];

function seeded(seed: number): Faker {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  return faker;
}

/** Every third variant the suite's catalogue knows, and the ones the participant acts on most. */
const SAMPLE = spec.catalogue.variants.filter((variant, index) => index % 3 === 0 || ['IF-002', 'IF-033', 'IF-036'].includes(variant.interfaceID));

describe("the reference participant's own reading of the DIP API definitions", () => {
  it('finds the same interfaces, event codes and schema versions as the suite', () => {
    const own = definitions.variants.map((variant) => `${variant.interfaceID} ${variant.eventCode} ${variant.schemaVersions.join('/')}`).sort();
    const suite = [...new Map(spec.catalogue.variants.map((variant) => [`${variant.interfaceID} ${variant.eventCode}`, spec.catalogue.variant(variant.interfaceID, variant.eventCode)!])).values()]
      .map((variant) => `${variant.interfaceID} ${variant.eventCode} ${variant.schemaVersions.join('/')}`)
      .sort();
    expect(own).toEqual(suite);
  });

  it.each(SAMPLE.map((variant, index) => [`${variant.interfaceID} ${variant.eventCode}`, variant.interfaceID, variant.eventCode, index] as const))(
    'takes %s as the suite builds it, pushed by the DIP and submitted to it',
    (_name, interfaceID, eventCode, index) => {
      const now = Date.UTC(2026, 10, 30, 10);
      const pushed = buildMessage(spec, { faker: seeded(500 + index), interfaceID, eventCode, now, direction: 'egress' });
      expect(checkDelivery(definitions, [{ payload: pushed }])).toEqual([[]]);
      const submitted = buildMessage(spec, { faker: seeded(900 + index), interfaceID, eventCode, now, direction: 'ingress' });
      expect(checkSubmission(definitions, [{ payload: submitted }], `/dip-channel/${interfaceID}`)).toEqual([]);
    },
  );

  it('refuses a message that breaks its schema, naming the field by its pointer', () => {
    const gain = buildMessage(spec, { faker: seeded(7), interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', now: Date.now(), direction: 'egress' });
    delete (gain.CommonBlock.S1 as Record<string, unknown>).senderUniqueReference;
    const [findings] = checkDelivery(definitions, [{ payload: gain }]);
    expect(findings![0]).toMatchObject({ rule: 'SCHEMA', severity: 'fail', pointer: '/0/payload/CommonBlock/S1/senderUniqueReference' });
    expect(findings![0]!.message).toMatch(/^CommonBlock\.S1\.senderUniqueReference is required but missing \[IF-002/);

    const wrongType = buildMessage(spec, { faker: seeded(8), interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', now: Date.now(), direction: 'egress' });
    (wrongType.CommonBlock.S0 as Record<string, unknown>).schemaVersion = 11;
    expect(checkDelivery(definitions, [{ payload: wrongType }])[0]![0]).toMatchObject({ rule: 'SCHEMA', pointer: '/0/payload/CommonBlock/S0/schemaVersion' });
  });

  it('refuses an unknown variant, a body that is not a batch, and an MPAN with a wrong check digit', () => {
    const gain = buildMessage(spec, { faker: seeded(9), interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', now: Date.now(), direction: 'egress' });
    expect(checkDelivery(definitions, [{ payload: { ...gain, CommonBlock: { ...gain.CommonBlock, S0: { ...(gain.CommonBlock.S0 as Record<string, unknown>), eventCode: '[GainMPAN]' } } } }])[0]![0]).toMatchObject({
      rule: 'VARIANT-KNOWN',
      pointer: '/0/payload/CommonBlock/S0/eventCode',
    });
    expect(checkDelivery(definitions, { payload: gain })).toEqual([[expect.objectContaining({ rule: 'ENVELOPE', pointer: '' })]]);
    expect(checkDelivery(definitions, [])).toEqual([[expect.objectContaining({ rule: 'ENVELOPE', pointer: '' })]]);
    const m0 = gain.CommonBlock.M0 as Record<string, unknown>;
    m0.MPANCore = '2000056535972';
    expect(checkDelivery(definitions, [{ payload: gain }])).toEqual([[expect.objectContaining({ rule: 'MPAN-CHECK-DIGIT', pointer: '/0/payload/CommonBlock/M0/MPANCore', message: expect.stringContaining('call for 1') })]]);
  });

  it('names what only a sender gets wrong: a DIP block of its own, and the wrong channel', () => {
    const request = buildMessage(spec, { faker: seeded(10), interfaceID: 'IF-031', eventCode: '[MSApp]', now: Date.now(), direction: 'ingress' });
    const findings = checkSubmission(definitions, [{ payload: { ...request, CommonBlock: { ...request.CommonBlock, D0: { transactionID: 'x' } } } }], '/dip-channel/IF-032');
    expect(findings.map((finding) => [finding.rule, finding.pointer])).toEqual(
      expect.arrayContaining([
        ['NO-D0-IN-SUBMISSION', '/0/payload/CommonBlock/D0'],
        ['CHANNEL', '/0/payload/CommonBlock/S0/interfaceID'],
      ]),
    );
  });
});

describe("the reference participant's own MPAN check digit", () => {
  // ../shared/domain/DIP-REFERENCE.md, "MPAN core": two that pass, two spec examples that fail.
  it('takes the valid cores the domain reference names and the fixtures use, and refuses the wrong ones', () => {
    for (const core of ['2000056535971', '1900012374324', '1012345678903']) expect(isValidMpanCore(core), core).toBe(true);
    for (const core of ['2000056535972', '1315001165123']) expect(isValidMpanCore(core), core).toBe(false);
    expect(mpanCheckDigit('200005653597')).toBe(1);
  });

  it('refuses every other 13th digit, and anything that is not 13 digits', () => {
    for (const first12 of ['200005653597', '190001237432', '101234567890', '000000000000', '999999999999']) {
      const right = mpanCheckDigit(first12);
      for (let digit = 0; digit <= 9; digit += 1) expect(isValidMpanCore(`${first12}${digit}`)).toBe(digit === right);
    }
    for (const core of ['200005653597', '20000565359711', '200005653597a', '']) expect(isValidMpanCore(core)).toBe(false);
  });
});

describe('the reference participant imports none of the suite’s judging code', () => {
  const files = (readdirSync(PARTICIPANT, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));

  it('is the list the lint rule keeps the participant from (scripts/layers.mjs)', () => {
    const layers = readFileSync(path.resolve(PARTICIPANT, '../scripts/layers.mjs'), 'utf8');
    expect(/PARTICIPANT_NEVER_USES = \[([^\]]*)\]/.exec(layers)?.[1]?.match(/'[^']+'/g)).toEqual(JUDGING_CODE.map((folder) => `'./${folder}'`));
  });

  it.each(JUDGING_CODE)('no file under reference-participant/ imports %s (scripts/layers.mjs, the participant zone)', (folder) => {
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((file) => {
      const text = readFileSync(path.join(PARTICIPANT, file), 'utf8');
      const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
      return specifiers
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => path.relative(path.resolve(PARTICIPANT, '..'), path.resolve(PARTICIPANT, path.dirname(file), specifier)))
        .filter((target) => target === folder || target.startsWith(`${folder}/`))
        .map((target) => `reference-participant/${file} imports ${target}`);
    });
    expect(offenders).toEqual([]);
  });
});
