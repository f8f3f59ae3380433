// Follows the spec's `$ref`s, local (`#/components/…`) or cross-file
// (`https://raw.githubusercontent.com/…/main/<file>#/…`), onto the loaded documents.
import { SpecError } from './pinned-versions.ts';
import { SPEC_URL_BASE } from './spec-documents.ts';

export interface SchemaLocation {
  readonly file: string;
  readonly pointer: string;
  /** Last pointer segment, e.g. `DT-003-DateTime`: the spec's own name for the schema. */
  readonly name: string;
}

export interface ResolvedSchema extends SchemaLocation {
  readonly schema: Record<string, unknown>;
}

export function decodePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

export class RefResolver {
  /**
   * Resolutions by file and `$ref`: the documents never change, and the message builders follow
   * the same few hundred refs for every message they build (measured under `mhhs-qualify load`:
   * re-resolving was about half of the SMRS simulator's building time).
   */
  private readonly resolved = new Map<string, Map<string, ResolvedSchema>>();

  constructor(private readonly documents: ReadonlyMap<string, Record<string, unknown>>) {}

  /** Where a `$ref` written in `fromFile` points. */
  locate(ref: string, fromFile: string): SchemaLocation {
    const hash = ref.indexOf('#');
    const address = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    let file = fromFile;
    if (address.startsWith(SPEC_URL_BASE)) file = address.slice(SPEC_URL_BASE.length);
    else if (address !== '') throw new SpecError(`unsupported $ref '${ref}' in ${fromFile}`);
    const parts = decodePointer(pointer);
    return { file, pointer, name: parts[parts.length - 1] ?? file };
  }

  resolve(ref: string, fromFile: string): ResolvedSchema {
    // Keyed by file, then ref: the ref strings come from the documents and keep their hash, a joined key would not.
    let inFile = this.resolved.get(fromFile);
    if (!inFile) {
      inFile = new Map();
      this.resolved.set(fromFile, inFile);
    }
    let resolved = inFile.get(ref);
    if (!resolved) {
      const location = this.locate(ref, fromFile);
      resolved = { ...location, schema: this.at(location.file, location.pointer) };
      inFile.set(ref, resolved);
    }
    return resolved;
  }

  at(file: string, pointer: string): Record<string, unknown> {
    let node: unknown = this.documents.get(file);
    if (node === undefined) throw new SpecError(`$ref to ${file}, which is not loaded`);
    for (const part of decodePointer(pointer)) {
      node = (node as Record<string, unknown> | undefined)?.[part];
      if (node === undefined) throw new SpecError(`$ref ${file}#${pointer} names nothing in the spec`);
    }
    return node as Record<string, unknown>;
  }

  /** Follows `$ref` chains until a schema with content of its own. */
  deref(schema: Record<string, unknown>, fromFile: string): ResolvedSchema {
    let current: ResolvedSchema = { file: fromFile, pointer: '', name: '', schema };
    for (let hops = 0; typeof current.schema.$ref === 'string'; hops += 1) {
      if (hops > 50) throw new SpecError(`$ref cycle at ${String(current.schema.$ref)}`);
      current = this.resolve(current.schema.$ref as string, current.file);
    }
    return current;
  }
}
