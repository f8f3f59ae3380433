// What a version of the spec defines: interfaces and their event-code variants, blocks and
// response codes. Read from the documents themselves, so a new spec version needs no code.
import { RefResolver } from './ref-resolver.ts';
import { SpecError } from './pinned-versions.ts';
import { ROOT_FILE } from './spec-location.ts';

export interface VariantEntry {
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly schemaVersions: readonly string[];
  /** Where the variant's payload schema sits, as a `$ref` an ajv instance can compile. */
  readonly file: string;
  readonly pointer: string;
  readonly name: string;
}

export interface ResponseCodeEntry {
  readonly code: string;
  readonly description: string;
}

export interface SpecCatalogue {
  readonly interfaces: readonly string[];
  readonly variants: readonly VariantEntry[];
  readonly blocks: readonly string[];
  readonly responseCodes: readonly ResponseCodeEntry[];
  variant(interfaceID: string, eventCode: string): VariantEntry | undefined;
  variantsOf(interfaceID: string): readonly VariantEntry[];
}

type Schema = Record<string, unknown>;

function enumOf(schema: Schema | undefined): string[] {
  const values = schema?.enum;
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

function payloadRefs(resolver: RefResolver): string[] {
  const message = resolver.at(ROOT_FILE, '/components/schemas/DIPMessage') as Schema;
  const payload = (message.properties as Schema | undefined)?.payload as Schema | undefined;
  const refs = (payload?.oneOf as Schema[] | undefined)?.map((entry) => entry.$ref);
  if (!refs?.length) throw new SpecError(`${ROOT_FILE} has no DIPMessage.payload.oneOf list of interfaces`);
  return refs.filter((ref): ref is string => typeof ref === 'string');
}

function variantEntries(resolver: RefResolver, payloadRef: string): VariantEntry[] {
  const payload = resolver.resolve(payloadRef, ROOT_FILE);
  const variantRefs = Array.isArray(payload.schema.oneOf)
    ? (payload.schema.oneOf as Schema[]).map((entry) => resolver.resolve(String(entry.$ref), payload.file))
    : [payload];
  return variantRefs.flatMap((variant) => {
    const commonBlock = resolver.deref(
      ((variant.schema.properties as Schema | undefined)?.CommonBlock as Schema | undefined) ?? {},
      variant.file,
    );
    const s0 = resolver.deref(((commonBlock.schema.properties as Schema | undefined)?.S0 as Schema) ?? {}, commonBlock.file);
    const fields = (s0.schema.properties as Record<string, Schema> | undefined) ?? {};
    const interfaceIDs = enumOf(fields.interfaceID);
    const schemaVersions = enumOf(fields.schemaVersion);
    return interfaceIDs.flatMap((interfaceID) =>
      enumOf(fields.eventCode).map((eventCode) => ({
        interfaceID,
        eventCode,
        schemaVersions,
        file: variant.file,
        pointer: variant.pointer,
        name: variant.name,
      })),
    );
  });
}

function responseCodes(resolver: RefResolver, responseCodesText: string | undefined): ResponseCodeEntry[] {
  const schemas = resolver.at('ResponseCodes-unresolved.yaml', '/components/schemas') as Record<string, Schema>;
  const codes = Object.values(schemas).flatMap((schema) => enumOf(schema));
  // The descriptions live only in YAML comments beside each enum value (`- MSG1006  #  …`).
  const described = new Map<string, string>();
  for (const match of (responseCodesText ?? '').matchAll(/^\s*-\s*([A-Z]{2,4}\d{3,4})\s*#\s*(.*?)\s*$/gm)) {
    described.set(match[1]!, match[2]!);
  }
  return [...new Set(codes)].map((code) => ({ code, description: described.get(code) ?? '' }));
}

export function buildCatalogue(resolver: RefResolver, responseCodesText?: string): SpecCatalogue {
  const variants = payloadRefs(resolver).flatMap((ref) => variantEntries(resolver, ref));
  // v1.8.3 and v2.1.0 list [RelatedAdd] and [RelatedRemove] both in IF-020-RelatedCreate and in
  // their own schemas (identical apart from the enum). The schema made for one event code wins.
  const eventCodesOf = (entry: VariantEntry) => variants.filter((other) => other.name === entry.name).length;
  const byKey = new Map<string, VariantEntry>();
  for (const entry of variants) {
    const key = `${entry.interfaceID} ${entry.eventCode}`;
    const held = byKey.get(key);
    if (!held || eventCodesOf(entry) < eventCodesOf(held)) byKey.set(key, entry);
  }
  const interfaces = [...new Set(variants.map((entry) => entry.interfaceID))];
  const blocks = Object.keys(resolver.at('RealCommonBlocks-unresolved.yaml', '/components/schemas'));
  return {
    interfaces,
    variants,
    blocks,
    responseCodes: responseCodes(resolver, responseCodesText),
    variant: (interfaceID, eventCode) => byKey.get(`${interfaceID} ${eventCode}`),
    variantsOf: (interfaceID) => variants.filter((entry) => entry.interfaceID === interfaceID),
  };
}
