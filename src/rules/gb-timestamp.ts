// Every date-time in a DIP message is DT-003: 25 characters, a real calendar date and time,
// and the GB offset in force at that instant (+00:00 in winter, +01:00 in summer). Every
// DT-021 date must be a real calendar date. The schema checks only the length.
import { dateProblem, parseGbTimestamp, type TimestampProblem } from '../time/gb-time.ts';
import { type Finding, findingOf, type MessageRule } from './rule.ts';

const LOOKS_LIKE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;
const LOOKS_LIKE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EXAMPLE = '2026-11-23T10:00:00+00:00';

function describe(text: string, problem: TimestampProblem): string {
  switch (problem.kind) {
    case 'shape':
      return `timestamp '${text}' must be 25 characters, YYYY-MM-DDThh:mm:ss with a UTC offset and no fraction or Z, e.g. ${EXAMPLE}`;
    case 'calendar':
      return `timestamp '${text}' is not a real date and time: ${problem.detail}`;
    case 'offset':
      return `timestamp '${text}' carries offset ${problem.found}, but GB local time at that instant is ${problem.expected} (${problem.expected === '+01:00' ? 'BST' : 'GMT'})`;
  }
}

export const gbTimestampRule: MessageRule = {
  scope: 'message',
  id: 'TIMESTAMP-GB-LOCAL',
  title: 'Date-times are real and written in GB local time with the right offset',
  severity: 'fail',
  requirement: 'REQ-DIP-TIMESTAMP-FORMAT',
  source: 'DIP API DT-003 DateTime (ISO 8601, 25 characters, e.g. 2022-03-21T19:05:00+00:00) and DT-021 Date',
  check(message) {
    // A plain loop: this rule looks at every string of every message the suite sees.
    const findings: Finding[] = [];
    for (const field of message.fields) {
      const text = field.value;
      if (LOOKS_LIKE_TIMESTAMP.test(text)) {
        const parsed = parseGbTimestamp(text);
        if ('kind' in parsed) findings.push(findingOf(this, field.pointer, describe(text, parsed)));
      } else if (LOOKS_LIKE_DATE.test(text) && dateProblem(text)) {
        findings.push(findingOf(this, field.pointer, `date '${text}' is not a real calendar date`));
      }
    }
    return findings;
  },
};
