// MPAN core check digit, as the domain reference gives it (../shared/domain/DIP-REFERENCE.md,
// "MPAN core"): 13 digits, the last being (Σ dᵢ × pᵢ over the first 12 digits) mod 11 mod 10,
// with pᵢ the primes 3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43. The DIP schema checks only
// the 13 digits, so the participant checks the digit itself on what it receives and takes.

const PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43] as const;

/** The check digit the first 12 digits of an MPAN core call for. */
export function mpanCheckDigit(first12: string): number {
  if (!/^\d{12}/.test(first12)) throw new Error(`an MPAN core starts with 12 digits, not ${JSON.stringify(first12.slice(0, 12))}`);
  const total = PRIMES.reduce((sum, prime, position) => sum + prime * (first12.charCodeAt(position) - 48), 0);
  return (total % 11) % 10;
}

export function isValidMpanCore(core: string): boolean {
  return /^\d{13}$/.test(core) && mpanCheckDigit(core) === core.charCodeAt(12) - 48;
}
