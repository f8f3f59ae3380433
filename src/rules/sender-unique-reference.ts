// The sender unique reference (DT-995) reads S-<interface>-<sender DIP ID>-<role>-<YYYYMMDD>-<ref>.
// Its parts must agree with the message's own header: the interface of S0 and the sender
// DIP ID and role of S1; its date must exist in the calendar.
import { readField } from '../spec/payload-fields.ts';
import { isRealDate } from '../time/gb-time.ts';
import { type BatchRule, type Finding, findingOf, type MessageRule } from './rule.ts';

const SUR_GRAMMAR = /^S-((?:IF|REP)-)?(\d{3,4})-([0-9a-fA-F]{10})-([A-Z]{3,5})-(\d{8})-([a-zA-Z0-9]+)$/;
const EXAMPLE = 'S-IF-031-1009012345-SUP-20260915-0001A';

export interface SurParts {
  readonly prefix: string | undefined;
  readonly interfaceNumber: string;
  readonly dipId: string;
  readonly role: string;
  readonly date: string;
  readonly sequence: string;
}

export function parseSenderUniqueReference(reference: string): SurParts | undefined {
  const match = SUR_GRAMMAR.exec(reference);
  if (!match) return undefined;
  const [, prefix, interfaceNumber, dipId, role, date, sequence] = match;
  return { prefix: prefix?.slice(0, -1), interfaceNumber: interfaceNumber!, dipId: dipId!, role: role!, date: date!, sequence: sequence! };
}

const SUR_POINTER = '/CommonBlock/S1/senderUniqueReference';

export const surGrammarRule: MessageRule = {
  scope: 'message',
  id: 'SUR-GRAMMAR',
  title: 'Sender unique reference follows the DIP grammar with a real date',
  severity: 'fail',
  requirement: 'REQ-DIP-SUR-FORMAT',
  source: 'DIP API DT-995 SenderUniqueReference pattern and DT-019 help text',
  check(message) {
    const reference = readField(message.payload, 'CommonBlock', 'S1', 'senderUniqueReference');
    if (typeof reference !== 'string') return [];
    const pointer = message.pointer + SUR_POINTER;
    const parts = parseSenderUniqueReference(reference);
    if (!parts) {
      return [
        findingOf(
          this,
          pointer,
          `sender unique reference '${reference}' must read S-<interface>-<10-character sender DIP ID>-<role>-<YYYYMMDD>-<letters/digits>, e.g. ${EXAMPLE}`,
        ),
      ];
    }
    const [year, month, day] = [parts.date.slice(0, 4), parts.date.slice(4, 6), parts.date.slice(6, 8)].map(Number);
    if (!isRealDate(year!, month!, day!)) {
      return [findingOf(this, pointer, `sender unique reference '${reference}' carries date ${parts.date}, which is not a calendar date (YYYYMMDD)`)];
    }
    return [];
  },
};

export const surMatchesSenderRule: MessageRule = {
  scope: 'message',
  id: 'SUR-MATCHES-SENDER',
  title: 'Sender unique reference names the message’s interface, sender DIP ID and role',
  severity: 'fail',
  requirement: 'REQ-DIP-SUR-AGREEMENT',
  source: 'DIP API DT-019 help text: S – Interface Id – Participant Id – Role Id – Date – Sequence',
  check(message) {
    const reference = readField(message.payload, 'CommonBlock', 'S1', 'senderUniqueReference');
    const parts = typeof reference === 'string' ? parseSenderUniqueReference(reference) : undefined;
    if (!parts) return [];
    const pointer = message.pointer + SUR_POINTER;
    const problems: string[] = [];
    const interfaceID = message.interfaceID;
    if (interfaceID) {
      const [family, number] = interfaceID.split('-', 2);
      // REP-002A and REP-002B share the number 002: the grammar has no room for the letter.
      const sameNumber = parts.interfaceNumber === number?.replace(/[A-Z]$/, '');
      const sameFamily = parts.prefix === undefined || parts.prefix === family;
      if (!sameNumber || !sameFamily) {
        const written = parts.prefix ? `${parts.prefix}-${parts.interfaceNumber}` : parts.interfaceNumber;
        problems.push(`names interface ${written} but S0.interfaceID is ${interfaceID}`);
      }
    }
    const senderDIPID = readField(message.payload, 'CommonBlock', 'S1', 'senderDIPID');
    if (typeof senderDIPID === 'string' && parts.dipId !== senderDIPID) {
      problems.push(`names DIP ID ${parts.dipId} but S1.senderDIPID is ${senderDIPID}`);
    }
    const senderRoleID = readField(message.payload, 'CommonBlock', 'S1', 'senderRoleID');
    if (typeof senderRoleID === 'string' && parts.role !== senderRoleID) {
      problems.push(`names role ${parts.role} but S1.senderRoleID is ${senderRoleID}`);
    }
    return problems.map((problem) => findingOf(this, pointer, `sender unique reference '${reference}' ${problem}`));
  },
};

export const surUniqueInBatchRule: BatchRule = {
  scope: 'batch',
  id: 'SUR-UNIQUE-IN-BATCH',
  title: 'No sender unique reference appears twice in one batch',
  severity: 'fail',
  requirement: 'REQ-DIP-SUR-UNIQUE',
  source: 'DIP response code MSG1006 Sender Unique Reference Duplicated',
  check(messages) {
    const firstSeen = new Map<string, number>();
    const findings: Finding[] = [];
    for (const message of messages) {
      const reference = readField(message.payload, 'CommonBlock', 'S1', 'senderUniqueReference');
      if (typeof reference !== 'string') continue;
      const earlier = firstSeen.get(reference);
      if (earlier === undefined) firstSeen.set(reference, message.index);
      else {
        findings.push(
          findingOf(
            this,
            message.pointer + SUR_POINTER,
            `sender unique reference '${reference}' was already used by message ${earlier} of this batch; the DIP rejects the batch with MSG1006`,
          ),
        );
      }
    }
    return findings;
  },
};
