// The summary's stylesheet, inline so the file stands alone (no fonts, images or scripts to
// fetch), and written for paper first: A4, margins a binder's holes miss, every page saying whose
// summary it is and which page of how many, and breaks that never split a requirement's row, a
// chart or a failed scenario across two pages.
import { cssString } from './html-text.ts';

export interface PageMarks {
  /** Bottom left of every printed page: whose summary, which run. */
  readonly footer: string;
  /** Top of every printed page of a development run, so no single page of it can pass for a submission. */
  readonly header?: string;
}

export function summaryStyle(marks: PageMarks): string {
  return `
@page {
  size: A4;
  margin: 13mm 12mm 15mm 16mm;
  @bottom-left { content: ${cssString(marks.footer)}; font: 7pt sans-serif; color: #555; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); font: 7pt sans-serif; color: #555; }
  ${marks.header ? `@top-center { content: ${cssString(marks.header)}; font: bold 8pt sans-serif; color: #a40000; }` : ''}
}
* { box-sizing: border-box; }
/* No ligatures: "fi" printed as one glyph reads back from the PDF as "ﬁ" or "f i", and a reviewer
   searching the filed PDF for "finding" or a scenario's name must find it. */
html { font: 9pt/1.35 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-variant-ligatures: none; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
@media screen { body { max-width: 190mm; margin: 1.5em auto; padding: 0 1em; } }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 0.6pt solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 1mm 0 2mm; }
a { color: #0b4f8a; text-decoration: none; }
code, .command { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; overflow-wrap: anywhere; }
.subtitle { font-size: 11pt; color: #333; margin: 0 0 3mm; }
.page-break { break-before: page; }
.submission { border: 1.2pt solid; padding: 2mm 3mm; font-weight: bold; font-size: 11pt; margin: 3mm 0; }
.submission.development { color: #a40000; border-color: #a40000; background: #fff0f0; }
.submission.certification { color: #0a5a1a; border-color: #0a5a1a; background: #effaf1; }
.banner { border: 1.5pt solid; border-radius: 2mm; padding: 3mm 4mm; margin: 3mm 0 4mm; break-inside: avoid; }
.banner.passed { border-color: #0a5a1a; background: #effaf1; }
.banner.failed { border-color: #a40000; background: #fff0f0; }
.banner.inconclusive { border-color: #8a5a00; background: #fff8e6; }
.banner .verdict { font-size: 20pt; font-weight: bold; letter-spacing: 0.04em; }
.banner.passed .verdict { color: #0a5a1a; }
.banner.failed .verdict { color: #a40000; }
.banner.inconclusive .verdict { color: #8a5a00; }
.banner .reason { margin: 0.5mm 0 2.5mm; }
.figures { display: flex; flex-wrap: wrap; gap: 1.5mm; margin: 1mm 0; }
.figure { border: 0.5pt solid #bbb; background: #fff; border-radius: 1mm; padding: 1mm 2mm; min-width: 22mm; text-align: center; }
.figure .count { display: block; font-size: 13pt; font-weight: bold; }
.figure .label { font-size: 7pt; color: #444; }
.figure.zero .count { color: #999; }
.figure.bad:not(.zero) { border-color: #a40000; }
.figure.bad:not(.zero) .count { color: #a40000; }
.figures-title { font-size: 7.5pt; color: #444; margin-top: 1.5mm; }
.records-note { font-size: 7.5pt; color: #444; margin: 1.5mm 0 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; border-bottom: 0.4pt solid #ccc; }
th { font-size: 7.5pt; color: #333; background: #eee; }
table.facts th { width: 34mm; background: none; font-size: 8pt; }
table.facts td, table.facts th { border-bottom: 0.3pt solid #ddd; }
table.requirements { font-size: 7pt; line-height: 1.22; }
table.requirements td { padding: 0.6mm 1.2mm; }
table.requirements .names { font-size: 6.6pt; }
table.requirements td.id { width: 33mm; }
table.requirements td.proof { width: 66mm; }
.req-id { font-weight: bold; overflow-wrap: anywhere; }
.source { color: #555; font-size: 6.6pt; }
.muted { color: #555; }
.state { display: inline-block; padding: 0 1.2mm; border-radius: 0.8mm; font-weight: bold; font-size: 7pt; white-space: nowrap; border: 0.5pt solid #999; }
.state-passed { background: #dff3e3; border-color: #0a5a1a; color: #0a5a1a; }
.state-failed, .state-fail, .state-error { background: #fde2e2; border-color: #a40000; color: #a40000; }
.state-waived { background: #efe6fb; border-color: #5b2a9a; color: #5b2a9a; }
.state-inconclusive { background: #fff1cc; border-color: #8a5a00; color: #8a5a00; }
.name { font-style: italic; }
/* A reference or a date broken at its hyphen reads as two; the filed copy must be searchable for it. */
.nowrap { white-space: nowrap; }
.more { color: #555; }
.finding { margin-top: 0.8mm; padding-left: 1.5mm; border-left: 1pt solid #a40000; }
.finding .rule { font-weight: bold; }
.finding .check-title { color: #555; }
.sla-grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 2mm; }
.sla { border: 0.5pt solid #bbb; border-radius: 1mm; padding: 1.5mm 2mm; break-inside: avoid; }
.sla.missed { border-color: #a40000; }
.sla h3 { margin: 0; font-size: 8.5pt; }
.sla .provisional { font-weight: normal; font-size: 6.6pt; color: #8a5a00; border: 0.4pt solid #8a5a00; border-radius: 0.8mm; padding: 0 0.8mm; }
.sla .what, .sla .counts { font-size: 7pt; margin: 0.3mm 0; line-height: 1.25; }
.sla svg { display: block; width: 100%; height: auto; }
.scenario { display: grid; grid-template-columns: 42% 58%; column-gap: 2mm; font-size: 7.5pt; line-height: 1.3; border-left: 2pt solid #a40000; border-bottom: 0.4pt solid #ddd; padding: 0.8mm 0 0.8mm 2mm; margin: 0 0 1.2mm; break-inside: avoid; }
.scenario.inconclusive { border-left-color: #8a5a00; }
.scenario.waived { border-left-color: #5b2a9a; }
.scenario .title { font-weight: bold; }
.scenario .rerun { grid-column: 1 / -1; margin-top: 0.5mm; }
.scenario .rerun .command { font-size: 6.5pt; }
.scenario .label { color: #444; }
.scenario .finding:first-child { margin-top: 0; }
.group { margin: 0 0 2.5mm; break-inside: avoid; }
.group .reason { font-weight: bold; }
ul.digest { margin: 1mm 0; padding-left: 4mm; font-size: 7.5pt; columns: 2; column-gap: 6mm; }
ul.digest li { break-inside: avoid; }
`;
}
