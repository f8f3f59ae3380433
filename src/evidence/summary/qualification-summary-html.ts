// The qualification summary: the short document a code body's reviewer files with a
// participant's Qualification Assessment Document. One HTML file that stands alone (inline
// style and SVG, no script, nothing fetched; its Content-Security-Policy forbids both), printed
// to A4 by summary-pdf.ts. In reading order: the cover and verdict, every requirement, the SLAs,
// what did not pass, what was set aside.
import { coverSection } from './cover-section.ts';
import { esc } from './html-text.ts';
import { notPassedSection } from './not-passed-section.ts';
import { requirementsSection } from './requirements-section.ts';
import { setAsideSection } from './set-aside-section.ts';
import { slaSection } from './sla-section.ts';
import type { SummaryInput } from './summary-input.ts';
import { summaryStyle } from './summary-style.ts';

export function qualificationSummaryHtml(input: SummaryInput): string {
  const participant = input.metadata.participant?.name ?? input.digest.participant;
  const runId = input.metadata.run?.id ?? input.summary.runId;
  const certified = input.metadata.certification === true;
  const style = summaryStyle({
    footer: `Qualification summary: ${participant}${runId ? `, run ${runId}` : ''}`,
    ...(certified ? {} : { header: input.metadata.submission ?? 'NOT FOR SUBMISSION: development run' }),
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MHHS qualification summary: ${esc(participant)}</title>
<style>${style}</style>
</head>
<body>
${coverSection(input)}
${requirementsSection(input.coverage.requirements)}
${slaSection(input.slaRecords)}
${notPassedSection(input)}
${setAsideSection(input)}
</body>
</html>
`;
}
