// The MPANs an exchange is about, read once when it is recorded, so a scenario's evidence is the
// exchanges about its MPAN by what their messages say, not by a search of their text.

/** An MPAN as the DIP API writes it: 13 digits (a core: distributor, unique number, check digit). */
const MPAN = /^\d{13}$/;
/** An MPAN-shaped token in text that is not JSON. */
const MPAN_IN_TEXT = /(?<!\d)\d{13}(?!\d)/g;

/**
 * Every MPAN named in a body: the 13-digit values of fields whose name says MPAN (MPANCore,
 * principalMPAN, secondaryMPAN, listOfMPANSonSite …), in order of first appearance. Counts such
 * as totalNumberEnergisedMPANs are numbers, not MPANs, and are passed over. A body that is not
 * JSON (broken on purpose, or cut short) is read for 13-digit tokens instead: what was received
 * about an MPAN stays in that MPAN's evidence even when it cannot be parsed.
 */
export function mpansNamedIn(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [...new Set(body.match(MPAN_IN_TEXT) ?? [])];
  }
  return mpansNamed(parsed);
}

/**
 * How deep into a body MPANs are looked for. DIP messages name theirs a few levels down
 * (`/0/payload/CommonBlock/M0/MPANCore`); a body nested thousands deep, which a participant may
 * send, is walked no further than this, and without recursion, so it costs no more than its size.
 */
const MAX_DEPTH = 32;

/** Every MPAN named in a parsed message or body (see mpansNamedIn). */
export function mpansNamed(parsed: unknown): string[] {
  const found = new Set<string>();
  const pending: Array<{ value: unknown; mpanField: boolean; depth: number }> = [{ value: parsed, mpanField: false, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, mpanField, depth } = next;
    if (typeof value === 'string') {
      if (mpanField && MPAN.test(value)) found.add(value);
    } else if (depth < MAX_DEPTH && typeof value === 'object' && value !== null) {
      const children = Array.isArray(value) ? value.map((item) => [mpanField, item] as const) : Object.entries(value).map(([key, child]) => [/mpan/i.test(key), child] as const);
      // Reversed onto the stack, so MPANs come out in the order the body gives them.
      for (let index = children.length - 1; index >= 0; index -= 1) pending.push({ value: children[index]![1], mpanField: children[index]![0], depth: depth + 1 });
    }
  }
  return [...found];
}

/**
 * Whether `mpans` includes `mpan`: the first 12 digits identify an MPAN, so a message naming it
 * with a wrong check digit is still about it (the wrong digit is a finding of its own).
 */
export function namesMpan(mpans: readonly string[] | undefined, mpan: string): boolean {
  return (mpans ?? []).some((candidate) => candidate.slice(0, 12) === mpan.slice(0, 12));
}
