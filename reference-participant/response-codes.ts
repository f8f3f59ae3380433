// The codes the participant writes into StandardResponse.message and B007, as "CODE - text".
// The text comes from the spec's ResponseCodes file (where descriptions sit in YAML comments);
// the fallbacks below are the same words, used only if a spec version loses a comment.
import type { DipDefinitions } from './own/dip-definitions.ts';

const FALLBACK = {
  RCP0000: 'Message Success',
  RCP1001: 'Schema Failure',
  RCP1005: 'Schema Version Invalid or Not Compatable',
  RCP1043: 'DIP Txn ID Invalid, Unexpected or Missing',
  RCP1061: 'MPAN Invalid or Unknown',
  RCP1062: 'PUB Unexpected given MPAN Process Status/Condition',
  RCP9999: 'Message Signature Invalid',
  SP000: 'Proposed Appointment ACCEPTED',
  SP005: 'Segment Not Supported',
  SP006: 'Meter Type(s) Not Supported',
  SP007: 'Out of Operational Area',
  DS001: 'Supplier Nominated MDR Invalid/Unsupported',
  DS003: 'Trad/ Fall Back Read Freq Invalid / Missing',
} as const;

export type KnownCode = keyof typeof FALLBACK;

export type ResponseTexts = Readonly<Record<KnownCode, string>>;

/** `RCP1061 - MPAN Invalid or Unknown`, …: each known code with the spec's own description. */
export function responseTexts(definitions: DipDefinitions): ResponseTexts {
  const texts = {} as Record<KnownCode, string>;
  for (const [code, fallback] of Object.entries(FALLBACK) as [KnownCode, string][]) {
    texts[code] = `${code} - ${definitions.responseCodeText(code) || fallback}`;
  }
  return texts;
}
