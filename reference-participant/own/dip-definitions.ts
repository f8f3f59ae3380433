// The participant's own reading of Elexon's DIP API definitions: the YAML files parsed here,
// the interfaces and event codes they define found here, and one ajv instance of its own
// compiled over them. The suite reads the same files with its own loader and catalogue; the
// participant does not use them for what it judges, so a misreading of the definitions in
// either one (a $ref followed wrongly, a nullable field refused, a variant missed) makes the
// two disagree, and a scenario shows it. The suite's loader is still used to find the folder
// and to feed the message builders the participant drafts with (drafted-update.ts); neither
// judges a message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import yaml from 'js-yaml';

// ajv-formats is CommonJS; under ESM its function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** The definition every request body is defined from (DIPMessage, StandardResponseArray). */
const ROOT_FILE = 'SubmitEvents-unresolved.yaml';
/** Response codes; their descriptions are YAML comments beside each enum value. */
const RESPONSE_CODES_FILE = 'ResponseCodes-unresolved.yaml';

type Node = Record<string, unknown>;

export interface DipVariant {
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly schemaVersions: readonly string[];
  /** `<document address>#<pointer>` of the payload schema: what ajv compiles. */
  readonly ref: string;
  /** The schema's own name, the pointer's last part (e.g. IF-031-MSApp). */
  readonly name: string;
}

export interface DipDefinitions {
  readonly dir: string;
  variant(interfaceID: string, eventCode: string): DipVariant | undefined;
  readonly variants: readonly DipVariant[];
  /** Schema errors of a payload against its variant: none when it is valid. */
  payloadErrors(variant: DipVariant, payload: unknown): readonly ErrorObject[];
  /** Schema errors of a status message push (StandardResponseArray). */
  statusArrayErrors(body: unknown): readonly ErrorObject[];
  /** The description of a response code (`RCP1061` → `MPAN Invalid or Unknown`), '' when none. */
  responseCodeText(code: string): string;
  /** Compiles every variant's validator now, so the first message is not kept waiting. */
  prepare(): number;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseYaml(dir: string, file: string): { text: string; document: Node } {
  const text = readFileSync(path.join(dir, file), 'utf8');
  // The core schema: an unquoted 2022-03-21 stays a string, as JSON would carry it.
  const document = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  if (!isNode(document)) throw new Error(`${file} in ${dir} is not an OpenAPI document`);
  return { text, document };
}

/**
 * OpenAPI 3.0's `nullable: true` says a field may also be null; JSON Schema has no such
 * keyword, so ajv would ignore it and refuse the null. Written as JSON Schema here: the type
 * gains 'null', an enum gains null.
 */
function nullableAsJsonSchema(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) nullableAsJsonSchema(item);
    return;
  }
  if (!isNode(value)) return;
  if ('nullable' in value) {
    if (value.nullable === true) {
      if (typeof value.type === 'string') value.type = [value.type, 'null'];
      if (Array.isArray(value.enum) && !value.enum.includes(null)) value.enum = [...value.enum, null];
    }
    delete value.nullable;
  }
  for (const child of Object.values(value)) nullableAsJsonSchema(child);
}

function refsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (isNode(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else refsIn(child, found);
    }
  }
  return found;
}

function splitRef(ref: string): { address: string; pointer: string } {
  const hash = ref.indexOf('#');
  return hash === -1 ? { address: ref, pointer: '' } : { address: ref.slice(0, hash), pointer: ref.slice(hash + 1) };
}

function pointerParts(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~'));
}

function enumStrings(schema: unknown): string[] {
  const values = isNode(schema) ? schema.enum : undefined;
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

/**
 * The documents, each under the address the others reference it by. The files name each other
 * by URL (Elexon's repository); a document is looked for in the folder under that URL's last
 * path segment, starting from the root file and following every $ref to another file.
 */
function readDocuments(dir: string): { byAddress: Map<string, Node>; rootAddress: string } {
  const root = parseYaml(dir, ROOT_FILE).document;
  const byAddress = new Map<string, Node>();
  const pending = [...refsIn(root, new Set())].map((ref) => splitRef(ref).address).filter((address) => address !== '');
  const sample = pending[0];
  // The root is referenced by nothing; it sits beside the others, so it gets their base.
  const rootAddress = sample ? sample.slice(0, sample.lastIndexOf('/') + 1) + ROOT_FILE : ROOT_FILE;
  byAddress.set(rootAddress, root);
  while (pending.length > 0) {
    const address = pending.pop()!;
    if (byAddress.has(address)) continue;
    const document = parseYaml(dir, address.slice(address.lastIndexOf('/') + 1)).document;
    byAddress.set(address, document);
    for (const ref of refsIn(document, new Set())) {
      const next = splitRef(ref).address;
      if (next !== '' && !byAddress.has(next)) pending.push(next);
    }
  }
  for (const document of byAddress.values()) nullableAsJsonSchema(document);
  return { byAddress, rootAddress };
}

class Documents {
  constructor(private readonly byAddress: ReadonlyMap<string, Node>) {}

  /** The node a `$ref` written in the document at `from` names, and the document it sits in. */
  follow(ref: string, from: string): { node: Node; address: string; pointer: string } {
    const { address, pointer } = splitRef(ref);
    const at = address === '' ? from : address;
    let node: unknown = this.byAddress.get(at);
    for (const part of pointerParts(pointer)) node = isNode(node) || Array.isArray(node) ? (node as Node)[part] : undefined;
    if (!isNode(node)) throw new Error(`the DIP API definitions name ${at}#${pointer}, which they do not hold`);
    return { node, address: at, pointer };
  }

  /** A schema with its `$ref`s followed until one with content of its own. */
  resolve(schema: unknown, from: string): { node: Node; address: string; pointer: string } {
    let current = { node: isNode(schema) ? schema : {}, address: from, pointer: '' };
    for (let hops = 0; typeof current.node.$ref === 'string'; hops += 1) {
      if (hops > 50) throw new Error(`a $ref cycle in the DIP API definitions at ${current.node.$ref}`);
      current = this.follow(current.node.$ref, current.address);
    }
    return current;
  }
}

/**
 * Every interface and event code a payload may carry: DIPMessage.payload lists one schema per
 * interface, each either one variant or a oneOf of them; a variant's S0 enumerates the
 * interface, event codes and schema versions it takes.
 */
function findVariants(documents: Documents, rootAddress: string): Map<string, DipVariant> {
  const payload = documents.resolve(documents.follow('#/components/schemas/DIPMessage', rootAddress).node, rootAddress).node;
  const choices = (pick(payload, 'properties', 'payload', 'oneOf') ?? []) as unknown[];
  const found: { variant: DipVariant; eventCodesOfSchema: number }[] = [];
  for (const choice of choices) {
    const perInterface = documents.resolve(choice, rootAddress);
    const variantSchemas = Array.isArray(perInterface.node.oneOf) ? (perInterface.node.oneOf as unknown[]) : [choice];
    for (const variantSchema of variantSchemas) {
      const ref = documents.resolve(variantSchema, variantSchema === choice ? rootAddress : perInterface.address);
      if (ref.pointer === '') continue;
      const commonBlock = documents.resolve(pick(ref.node, 'properties', 'CommonBlock'), ref.address);
      const s0 = documents.resolve(pick(commonBlock.node, 'properties', 'S0'), commonBlock.address);
      const fields = (pick(s0.node, 'properties') ?? {}) as Node;
      const field = (name: string) => enumStrings(documents.resolve(fields[name], s0.address).node);
      const eventCodes = field('eventCode');
      const schemaVersions = field('schemaVersion');
      const name = pointerParts(ref.pointer).at(-1) ?? ref.pointer;
      for (const interfaceID of field('interfaceID')) {
        for (const eventCode of eventCodes) {
          found.push({ variant: { interfaceID, eventCode, schemaVersions, ref: `${ref.address}#${ref.pointer}`, name }, eventCodesOfSchema: eventCodes.length });
        }
      }
    }
  }
  // An event code may be listed by two schemas (IF-020's [RelatedAdd] also sits in the
  // [RelatedCreate] schema's enum): the schema written for that event code alone is its own.
  const byKey = new Map<string, { variant: DipVariant; eventCodesOfSchema: number }>();
  for (const entry of found) {
    const key = `${entry.variant.interfaceID} ${entry.variant.eventCode}`;
    const held = byKey.get(key);
    if (!held || entry.eventCodesOfSchema < held.eventCodesOfSchema) byKey.set(key, entry);
  }
  return new Map([...byKey].map(([key, entry]) => [key, entry.variant]));
}

function pick(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) node = isNode(node) ? node[key] : undefined;
  return node;
}

function responseCodeTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(path.join(dir, RESPONSE_CODES_FILE), 'utf8');
  } catch {
    return texts;
  }
  for (const line of text.split('\n')) {
    const match = /^\s*-\s*([A-Z]{2,4}\d{3,4})\s*#\s*(.*?)\s*$/.exec(line);
    if (match && !texts.has(match[1]!)) texts.set(match[1]!, match[2]!);
  }
  return texts;
}

function readDefinitions(dir: string): DipDefinitions {
  const { byAddress, rootAddress } = readDocuments(dir);
  const documents = new Documents(byAddress);
  const variants = findVariants(documents, rootAddress);
  // OpenAPI documents carry keywords JSON Schema lacks (example, openapi, info …): not strict.
  // First error only: the participant answers with the first finding, and it is asked of every message.
  const ajv = new Ajv({ strict: false, validateSchema: false, addUsedSchema: false, allErrors: false });
  addFormats(ajv);
  for (const [address, document] of byAddress) ajv.addSchema(document, address);
  const compiled = new Map<string, ValidateFunction>();
  const validator = (ref: string) => {
    let validate = compiled.get(ref);
    if (!validate) compiled.set(ref, (validate = ajv.compile({ $ref: ref })));
    return validate;
  };
  const errorsOf = (ref: string, value: unknown) => {
    const validate = validator(ref);
    return validate(value) ? [] : (validate.errors ?? []);
  };
  const codes = responseCodeTexts(dir);
  return {
    dir,
    variants: [...variants.values()],
    variant: (interfaceID, eventCode) => variants.get(`${interfaceID} ${eventCode}`),
    payloadErrors: (variant, payload) => errorsOf(variant.ref, payload),
    statusArrayErrors: (body) => errorsOf(`${rootAddress}#/components/schemas/StandardResponseArray`, body),
    responseCodeText: (code) => codes.get(code) ?? '',
    prepare() {
      for (const variant of variants.values()) validator(variant.ref);
      return compiled.size;
    },
  };
}

/** Read once per folder: a test starts many participants over the same definitions. */
const READ = new Map<string, DipDefinitions>();

export function dipDefinitions(dir: string): DipDefinitions {
  const key = path.resolve(dir);
  let definitions = READ.get(key);
  if (!definitions) READ.set(key, (definitions = readDefinitions(key)));
  return definitions;
}
