// Lists every string leaf of a payload once, with its JSON pointer, so that rules which look
// at "every timestamp" or "every MPAN" share one walk. Iterative: a hostile file nested a
// million levels deep must not overflow the stack. Pointers are built per container and,
// for leaves, only when asked for: this walk runs for every message the suite sees.
import { escapePointer, type Field } from '../rules/rule.ts';

export interface MessageFields extends ReadonlyArray<Field> {
  /** A string holds a character outside the Basic Multilingual Plane (a surrogate pair). */
  readonly beyondBmp: boolean;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A string leaf whose pointer is spelled out only when a finding needs it. */
class StringLeaf implements Field {
  constructor(
    private readonly parentPointer: string,
    private readonly segment: string | number,
    readonly key: string,
    readonly value: string,
  ) {}

  get pointer(): string {
    const segment = typeof this.segment === 'number' ? String(this.segment) : escapePointer(this.segment);
    return `${this.parentPointer}/${segment}`;
  }
}

export function collectFields(root: unknown, rootPointer: string): MessageFields {
  const fields: Field[] = [];
  let beyondBmp = false;
  const containers: unknown[] = [root];
  const pointers: string[] = [rootPointer];
  // An array's items are known by the array's own name (B090List → subsidiaryMPAN lists …).
  const names: string[] = [''];
  while (containers.length > 0) {
    const container = containers.pop();
    const pointer = pointers.pop()!;
    const name = names.pop()!;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i += 1) {
        const child: unknown = container[i];
        if (typeof child === 'string') {
          fields.push(new StringLeaf(pointer, i, name, child));
          beyondBmp ||= SURROGATE.test(child);
        } else if (typeof child === 'object' && child !== null) {
          containers.push(child);
          pointers.push(`${pointer}/${i}`);
          names.push(name);
        }
      }
    } else if (typeof container === 'object' && container !== null) {
      for (const key in container) {
        const child: unknown = (container as Record<string, unknown>)[key];
        if (typeof child === 'string') {
          fields.push(new StringLeaf(pointer, key, key, child));
          beyondBmp ||= SURROGATE.test(child);
        } else if (typeof child === 'object' && child !== null) {
          containers.push(child);
          pointers.push(`${pointer}/${escapePointer(key)}`);
          names.push(key);
        }
      }
    }
  }
  return Object.assign(fields, { beyondBmp });
}
