// The `fixed` values a builder is given are keyed by JSON pointer from the payload
// (`'/CustomBlock/B071'`). A pointer the schema does not define is never used, so a misspelt one
// would be dropped without a word at run time; these types make it a compile error instead,
// wherever the caller names its variant with literal interface ID and event code. The pointers
// are worked out for the one variant named, never for all of them at once: a type holding every
// pointer of every variant made the whole typecheck a third slower.
import type { DipPayloads } from '../spec/generated/dip-payloads.ts';
import type { VariantLabel } from '../spec/payload-fields.ts';

/** How deep a pointer may go: `/CustomBlock/B064List/0/cumulativeRegisterReadingDateTime` is four steps. */
type MaxDepth = 4;

/**
 * Every JSON pointer into a value shaped like `T`, to `MaxDepth` steps: `/CommonBlock`,
 * `/CommonBlock/M0`, `/CommonBlock/M0/MPANCore` …; an array's items as `/0`, `/1` ….
 */
export type PointerOf<T, Depth extends readonly unknown[] = []> = Depth['length'] extends MaxDepth
  ? never
  : T extends readonly (infer Item)[]
    ? `/${number}` | `/${number}${PointerOf<NonNullable<Item>, [...Depth, unknown]>}`
    : T extends object
      ? { [K in keyof T & string]-?: `/${K}` | `/${K}${PointerOf<NonNullable<T[K]>, [...Depth, unknown]>}` }[keyof T & string]
      : never;

/** Values fixed by pointer, for one variant (or a union of them): a pointer that variant does not have does not compile. */
export type FixedFields<V extends VariantLabel> = { readonly [Pointer in PointerOf<DipPayloads[V]>]?: unknown };

/** Fixed values with no variant to check them against: the pointers are not checked. */
export type UncheckedFixedFields = Readonly<Record<string, unknown>>;

/** The variants `interfaceID` and `eventCode` name, when both are literal; never otherwise. */
type NamedVariant<I extends string, E extends string> = string extends I ? never : string extends E ? never : Extract<`${I} ${E}`, VariantLabel>;

/**
 * The `fixed` a caller may give for a message of `interfaceID` and `eventCode`: checked when both
 * are literal and name a variant, unchecked when either is only known as a string at compile time.
 */
export type FixedFieldsOf<I extends string, E extends string> = [NamedVariant<I, E>] extends [never] ? UncheckedFixedFields : FixedFields<NamedVariant<I, E>>;

/** A message described as data, for a builder to build later: a publication, a reply. */
export interface MessageDescription<I extends string = string, E extends string = string> {
  readonly interfaceID: I;
  readonly eventCode: E;
  readonly fixed: UncheckedFixedFields;
}

/**
 * `describeMessage('IF-002', '[GainMPANInfo]', { '/CustomBlock/B013': … })`: the description of a
 * message whose fixed pointers were checked against its variant where it was written, for code
 * that hands descriptions around (the SMRS's publications) and builds them elsewhere.
 */
export function describeMessage<I extends string, E extends string>(interfaceID: I, eventCode: E, fixed: FixedFieldsOf<I, E>): MessageDescription<I, E> {
  return { interfaceID, eventCode, fixed };
}
