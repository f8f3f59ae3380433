// One ajv validator per interface + event code, compiled on first use and kept. Every
// document is registered under the URL Elexon's files use to reference it, so ajv follows
// the cross-file `$ref`s onto the local copies without any rewriting.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SpecCatalogue, VariantEntry } from './catalogue.ts';
import { SPEC_URL_BASE } from './spec-documents.ts';

// ajv-formats is CommonJS; under ESM its function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

export type SchemaError = ErrorObject;

export class SchemaValidators {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    documents: ReadonlyMap<string, Record<string, unknown>>,
    private readonly catalogue: SpecCatalogue,
  ) {
    // strict: false — OpenAPI documents carry keywords (example, openapi, info …) JSON Schema lacks.
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      verbose: true, // keeps the failing data and schema on each error, for messages a person can act on
      validateSchema: false,
      addUsedSchema: false,
    });
    addFormats(this.ajv);
    for (const [file, document] of documents) this.ajv.addSchema(document, SPEC_URL_BASE + file);
  }

  /** The validator of one variant, or undefined when the spec does not define the pair. */
  forVariant(interfaceID: string, eventCode: string): ValidateFunction | undefined {
    const variant = this.catalogue.variant(interfaceID, eventCode);
    return variant ? this.forEntry(variant) : undefined;
  }

  forEntry(variant: VariantEntry): ValidateFunction {
    const key = `${variant.file}#${variant.pointer}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: SPEC_URL_BASE + key });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Compiles a schema named by file and pointer, e.g. the StandardResponse envelope. */
  forPointer(file: string, pointer: string): ValidateFunction {
    return this.forEntry({ file, pointer } as VariantEntry);
  }

  get compiledCount(): number {
    return this.compiled.size;
  }
}
