// The TypeScript types of every DIP message variant's payload, made from the loaded DIP API
// definitions as the text of src/spec/generated/dip-payloads.ts. json-schema-to-typescript
// does the compiling; this module decides what gets a name:
// - each variant's payload (`IF031MSAppPayload`), and the map `DipPayloads` from
//   'IF-031 [MSApp]' to it;
// - each object schema a `$ref` points at (the blocks: S1, M0, B070, R007 …), once, under the
//   spec's own name, so a block that many variants carry is written once;
// - values (data items and data types: strings, numbers, enums) are written out where they are
//   used, commented with the data item's ID and name ('DI-800 Appointment Scenario').
// Where one schema serves several event codes (IF-041's ten readings), each variant still gets
// its own payload type, whose S0 names only its own event code; the rest of the schema is
// written once, as `IF041PayloadCustomBlock`.
// The generator lives in scripts/ because json-schema-to-typescript is a devDependency: the
// file it writes imports nothing.
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import path from 'node:path';
import type { VariantEntry } from '../src/spec/catalogue.ts';
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import { SPEC_REPOSITORY } from '../src/spec/pinned-versions.ts';
import { ROOT_FILE } from '../src/spec/spec-location.ts';

export const DIP_PAYLOADS_FILE = path.resolve(import.meta.dirname, '../src/spec/generated/dip-payloads.ts');
export const REGENERATE_COMMAND = 'MHHS_DIP_SPEC_DIR=… npm run types:generate';

type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * 'IF-031' + '[MSApp]' → 'IF031MSApp'; 'REP002-R027' → 'REP002R027'; 'R900-01' → 'R900_01', so the
 * numbers stay apart. A letter after a digit is upper case ('B906a' → 'B906A'), as
 * json-schema-to-typescript writes every name.
 */
export function typeNameOf(...parts: string[]): string {
  return parts
    .join('')
    .replace(/(?<=\d)-(?=\d)/g, '_')
    .replace(/[^A-Za-z0-9_]/g, '')
    .replace(/(?<=\d)[a-z]/g, (letter) => letter.toUpperCase());
}

export function payloadTypeNameOf(interfaceID: string, eventCode: string): string {
  return `${typeNameOf(interfaceID, eventCode)}Payload`;
}

const isObjectSchema = (schema: Schema) => schema.type === 'object' || isObject(schema.properties);

/** The spec's data item IDs (`DI-800-Appointment-Scenario` → `DI-800 Appointment Scenario`). */
function dataItemLabel(name: string): string | undefined {
  const match = /^(DI-\d+[A-Z]?)-(.+)$/.exec(name);
  return match ? `${match[1]} ${match[2]!.replace(/-/g, ' ')}` : undefined;
}

class PayloadSchemas {
  readonly definitions = new Map<string, Schema>();
  /** What each name stands for (a schema's place, a variant), so that no two things share one. */
  private readonly owners = new Map<string, string>();

  constructor(readonly spec: LoadedSpec) {}

  /** A copy of `node` (written in `file`) that json-schema-to-typescript can compile on its own. */
  convert(node: unknown, file: string): unknown {
    if (Array.isArray(node)) return node.map((item) => this.convert(item, file));
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') return this.referenced(node.$ref, file);
    const copy: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      // Examples are documentation only; a title would make json-schema-to-typescript invent a name.
      if (key === 'example' || key === 'title') continue;
      copy[key] = key === 'enum' || key === 'required' ? value : this.convert(value, file);
    }
    return copy;
  }

  /**
   * Gives `owner` the type `name`, defined by `schema()` the first time; the same owner asking
   * again gets the same name. Returns a `$ref` to it.
   */
  named(name: string, owner: string, schema: () => Schema): Schema {
    const held = this.owners.get(name);
    if (held !== undefined && held !== owner) {
      throw new Error(`${held} and ${owner} would both be the type ${name}; tell them apart in scripts/dip-payload-types.ts`);
    }
    if (held === undefined) {
      this.owners.set(name, owner); // before converting, so a block that refers to itself is named once
      this.definitions.set(name, { ...schema(), title: name });
    }
    return { $ref: `#/definitions/${name}` };
  }

  private referenced(ref: string, fromFile: string): Schema {
    const target = this.spec.resolver.resolve(ref, fromFile);
    // deref names only where a chain of `$ref`s ends; a target with content of its own is that end.
    const content = typeof target.schema.$ref === 'string' ? this.spec.resolver.deref(target.schema, target.file) : target;
    if (isObjectSchema(content.schema)) {
      return this.named(typeNameOf(content.name), `${content.file}#${content.pointer}`, () => this.convert(content.schema, content.file) as Schema);
    }
    const value = this.convert(content.schema, content.file) as Schema;
    const label = dataItemLabel(target.name);
    if (!label) return value;
    const description = typeof value.description === 'string' ? `: ${value.description.trim()}` : '';
    return { ...value, description: `${label}${description}` };
  }
}

/** Each interface's own description ('IF-031 Supplier Service Provider Appointment Request'), by its variants' schemas. */
function interfaceDescriptions(spec: LoadedSpec): Map<string, string> {
  const described = new Map<string, string>();
  const message = spec.resolver.at(ROOT_FILE, '/components/schemas/DIPMessage');
  const payloads = ((message.properties as Schema | undefined)?.payload as Schema | undefined)?.oneOf;
  for (const entry of Array.isArray(payloads) ? (payloads as Schema[]) : []) {
    const payload = spec.resolver.resolve(String(entry.$ref), ROOT_FILE);
    const description = typeof payload.schema.description === 'string' ? payload.schema.description.trim() : '';
    const variants = Array.isArray(payload.schema.oneOf)
      ? (payload.schema.oneOf as Schema[]).map((variant) => spec.resolver.resolve(String(variant.$ref), payload.file))
      : [payload];
    for (const variant of variants) described.set(`${variant.file}#${variant.pointer}`, description);
  }
  return described;
}

/** Every variant the catalogue answers for, once, in the spec's order. */
function variantsOf(spec: LoadedSpec): VariantEntry[] {
  const seen = new Set<string>();
  const variants: VariantEntry[] = [];
  for (const listed of spec.catalogue.variants) {
    const key = `${listed.interfaceID} ${listed.eventCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push(spec.catalogue.variant(listed.interfaceID, listed.eventCode)!);
  }
  return variants;
}

/** The payload schema of one variant, its S0 naming only this interface and event code. */
function variantSchema(schemas: PayloadSchemas, variant: VariantEntry, shared: boolean, interfaceDescription: string): Schema {
  const { resolver } = schemas.spec;
  const converted = schemas.convert(resolver.deref(resolver.at(variant.file, variant.pointer), variant.file).schema, variant.file) as Schema;
  const properties = (converted.properties ?? {}) as Record<string, Schema>;
  const s0 = ((properties.CommonBlock?.properties as Record<string, Schema> | undefined)?.S0?.properties ?? {}) as Record<string, Schema>;
  if (s0.interfaceID) s0.interfaceID = { ...s0.interfaceID, enum: [variant.interfaceID] };
  if (s0.eventCode) s0.eventCode = { ...s0.eventCode, enum: [variant.eventCode] };
  // Every variant's S0 says the same ('Sender Header block' …); its values are the whole story.
  for (const field of Object.values(s0)) delete field.description;
  delete (properties.CommonBlock?.properties as Record<string, Schema> | undefined)?.S0?.description;
  const where = `${variant.file}#${variant.pointer}`;
  if (shared) {
    // The blocks besides CommonBlock are the same for every event code of the schema: named once,
    // after the schema ('IF-041-Payload' → IF041PayloadCustomBlock).
    for (const [block, schema] of Object.entries(properties)) {
      if (block === 'CommonBlock' || typeof schema.$ref === 'string') continue;
      properties[block] = schemas.named(typeNameOf(variant.name, block), `${where}/properties/${block}`, () => schema);
    }
  }
  const own = typeof converted.description === 'string' ? converted.description : '';
  // 'IF006 - Metering Service MTD Update to Registration' → 'Metering Service MTD Update to Registration'
  const about = (interfaceDescription || own).trim().replace(/^(IF|REP)-?\d+[A-Z]?\s*[-–:]?\s*/, '').replace(/\.$/, '');
  const versions = variant.schemaVersions.join(', ');
  const description = [
    `${variant.interfaceID} ${variant.eventCode}${about ? `: ${about}` : ''}.`,
    `Schema version${variant.schemaVersions.length === 1 ? '' : 's'} ${versions}; ${where}.`,
  ].join('\n');
  return { ...converted, description };
}

function banner(spec: LoadedSpec): string {
  return [
    '// Generated: do not edit. The payload of every DIP message variant, as TypeScript types,',
    `// from the DIP API definitions ${spec.version} (${SPEC_REPOSITORY} @ ${spec.pinned.commit}).`,
    `// Regenerate: ${REGENERATE_COMMAND} (scripts/dip-payload-types.ts); test/dip-payload-types.test.ts`,
    '// fails while this file differs from what the definitions give.',
    '// Every object is closed (no other keys), also where a schema leaves additionalProperties out,',
    '// so that a misspelt field fails to compile. Lengths, patterns and formats are not types:',
    '// a value of the right type may still break the schema, which validation judges.',
  ].join('\n');
}

/** The text of src/spec/generated/dip-payloads.ts for these definitions. */
export async function dipPayloadTypes(spec: LoadedSpec): Promise<string> {
  if (spec.digests.status !== 'verified') {
    throw new Error(
      `the DIP API definitions in ${spec.dir} differ from the published ${spec.version} (${spec.digests.mismatched.join(', ')}); ` +
        'generate the types from the published files only',
    );
  }
  const schemas = new PayloadSchemas(spec);
  const descriptions = interfaceDescriptions(spec);
  const variants = variantsOf(spec);
  const users = new Map<string, number>();
  for (const variant of variants) users.set(`${variant.file}#${variant.pointer}`, (users.get(`${variant.file}#${variant.pointer}`) ?? 0) + 1);
  const map: Record<string, JSONSchema> = {};
  for (const variant of variants) {
    const where = `${variant.file}#${variant.pointer}`;
    const kind = `${variant.interfaceID} ${variant.eventCode}`;
    const name = payloadTypeNameOf(variant.interfaceID, variant.eventCode);
    map[kind] = schemas.named(name, kind, () => variantSchema(schemas, variant, (users.get(where) ?? 0) > 1, descriptions.get(where) ?? ''));
  }
  const root: JSONSchema = {
    title: 'DipPayloads',
    description: "Each DIP message variant's payload type, by interface ID and event code as the suite writes them ('IF-031 [MSApp]').",
    type: 'object',
    additionalProperties: false,
    required: Object.keys(map),
    properties: map,
    definitions: Object.fromEntries(schemas.definitions) as Record<string, JSONSchema>,
  };
  return compile(root, 'DipPayloads', {
    bannerComment: banner(spec),
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    unknownAny: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}
