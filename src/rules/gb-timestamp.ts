// Every date-time in a DIP message is DT-003: 25 characters, ISO 8601 with a +hh:mm offset
// (the spec's own comment: "mandating the full length … i.e. inclusion of the +hh:mm offset"),
// and a real calendar date and time. Every DT-021 date must be a real calendar date. The schema
// checks only the length.
//
// Which offset is [INFERRED], not DT-003's: DT-003 says "ISO 8601 Date/time" and names no time
// zone, and Elexon's own examples write +00:00 in summer too (Examples-unresolved.yaml,
// 2023-08-24T00:00:00+00:00). The rule asks for GB local time, the offset in force at that
// instant (+00:00 GMT, +01:00 BST), because the market's day is GB local: settlement periods
// count from 00:00 local time (DataCatalogue, Settlement Period ID: "Period 1 identifies the
// half hour period which ends at 00:30 local time") and appointments take effect at midnight
// local time (RECCo engagement day, Feb 2025; DIPScope's note on REG1032). Its findings say so.
import { dateProblem, formatGbTimestamp, isTimestampProblem, parseGbTimestamp, parseOffsetTimestamp, type TimestampProblem } from '../time/gb-time.ts';
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
    case 'offset': {
      const parsed = parseOffsetTimestamp(text);
      const same = isTimestampProblem(parsed) ? '' : `, e.g. ${formatGbTimestamp(parsed.utcMillis)} for the same instant`;
      return (
        `timestamp '${text}' carries offset ${problem.found}, but GB local time at that instant is ${problem.expected} (${problem.expected === '+01:00' ? 'BST' : 'GMT'})${same} ` +
        `[INFERRED: DT-003 asks for an offset, not which one; the suite expects GB local time]`
      );
    }
  }
}

export const gbTimestampRule: MessageRule = {
  scope: 'message',
  id: 'TIMESTAMP-GB-LOCAL',
  title: 'Date-times are real, with an offset, written in GB local time (the GB offset is inferred)',
  severity: 'fail',
  requirement: 'REQ-DIP-TIMESTAMP-FORMAT',
  source: 'DIP API DT-003 DateTime (ISO 8601, 25 characters with a +hh:mm offset, e.g. 2022-03-21T19:05:00+00:00) and DT-021 Date; the GB offset in force at the instant (+00:00 GMT, +01:00 BST) is [INFERRED] from the market\'s GB local day (DataCatalogue Settlement Period ID; appointments at midnight local time, RECCo engagement day and REG1032 note), not stated by DT-003',
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
