// Reads a field of a parsed message by its path of property names. Received messages are
// untrusted JSON: anything that is not an object on the way gives undefined, never a throw.

export function pick(value: unknown, ...path: string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
