// Finds where a JSON text first goes wrong. JSON.parse says so only on some Node versions
// ("at position 42" on 22+, nothing on 20 for an unexpected token), and a participant needs
// the line and column of its broken file on every version. Iterative, so depth is no danger.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters inside strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
const LITERAL = /true|false|null/y;

/** Offset of the first syntax error, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  // Each entry: what the open container expects next.
  const stack: Array<'array-first' | 'array-next' | 'object-first' | 'object-next'> = [];
  const skip = (): void => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at += 1;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const readKey = (): boolean => {
    skip();
    if (!match(STRING)) return false;
    skip();
    if (text[at] !== ':') return false;
    at += 1;
    return true;
  };
  let expectValue = true;
  for (;;) {
    skip();
    if (expectValue) {
      const char = text[at];
      if (char === '[') {
        at += 1;
        stack.push('array-first');
        skip();
        if (text[at] === ']') {
          at += 1;
          stack.pop();
          expectValue = false;
        }
        continue;
      }
      if (char === '{') {
        at += 1;
        skip();
        if (text[at] === '}') {
          at += 1;
          expectValue = false;
          continue;
        }
        stack.push('object-first');
        if (!readKey()) return at;
        continue;
      }
      if (!(match(STRING) || match(NUMBER) || match(LITERAL))) return at;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return at === text.length ? undefined : at;
    const char = text[at];
    const isArray = top.startsWith('array');
    if (char === ',') {
      at += 1;
      stack[stack.length - 1] = isArray ? 'array-next' : 'object-next';
      if (!isArray && !readKey()) return at;
      expectValue = true;
    } else if (char === (isArray ? ']' : '}')) {
      at += 1;
      stack.pop();
    } else {
      return at;
    }
  }
}
