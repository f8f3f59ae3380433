// An MPAN core's 13th digit is a check digit over the first 12: Σ dᵢ × wᵢ mod 11 mod 10 with
// weights 3,5,7,13,17,19,23,29,31,37,41,43. The DIP schema checks only `\d{13}`; a recipient
// rejects a bad core (RCP1061), so a participant must never send one.
import { type Finding, findingOf, type MessageRule } from './rule.ts';

const WEIGHTS = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43] as const;

export function mpanCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * WEIGHTS[i]!;
  return (sum % 11) % 10;
}

export function isValidMpanCore(core: string): boolean {
  return /^\d{13}$/.test(core) && mpanCheckDigit(core) === Number(core[12]);
}

/** Field names that carry an MPAN core (M0.MPANCore, M1.principalMPAN, B090 lists …). */
// Case-sensitive: the spec always writes MPAN in capitals, and /mpan/i would also match "coMPANy".
const MPAN_FIELD = /MPAN/;

export const mpanCheckDigitRule: MessageRule = {
  scope: 'message',
  id: 'MPAN-CHECK-DIGIT',
  title: 'MPAN cores carry a valid check digit',
  severity: 'fail',
  requirement: 'REQ-DIP-MPAN-CHECK-DIGIT',
  source: 'MPAN core check digit (MRA/REC); recipients reject an invalid MPAN with RCP1061',
  check(message) {
    const findings: Finding[] = [];
    for (const field of message.fields) {
      const core = field.value;
      if (!MPAN_FIELD.test(field.key) || !/^\d{13}$/.test(core) || isValidMpanCore(core)) continue;
      findings.push(
        findingOf(this, field.pointer, `MPAN core '${core}' fails its check digit: the 13th digit must be ${mpanCheckDigit(core)}, not ${core[12]}`),
      );
    }
    return findings;
  },
};
