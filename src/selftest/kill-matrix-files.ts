// The selftest's kill matrix as files: JSON (everything, for tools), CSV (one row per fault and
// scenario that was meant to catch it or turned red: a fault × scenario matrix in long form,
// for a spreadsheet) and one self-contained HTML page (for a person). And the short result a
// run's evidence pack carries (selftest-result.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeXml } from '../evidence/sequence-diagram.ts';
import { csvCell } from '../requirements/rttm.ts';
import type { FaultOutcome, KillMatrix, ScenarioCell } from './kill-matrix.ts';
import { killRateText } from './kill-matrix.ts';
import { SELFTEST_RESULT_FILE, type SelftestResult } from './selftest-result.ts';

export interface SelftestIdentity {
  readonly suite: { readonly version: string; readonly commit: string };
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly seconds: number;
  readonly settings: { readonly scope: 'all' | 'expected'; readonly seed: number; readonly timeScale: number; readonly parallel: number; readonly faults: 'catalogue' | readonly string[] };
}


/** Why each cell is in the matrix, in the words of the CSV's `outcome` column. */
const OUTCOMES: ReadonlyArray<[keyof FaultOutcome & ('caughtBy' | 'failedOtherwise' | 'notFailVerdict' | 'stayedGreen' | 'alsoCaughtBy' | 'collateral' | 'unexpectedRed'), string]> = [
  ['caughtBy', 'caught'],
  ['alsoCaughtBy', 'also caught'],
  ['failedOtherwise', 'failed without the finding'],
  ['notFailVerdict', 'not a fail verdict'],
  ['stayedGreen', 'stayed green'],
  ['collateral', 'collateral red'],
  ['unexpectedRed', 'unexpected red'],
];

export function killMatrixCsv(matrix: KillMatrix): string {
  const rows = [['fault', 'class', 'fault caught', 'scenario location', 'scenario', 'meant to catch it', 'outcome', 'verdict', 'cause']];
  for (const fault of matrix.faults) {
    if (fault.runProblem) rows.push([fault.switch, fault.class, 'no', '', '', '', 'run problem', '', fault.runProblem]);
    for (const [key, outcome] of OUTCOMES) {
      for (const cell of fault[key]) {
        const meant = key === 'alsoCaughtBy' || key === 'collateral' || key === 'unexpectedRed' ? 'no' : 'yes';
        rows.push([fault.switch, fault.class, fault.caught ? 'yes' : 'no', cell.location, cell.name, meant, outcome, cell.verdict, cell.cause ?? '']);
      }
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

const html = (text: string): string => escapeXml(text);

function cellsTable(cells: readonly ScenarioCell[], outcome: string): string {
  return cells
    .map((cell) => `<tr class="${outcome.replace(/\s+/g, '-')}"><td>${html(outcome)}</td><td>${html(cell.verdict)}</td><td><code>${html(cell.location)}</code><br>${html(cell.name)}</td><td>${html(cell.cause ?? '')}</td></tr>`)
    .join('\n');
}

function faultSection(fault: FaultOutcome): string {
  const rows = OUTCOMES.map(([key, outcome]) => cellsTable(fault[key], outcome)).join('\n');
  const status = fault.caught ? 'caught' : 'NOT CAUGHT';
  return [
    `<section id="${html(fault.switch)}"><h2><span class="${fault.caught ? 'ok' : 'bad'}">${status}</span> ${html(fault.switch)} <small>(${html(fault.class)})</small></h2>`,
    `<p>${html(fault.defect)}</p>`,
    `<p>Meant to catch it: <code>${html(fault.catches)}</code> (${fault.expected} applicable of ${fault.ran} run); finding: <code>${html(fault.finding)}</code>. Re-run: <code>${html(fault.command)}</code></p>`,
    fault.runProblem ? `<p class="bad">${html(fault.runProblem)}</p>` : '',
    `<table><tr><th>outcome</th><th>verdict</th><th>scenario</th><th>cause</th></tr>\n${rows}\n</table></section>`,
  ].join('\n');
}

export function killMatrixHtml(matrix: KillMatrix, identity: SelftestIdentity): string {
  const summaryRows = matrix.faults
    .map(
      (fault) =>
        `<tr><td><a href="#${html(fault.switch)}">${html(fault.switch)}</a></td><td>${html(fault.class)}</td><td class="${fault.caught ? 'ok' : 'bad'}">${fault.caught ? 'caught' : 'NOT CAUGHT'}</td><td>${fault.caughtBy.length} of ${fault.expected}</td><td>${fault.alsoCaughtBy.length}</td><td class="${fault.unexpectedRed.length ? 'bad' : ''}">${fault.unexpectedRed.length}</td><td>${fault.collateral.length}</td><td>${fault.notFailVerdict.length}</td></tr>`,
    )
    .join('\n');
  const clean = matrix.clean;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mhhs-qualify selftest: kill matrix</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
.ok{color:#176b2c;font-weight:bold}.bad{color:#b00020;font-weight:bold}tr.unexpected-red td{background:#fde7ea}tr.caught td:first-child{color:#176b2c}code{font-size:.9em}
</style></head><body>
<h1>Kill matrix: ${html(killRateText(matrix.caught, matrix.faults.length))}</h1>
<p>mhhs-qualify ${html(identity.suite.version)} (${html(identity.suite.commit)}), ${html(identity.startedAt)} to ${html(identity.finishedAt)} (${Math.round(identity.seconds)} s);
scope: ${identity.settings.scope === 'all' ? 'every scenario under every fault' : 'only the scenarios meant to catch each fault'}; seed ${identity.settings.seed}, time scale ${identity.settings.timeScale}, ${identity.settings.parallel || 'no'} parallel workers.</p>
<p class="${matrix.ok ? 'ok' : 'bad'}">${matrix.ok ? 'Every fault caught, no unexpected red, clean run green.' : 'NOT PASSED: see the faults marked below.'}</p>
<h2>Clean run</h2>
<p class="${clean.ok ? 'ok' : 'bad'}">${clean.passed} passed, ${clean.notApplicable} not applicable, ${clean.problems.length} other of ${clean.scenarios} scenarios${clean.runProblem ? `: ${html(clean.runProblem)}` : ''}</p>
${clean.problems.length ? `<table><tr><th>outcome</th><th>verdict</th><th>scenario</th><th>cause</th></tr>${cellsTable(clean.problems, 'unexpected red')}</table>` : ''}
<h2>Checks no fault made fail</h2>
<p>Checks, SLAs, requirements and process steps the participant sends that no fault turned a scenario red on, with the finding naming the fault: checks never shown able to fail.</p>
<table><tr><th>rules</th><td>${html(matrix.unexercised.rules.join(', ') || 'none')}</td></tr><tr><th>SLAs</th><td>${html(matrix.unexercised.slas.join(', ') || 'none')}</td></tr><tr><th>requirements</th><td>${html(matrix.unexercised.requirements.join(', ') || 'none')}</td></tr><tr><th>process steps</th><td>${html(matrix.unexercised.steps.join(', ') || 'none')}</td></tr>${matrix.unexercised.cannotFail.map((check) => `<tr><th>${html(check.id)}</th><td>cannot be faulted: ${html(check.why)}</td></tr>`).join('')}</table>
<h2>Faults</h2>
<table><tr><th>fault switch</th><th>class</th><th>caught</th><th>catching scenarios that failed with the finding</th><th>also caught by</th><th>unexpected red</th><th>collateral red</th><th>not a fail verdict</th></tr>
${summaryRows}
</table>
${matrix.faults.map(faultSection).join('\n')}
</body></html>
`;
}

export function selftestResultOf(matrix: KillMatrix, identity: SelftestIdentity, catalogueSize: number): SelftestResult {
  return {
    faults: matrix.faults.length,
    caught: matrix.caught,
    unexpectedReds: matrix.unexpectedReds,
    cleanOk: matrix.clean.ok,
    complete: identity.settings.scope === 'all' && matrix.faults.length === catalogueSize,
    scope: identity.settings.scope,
    catalogueSize,
    suite: identity.suite,
    finishedAt: identity.finishedAt,
  };
}

/** Writes kill-matrix.json, .csv, .html and selftest-result.json into dir; returns their paths. */
export function writeKillMatrix(dir: string, matrix: KillMatrix, identity: SelftestIdentity, catalogueSize: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: Array<[string, string]> = [
    ['kill-matrix.json', `${JSON.stringify({ ...identity, killRate: killRateText(matrix.caught, matrix.faults.length), ...matrix }, null, 2)}\n`],
    ['kill-matrix.csv', killMatrixCsv(matrix)],
    ['kill-matrix.html', killMatrixHtml(matrix, identity)],
    [SELFTEST_RESULT_FILE, `${JSON.stringify(selftestResultOf(matrix, identity, catalogueSize), null, 2)}\n`],
  ];
  return files.map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}
