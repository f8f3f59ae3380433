// One ajv validator per interface + event code, compiled on first use and kept. Every
// document is registered under the URL Elexon's files use to reference it, so ajv follows
// the cross-file `$ref`s onto the local copies without any rewriting.
//
// Two compilations serve two questions. "Is it valid?" is asked of every message and answered
// by a lean validator: first error only, string lengths in UTF-16 units. "What exactly is
// wrong?" is asked only of messages that fail, or that hold characters outside the Basic
// Multilingual Plane (where UTF-16 units and JSON Schema's code points differ), and answered by
// the exact validator: every error, code-point lengths, the data and schema kept for messages.
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SpecCatalogue, VariantEntry } from './catalogue.ts';
import { SPEC_URL_BASE } from './spec-documents.ts';

// ajv-formats is CommonJS; under ESM its function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

export type SchemaError = ErrorObject;

const COMMON: Options = {
  // OpenAPI documents carry keywords (example, openapi, info …) that JSON Schema lacks.
  strict: false,
  validateSchema: false,
  addUsedSchema: false,
};

const EXACT: Options = { ...COMMON, allErrors: true, verbose: true };

const LEAN: Options = {
  ...COMMON,
  allErrors: false,
  unicode: false,
  // ajv flags `unicode: false` as deprecated; that is the point here, so keep the log quiet about it.
  logger: { log: () => {}, warn: (...args: unknown[]) => void (String(args[0]).includes('option unicode') || console.warn(...args)), error: console.error },
};

class CompiledSchemas {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  /** By the catalogue's own entry, so the message path need not build and hash the key string. */
  private readonly byEntry = new WeakMap<Pick<VariantEntry, 'file' | 'pointer'>, ValidateFunction>();

  constructor(documents: ReadonlyMap<string, Record<string, unknown>>, options: Options) {
    this.ajv = new Ajv(options);
    addFormats(this.ajv);
    for (const [file, document] of documents) this.ajv.addSchema(document, SPEC_URL_BASE + file);
  }

  get(file: string, pointer: string): ValidateFunction {
    const key = `${file}#${pointer}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: SPEC_URL_BASE + key });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  forEntry(variant: Pick<VariantEntry, 'file' | 'pointer'>): ValidateFunction {
    let validate = this.byEntry.get(variant);
    if (!validate) this.byEntry.set(variant, (validate = this.get(variant.file, variant.pointer)));
    return validate;
  }

  get size(): number {
    return this.compiled.size;
  }
}

export class SchemaValidators {
  private readonly exact: CompiledSchemas;
  private readonly lean: CompiledSchemas;

  constructor(
    documents: ReadonlyMap<string, Record<string, unknown>>,
    private readonly catalogue: SpecCatalogue,
  ) {
    this.exact = new CompiledSchemas(documents, EXACT);
    this.lean = new CompiledSchemas(documents, LEAN);
  }

  /** The exact validator of one variant, or undefined when the spec does not define the pair. */
  forVariant(interfaceID: string, eventCode: string): ValidateFunction | undefined {
    const variant = this.catalogue.variant(interfaceID, eventCode);
    return variant ? this.forEntry(variant) : undefined;
  }

  forEntry(variant: Pick<VariantEntry, 'file' | 'pointer'>): ValidateFunction {
    return this.exact.forEntry(variant);
  }

  /** The exact validator of any schema in the spec, e.g. the StandardResponse envelope. */
  forPointer(file: string, pointer: string): ValidateFunction {
    return this.exact.get(file, pointer);
  }

  /**
   * Every schema error of a payload, or none. `beyondBmp` says the payload holds a character
   * outside the Basic Multilingual Plane, so only the exact validator may judge its lengths.
   */
  errorsOf(variant: Pick<VariantEntry, 'file' | 'pointer'>, payload: unknown, beyondBmp: boolean): readonly SchemaError[] {
    if (!beyondBmp && this.lean.forEntry(variant)(payload)) return [];
    const validate = this.forEntry(variant);
    return validate(payload) ? [] : (validate.errors ?? []);
  }

  /**
   * Compiles the lean validators of these variants (every variant of the spec by default) now,
   * rather than on each one's first message: a process that must answer promptly from its first
   * message on pays the compile (most of a second for the whole spec) before it takes traffic.
   */
  prepare(variants: ReadonlyArray<Pick<VariantEntry, 'file' | 'pointer'>> = this.catalogue.variants): number {
    for (const variant of variants) this.lean.forEntry(variant);
    return this.lean.size;
  }

  /** Exact validators compiled so far. */
  get compiledCount(): number {
    return this.exact.size;
  }

  /** Lean validators compiled so far, one per schema (variants may share one); prepare() compiles them all. */
  get leanCount(): number {
    return this.lean.size;
  }
}
