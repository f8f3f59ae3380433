// Lists every scalar leaf of a payload once, with its JSON pointer, so that rules which look
// at "every timestamp" or "every MPAN" share one walk. Iterative: a hostile file nested a
// million levels deep must not overflow the stack.
import { escapePointer, type Field } from '../rules/rule.ts';

export function collectFields(root: unknown, rootPointer: string): Field[] {
  const fields: Field[] = [];
  const stack: Array<{ value: unknown; pointer: string; key: string }> = [{ value: root, pointer: rootPointer, key: '' }];
  while (stack.length > 0) {
    const { value, pointer, key } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], pointer: `${pointer}/${i}`, key });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [childKey, child] = entries[i]!;
        stack.push({ value: child, pointer: `${pointer}/${escapePointer(childKey)}`, key: childKey });
      }
    } else {
      fields.push({ pointer, key, value });
    }
  }
  return fields;
}
