// A seeded generator of values a schema of the official spec accepts. It walks the schema
// through the spec's RefResolver, so every shape comes from Elexon's files and none is typed
// here by hand; where a value's meaning is narrower than its schema (a date-time must carry
// the GB offset, an MPAN a check digit) a domain generator, chosen by the spec's own schema
// names, takes over. Only the keywords the DIP definitions use are handled; anything else
// throws, so a new spec version cannot silently produce invalid data.
import type { Faker } from '@faker-js/faker';
import RandExp from 'randexp';
import type { RefResolver } from '../spec/ref-resolver.ts';
import { escapePointer } from '../rules/rule.ts';

export type JsonSchema = Record<string, unknown>;

/** What a domain generator knows about the value it is asked for. */
export interface SampleContext {
  readonly faker: Faker;
  /** Market time of the message being built (UTC millis): dates are drawn near it. */
  readonly now: number;
  /** The schema with content of its own, after every `$ref` was followed. */
  readonly schema: JsonSchema;
  /**
   * The spec's names of the `$ref`s followed to reach this value, outermost first, e.g.
   * `['DI-830-Proposed-Metering-Service-DIP-Effective-From-Date', 'DT-003-DateTime']`.
   */
  readonly names: readonly string[];
  /** The property that holds the value (for array items, the array's property). */
  readonly key: string | undefined;
  /** JSON pointer of the value from the root being sampled. */
  readonly pointer: string;
}

export type DomainGenerator = (context: SampleContext) => unknown;

export interface DomainGenerators {
  /** By property name: fields whose rules are narrower than their data type. */
  readonly byField: Readonly<Record<string, DomainGenerator>>;
  /**
   * By the spec's schema name (a DI-… data item or DT-… data type). A nullable twin
   * (`DT-003N-DateTime`) is looked up under its plain name (`DT-003-DateTime`).
   */
  readonly byName: Readonly<Record<string, DomainGenerator>>;
}

/** Marks a `fixed` pointer whose optional property must be left out. */
export const OMIT: unique symbol = Symbol('omit');

export interface SampleOptions {
  readonly faker: Faker;
  readonly now: number;
  readonly generators: DomainGenerators;
  /**
   * Values decided by the caller, by JSON pointer from the sampled root. A fixed pointer under
   * an optional property makes that property present; OMIT makes it absent. A pointer the
   * schema does not define is never used, so a caller cannot add a field the spec forbids.
   */
  readonly fixed?: Readonly<Record<string, unknown>>;
}

/** Where a schema sits in the spec: the file and pointer a `VariantEntry` carries. */
export interface SchemaAddress {
  readonly file: string;
  readonly pointer: string;
}

/** Probability that an optional property is present, and that a nullable value is null. */
const OPTIONAL_PRESENT = 0.5;
const NULL_CHANCE = 0.1;
/** Arrays get at most this many items beyond their least length: enough to show repetition. */
const EXTRA_ITEMS = 2;
/** Free text stays short even where the spec allows 2,000 characters. */
const TEXT_LENGTH_CAP = 40;
const MAX_DEPTH = 64;
const MAX_ATTEMPTS = 50;

export class SchemaSampleError extends Error {
  override readonly name = 'SchemaSampleError';
}

interface Walk {
  readonly schema: JsonSchema;
  readonly file: string;
  readonly names: readonly string[];
  readonly key: string | undefined;
  readonly pointer: string;
  readonly depth: number;
  readonly notNull?: boolean;
}

/** Folds a nullable twin's name onto its plain one: `DT-003N-DateTime` → `DT-003-DateTime`. */
export function plainName(name: string): string {
  return name.replace(/^(D[IT]-\d{3})N-/, '$1-');
}

export class SchemaSampler {
  private readonly fixed: ReadonlyMap<string, unknown>;

  constructor(
    private readonly resolver: RefResolver,
    private readonly options: SampleOptions,
  ) {
    this.fixed = new Map(Object.entries(options.fixed ?? {}));
  }

  /** A value the schema at `address` accepts. */
  sample(address: SchemaAddress): unknown {
    const root = this.resolver.at(address.file, address.pointer);
    return this.value({ schema: root, file: address.file, names: [], key: undefined, pointer: '', depth: 0 });
  }

  private value(start: Walk): unknown {
    if (start.depth > MAX_DEPTH) throw new SchemaSampleError(`schema nests deeper than ${MAX_DEPTH} at '${start.pointer}'`);
    const walk = this.followRefs(start);
    if (this.fixed.has(walk.pointer)) return this.fixed.get(walk.pointer);
    const { schema } = walk;
    const { faker } = this.options;
    if (Array.isArray(schema.oneOf)) {
      const branch = faker.helpers.arrayElement(schema.oneOf as JsonSchema[]);
      return this.value({ ...walk, schema: branch, depth: walk.depth + 1 });
    }
    const types = typesOf(schema);
    const mayBeNull = types.includes('null') && !walk.notNull;
    if (mayBeNull && (types.length === 1 || faker.datatype.boolean(NULL_CHANCE))) return null;
    const generated = this.fromDomain(walk);
    if (generated !== undefined) return generated;
    if (Array.isArray(schema.enum)) {
      const choices = schema.enum.filter((choice) => choice !== null);
      if (choices.length === 0) throw new SchemaSampleError(`enum at '${walk.pointer}' offers only null`);
      return faker.helpers.arrayElement(choices);
    }
    const type = types.find((candidate) => candidate !== 'null');
    switch (type) {
      case 'object':
        return this.object(walk);
      case 'array':
        return this.array(walk);
      case 'string':
        return this.string(walk);
      case 'integer':
      case 'number':
        return sampleNumber(schema, type === 'integer', faker, walk.pointer);
      case 'boolean':
        return faker.datatype.boolean();
      default:
        throw new SchemaSampleError(`cannot sample schema at '${walk.pointer}' (${walk.names.join(' > ') || 'inline'}): no type`);
    }
  }

  /** Follows `$ref`s, collecting the spec's names for the domain generators. */
  private followRefs(walk: Walk): Walk {
    let { schema, file } = walk;
    const names = [...walk.names];
    for (let hops = 0; typeof schema.$ref === 'string'; hops += 1) {
      if (hops > MAX_DEPTH) throw new SchemaSampleError(`$ref cycle at '${walk.pointer}'`);
      const target = this.resolver.resolve(schema.$ref, file);
      schema = target.schema;
      file = target.file;
      names.push(target.name);
    }
    return { ...walk, schema, file, names };
  }

  private fromDomain(walk: Walk): unknown {
    const { byField, byName } = this.options.generators;
    const generator =
      (walk.key !== undefined ? byField[walk.key] : undefined) ??
      walk.names.map((name) => byName[plainName(name)]).find((candidate) => candidate !== undefined);
    if (!generator) return undefined;
    return generator({
      faker: this.options.faker,
      now: this.options.now,
      schema: walk.schema,
      names: walk.names,
      key: walk.key,
      pointer: walk.pointer,
    });
  }

  private object(walk: Walk): Record<string, unknown> {
    const properties = (walk.schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((walk.schema.required ?? []) as string[]);
    for (const name of required) {
      if (!(name in properties) && walk.schema.additionalProperties === false) {
        throw new SchemaSampleError(`'${walk.pointer}' requires '${name}' but forbids any property it does not define`);
      }
    }
    const pointerOf = (name: string): string => `${walk.pointer}/${escapePointer(name)}`;
    const chosen = Object.keys(properties).filter((name) => required.has(name) || this.includeOptional(pointerOf(name)));
    // A block whose properties are all optional is "conditionally mandatory" in the spec's words
    // (IF-041: B064List or B065List): an empty one would be valid but say nothing.
    if (chosen.length === 0) {
      const candidates = Object.keys(properties).filter((name) => this.fixed.get(pointerOf(name)) !== OMIT);
      if (candidates.length > 0) chosen.push(this.options.faker.helpers.arrayElement(candidates));
    }
    const result: Record<string, unknown> = {};
    for (const name of Object.keys(properties).filter((candidate) => chosen.includes(candidate))) {
      const value = this.value({ schema: properties[name]!, file: walk.file, names: [], key: name, pointer: pointerOf(name), depth: walk.depth + 1 });
      if (value !== OMIT) result[name] = value;
    }
    return result;
  }

  private includeOptional(pointer: string): boolean {
    if (this.fixed.has(pointer)) return this.fixed.get(pointer) !== OMIT;
    for (const fixedPointer of this.fixed.keys()) if (fixedPointer.startsWith(`${pointer}/`)) return true;
    return this.options.faker.datatype.boolean(OPTIONAL_PRESENT);
  }

  private array(walk: Walk): unknown[] {
    const minItems = numberOr(walk.schema.minItems, 0);
    const maxItems = numberOr(walk.schema.maxItems, Infinity);
    // At least one item where the spec allows it: an empty list says nothing a scenario could check.
    const min = Math.min(Math.max(minItems, 1), maxItems);
    const length = this.options.faker.number.int({ min, max: Math.min(maxItems, min + EXTRA_ITEMS) });
    const items = (walk.schema.items ?? {}) as JsonSchema;
    return Array.from({ length }, (_, index) =>
      this.value({
        schema: items,
        file: walk.file,
        names: [],
        key: walk.key,
        pointer: `${walk.pointer}/${index}`,
        depth: walk.depth + 1,
        // Nullable items (A0's DT-006N recipients) are never null: a shorter list says the same.
        notNull: true,
      }),
    );
  }

  private string(walk: Walk): string {
    const { schema } = walk;
    const minLength = numberOr(schema.minLength, 0);
    const maxLength = numberOr(schema.maxLength, Infinity);
    const fits = (text: string): boolean => [...text].length >= minLength && [...text].length <= maxLength;
    const draw = this.stringDrawer(walk, minLength, maxLength);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const text = draw();
      if (fits(text)) return text;
    }
    throw new SchemaSampleError(
      `no string of ${minLength}..${maxLength} characters found for '${walk.pointer}'` +
        (typeof schema.pattern === 'string' ? ` matching ${schema.pattern}` : ''),
    );
  }

  private stringDrawer(walk: Walk, minLength: number, maxLength: number): () => string {
    const { schema } = walk;
    const { faker } = this.options;
    if (typeof schema.pattern === 'string') {
      const pattern = new RandExp(schema.pattern);
      // randexp draws from Math.random unless told otherwise; drawing from faker keeps the seed in charge.
      pattern.randInt = (from: number, to: number) => faker.number.int({ min: from, max: to });
      pattern.max = 8;
      return () => pattern.gen();
    }
    switch (schema.format) {
      case undefined:
        return () => freeText(faker, minLength, maxLength);
      case 'email':
        return () => faker.internet.email({ provider: 'example.co.uk' }).toLowerCase();
      case 'byte':
        return () => Buffer.from(faker.lorem.sentence()).toString('base64');
      case 'uri':
        return () => `https://${faker.internet.domainWord()}.example.co.uk/${faker.string.alphanumeric(8)}`;
      case 'uuid':
        return () => faker.string.uuid();
      default:
        throw new SchemaSampleError(`cannot sample string format '${String(schema.format)}' at '${walk.pointer}'`);
    }
  }
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/**
 * Text that starts with a capital letter and holds only letters and spaces, so it can never be
 * mistaken for a timestamp, a date or an MPAN by the rules that look at every field.
 */
function freeText(faker: Faker, minLength: number, maxLength: number): string {
  if (maxLength === 0) return '';
  const target = faker.number.int({ min: Math.max(minLength, 1), max: Math.max(minLength, Math.min(maxLength, TEXT_LENGTH_CAP)) });
  let text = faker.string.alpha({ length: 1, casing: 'upper' }) + faker.word.sample();
  while (text.length < target) text += ` ${faker.word.sample()}`;
  return text.slice(0, target).replace(/ $/, 'x');
}

/**
 * A number within minimum..maximum that is a multiple of `multipleOf` the way ajv checks it
 * (`value / multipleOf` must be an integer in floating point, so 0.1 × 3 would not do).
 */
function sampleNumber(schema: JsonSchema, integer: boolean, faker: Faker, pointer: string): number {
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number';
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number';
  let low = numberOr(schema.minimum, numberOr(schema.exclusiveMinimum, Number.NaN));
  let high = numberOr(schema.maximum, numberOr(schema.exclusiveMaximum, Number.NaN));
  if (Number.isNaN(low)) low = Number.isNaN(high) ? 0 : Math.min(0, high);
  if (Number.isNaN(high)) high = low + 1000;
  const multipleOf = typeof schema.multipleOf === 'number' ? schema.multipleOf : undefined;
  // Without multipleOf, numbers still get whole cents at most: realistic and exact in JSON.
  const step = multipleOf ?? (integer ? 1 : 0.01);
  const accepts = (value: number): boolean =>
    (multipleOf === undefined || value / multipleOf === Math.trunc(value / multipleOf)) &&
    (exclusiveMin ? value > low : value >= low) &&
    (exclusiveMax ? value < high : value <= high) &&
    (!integer || Number.isInteger(value));
  const decimals = (String(step).split('.')[1] ?? '').length;
  const first = Math.ceil(low / step);
  const last = Math.floor(high / step);
  for (let attempt = 0; attempt < MAX_ATTEMPTS && first <= last; attempt += 1) {
    const value = Number((faker.number.int({ min: first, max: last }) * step).toFixed(decimals));
    if (accepts(value)) return value;
  }
  for (let multiple = first; multiple <= last && multiple < first + MAX_ATTEMPTS; multiple += 1) {
    const value = Number((multiple * step).toFixed(decimals));
    if (accepts(value)) return value;
  }
  throw new SchemaSampleError(`no number in ${low}..${high} that is a multiple of ${step} at '${pointer}'`);
}

/** Samples one schema of the spec: the short form of `new SchemaSampler(...).sample(...)`. */
export function sampleSchema(resolver: RefResolver, address: SchemaAddress, options: SampleOptions): unknown {
  return new SchemaSampler(resolver, options).sample(address);
}
