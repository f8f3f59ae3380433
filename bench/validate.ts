// Benchmark: how fast the suite answers "is this DIP message right?".
//   npm run bench:validate [-- --messages 10000 --seed 1]
// Prints spec load time, first-compile time and messages/second for schema + rules over
// built messages of every interface and event code. Figures only: a shared machine is noisy,
// so this is never a test; compare figures taken in one run.
import { en, en_GB, Faker } from '@faker-js/faker';
import { parseArgs } from 'node:util';
import { buildMessage } from '../src/builders/message-builder.ts';
import { loadSpec } from '../src/spec/load-spec.ts';
import { validateBody } from '../src/validation/validate-body.ts';

const TARGET_MESSAGES_PER_SECOND = 20_000;
const TARGET_LOAD_MILLIS = 1_500;

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
  },
});
const messageCount = Number(values.messages);
const rounds = Number(values.rounds);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

// 1. Spec load (read, digest, parse, translate nullable, catalogue) and compile times.
const [coldSpec, coldLoadMillis] = timed(() => loadSpec());
let spec = coldSpec;
const loadSamples: number[] = [];
for (let i = 0; i < rounds; i += 1) {
  const [fresh, millis] = timed(() => loadSpec());
  loadSamples.push(millis);
  spec = fresh;
}
const variants = spec.catalogue.variants;
const [, firstCompileMillis] = timed(() => spec.validators.forEntry(variants[0]!));
const [, compileAllMillis] = timed(() => variants.forEach((variant) => spec.validators.forEntry(variant)));

// 2. Messages: round-robin over every variant, seeded, each sent at its own time in 2026.
const faker = new Faker({ locale: [en_GB, en] });
faker.seed(Number(values.seed));
// Kept as JSON text, then parsed: validation sees what arrives off the wire, as the emulator
// and `validate` do (objects assembled by the builder have other shapes inside V8).
const [texts, buildMillis] = timed(() =>
  Array.from({ length: messageCount }, (_, index) => {
    const variant = variants[index % variants.length]!;
    const now = Date.UTC(2026, 0, 1) + faker.number.int({ min: 0, max: 364 }) * 86_400_000 + faker.number.int({ min: 0, max: 86_399 }) * 1000;
    return JSON.stringify([{ payload: buildMessage(spec, { faker, interfaceID: variant.interfaceID, eventCode: variant.eventCode, variant, now }) }]);
  }),
);
const bodies = texts.map((text) => JSON.parse(text) as unknown[]);
const bytes = texts.reduce((sum, text) => sum + text.length, 0);

// 3. Validation throughput: schema alone, then schema + rules (what the suite does).
function throughput(validateOne: (body: unknown[]) => boolean): { perSecond: number; failed: number } {
  const samples: number[] = [];
  let failed = 0;
  for (let round = 0; round < rounds; round += 1) {
    failed = 0;
    const [, millis] = timed(() => {
      for (const body of bodies) if (!validateOne(body)) failed += 1;
    });
    samples.push((bodies.length / millis) * 1000);
  }
  return { perSecond: median(samples), failed };
}

const schemaOnly = throughput((body) => {
  const payload = (body[0] as { payload: { CommonBlock: { S0: { interfaceID: string; eventCode: string } } } }).payload;
  const s0 = payload.CommonBlock.S0;
  return spec.validators.forVariant(s0.interfaceID, s0.eventCode)!(payload) as boolean;
});
const full = throughput((body) => validateBody(spec, body).every((report) => report.verdict === 'pass'));

const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(38)} ${value.padStart(14)}  ${note}`);
const verdict = (ok: boolean) => (ok ? 'meets target' : 'BELOW TARGET');
console.log(`mhhs-qualify validation benchmark — DIP API ${spec.version}, node ${process.version}, ${messageCount} messages over ${variants.length} variants, seed ${values.seed}, median of ${rounds}`);
row('spec load, first in process', `${coldLoadMillis.toFixed(0)} ms`, `${verdict(coldLoadMillis < TARGET_LOAD_MILLIS)} (< ${TARGET_LOAD_MILLIS} ms)`);
row('spec load, median of repeats', `${median(loadSamples).toFixed(0)} ms`);
row('first variant compile', `${firstCompileMillis.toFixed(0)} ms`);
row(`compile all ${variants.length} variants`, `${compileAllMillis.toFixed(0)} ms`);
row('build messages', `${buildMillis.toFixed(0)} ms`, `${(bytes / messageCount).toFixed(0)} bytes/message on average`);
row('schema only', `${schemaOnly.perSecond.toFixed(0)} msg/s`, `${schemaOnly.failed} invalid`);
row('schema + rules (validateBody)', `${full.perSecond.toFixed(0)} msg/s`, `${verdict(full.perSecond >= TARGET_MESSAGES_PER_SECOND)} (>= ${TARGET_MESSAGES_PER_SECOND}); ${full.failed} with findings`);
row('rules overhead vs schema only', `${(schemaOnly.perSecond / full.perSecond).toFixed(2)} x`);
