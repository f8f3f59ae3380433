// Reading a field of a DIP message payload by its path, checked against the payload types
// generated from the DIP API definitions (generated/dip-payloads.ts): a path that names a field
// no variant has does not compile, so a version of the definitions that renames a field fails
// to compile wherever the suite reads it. At run time nothing is trusted: a body may come from a
// participant and break its schema, so a read steps over nothing but plain objects and gives
// `unknown`, or undefined through a scalar, null, an array or a missing key.
import type { DipPayloads } from './generated/dip-payloads.ts';

/** A variant as the suite names it, and as DipPayloads is keyed: `IF-031 [MSApp]`. */
export type VariantLabel = keyof DipPayloads;

/** The variants of one interface: `VariantsOf<'IF-041'>` is `'IF-041 [ReadingCOS]' | …`. */
export type VariantsOf<InterfaceID extends string> = Extract<VariantLabel, `${InterfaceID} ${string}`>;

/** The interfaces of the variants: `IF-031`, `REP-002A`. */
export type InterfaceOf<V extends VariantLabel = VariantLabel> = V extends `${infer InterfaceID} ${string}` ? InterfaceID : never;

/** The payload of any variant. */
export type AnyPayload = DipPayloads[VariantLabel];

/** The field names of `T`, or of any member of a union `T`; none of an array or a scalar, which a read does not step into. */
export type FieldName<T> = T extends readonly unknown[] ? never : T extends object ? keyof T & string : never;

/** What `name` holds in `T` (in any member of a union `T` that has it), less the null and undefined a read steps over. */
export type FieldAt<T, Name extends string> = T extends readonly unknown[] ? never : T extends object ? (Name extends keyof T ? NonNullable<T[Name]> : never) : never;

/**
 * `Path` when each of its fields is a field of the one before it (the first of `Root`), in some
 * member of the union; otherwise `Path` with its first wrong field replaced by the names allowed
 * there, so that tsc names the wrong field and what it could be. Past a scalar or an array
 * nothing is allowed: a read does not step into them.
 */
export type FieldPath<Root, Path extends readonly string[]> = Path extends readonly [infer Head extends string, ...infer Rest extends readonly string[]]
  ? [Head] extends [FieldName<Root>]
    ? readonly [Head, ...FieldPath<FieldAt<Root, Head>, Rest>]
    : readonly [FieldName<Root>, ...Rest]
  : readonly [];

/** The type of a path argument list: `Path` itself, inferred from the arguments, once it is a path of `Root`. */
export type CheckedPath<Root, Path extends readonly string[]> = Path extends FieldPath<Root, Path> ? Path : FieldPath<Root, Path>;

/** A reader of paths in values shaped like `Root`; it gives `Value` whatever the value read is. */
export type FieldReader<Root, Value = unknown> = <const Path extends readonly string[]>(value: unknown, ...path: CheckedPath<Root, Path>) => Value;

function walk(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const read = (value: unknown, ...path: readonly string[]): unknown => walk(value, path);

const readText = (value: unknown, ...path: readonly string[]): string | undefined => {
  const found = walk(value, path);
  return typeof found === 'string' ? found : undefined;
};

/** `readField(payload, 'CommonBlock', 'S1', 'senderDIPID')`: the path may be one of any variant ('CommonBlock', 'M0', 'MPANCore' reads the MPAN of those that carry M0). */
export const readField: FieldReader<AnyPayload> = read;

/** As readField, when only a string will do: undefined for anything else. */
export const textField: FieldReader<AnyPayload, string | undefined> = readText;

/**
 * A reader of values shaped like `Root` rather than whole payloads: one of a variant's blocks
 * (`fieldReader<B064>()` for an item of a B064List), or a custom block held apart from its message.
 */
export function fieldReader<Root>(): FieldReader<Root> {
  return read;
}

/** A reader of the variants of one interface, whatever their event code: `interfaceReader('IF-041')(payload, 'CustomBlock', 'B064List')`. */
export function interfaceReader<I extends InterfaceOf>(_interfaceID: I): FieldReader<DipPayloads[VariantsOf<I>]> {
  return read;
}

/** `readFieldOf('IF-027 [ConsumptionAmendment]', payload, 'CustomBlock', 'B902List')`: the path must be one of `kind` (of one of them, for a union). */
export function readFieldOf<V extends VariantLabel, const Path extends readonly string[]>(_kind: V, payload: unknown, ...path: CheckedPath<DipPayloads[V], Path>): unknown {
  return walk(payload, path);
}
