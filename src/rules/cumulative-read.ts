// What a Data Service can check of a cumulative read a Metering Service shares after work on
// site (IF-041, PROCESS-TABLES §4.6 CES-05, §4.7 COM-09): that it was sent to the Data Service
// appointed to the MPAN, that it carries a read, and that the read was taken on the day of the
// work. The event code and the timing are the step's business (it knows which work was done).
import { gbDate, isTimestampProblem, parseGbTimestamp } from '../time/gb-time.ts';
import { READ_CHECKS } from '../findings/check-registry.ts';
import type { B064 } from '../spec/generated/dip-payloads.ts';
import { fieldReader, interfaceReader } from '../spec/payload-fields.ts';
import { type CaseCheck, type Finding, findingOf } from './rule.ts';

const readIF041 = interfaceReader('IF-041');
const readB064 = fieldReader<B064>();

export interface ReadExpectation {
  /** The Data Service appointed to the MPAN: the read must reach it. */
  readonly dataServiceDipId: string;
  /** Market time the work on site was done (or the read is for): the read must be taken that GB day. */
  readonly workedAt: number;
  /** What happened that day, as the finding names it; by default the work on site. */
  readonly occasion?: string;
  /** The requirement a finding cites; by default REQ-READS-SHARED. */
  readonly requirement?: string;
}

/** The read's faults, each with its JSON pointer under `at` (the payload's pointer in the body). */
export function checkCumulativeRead(payload: Record<string, unknown>, expected: ReadExpectation, at = '/0/payload'): Finding[] {
  const finding = (check: CaseCheck, pointer: string, message: string): Finding => findingOf(check, pointer, message, expected.requirement);
  const findings: Finding[] = [];
  const recipients = readIF041(payload, 'CommonBlock', 'A0', 'primaryRecipients');
  const listed = Array.isArray(recipients) ? recipients : [];
  if (!listed.includes(expected.dataServiceDipId)) {
    findings.push(finding(READ_CHECKS.readToDataService, `${at}/CommonBlock/A0/primaryRecipients`, `primary recipients ${JSON.stringify(listed)} leave out the appointed Data Service ${expected.dataServiceDipId}`));
  }
  const reads = readIF041(payload, 'CustomBlock', 'B064List');
  if (!Array.isArray(reads) || reads.length === 0) {
    findings.push(finding(READ_CHECKS.readPresent, `${at}/CustomBlock/B064List`, 'carries no cumulative register read (B064List is missing or empty)'));
    return findings;
  }
  const worksDay = gbDate(expected.workedAt);
  reads.forEach((read, index) => {
    const pointer = `${at}/CustomBlock/B064List/${index}/cumulativeRegisterReadingDateTime`;
    const text = readB064(read, 'cumulativeRegisterReadingDateTime');
    const parsed = typeof text === 'string' ? parseGbTimestamp(text) : undefined;
    if (!parsed || isTimestampProblem(parsed)) {
      findings.push(finding(READ_CHECKS.readDate, pointer, `${JSON.stringify(text)} is not a DT-003 GB timestamp`));
      return;
    }
    const readDay = gbDate(parsed.utcMillis);
    if (readDay !== worksDay) findings.push(finding(READ_CHECKS.readDate, pointer, `the read was taken on ${readDay}; ${expected.occasion ?? 'the work on site was done'} on ${worksDay}`));
  });
  return findings;
}
