// Builds the Allure 3 report (pure-JS CLI, no Java) as one self-contained HTML file a
// reviewer can open offline: from the results as the report shows them (report-results.ts),
// then with the suite's changes to the page (report-page.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NOT_APPLICABLE_LABEL } from '../evidence/report-labels.ts';
import { OVERVIEW_STYLE, overviewProperties, overviewVariables, type ReportOverview } from './report-overview.ts';
import { reportPage } from './report-page.ts';
import { resultsForReport } from './report-results.ts';

export type { ReportOverview } from './report-overview.ts';

const require = createRequire(import.meta.url);

/**
 * Labels a scenario's page does not list, nor the search index: what allure-cucumberjs adds
 * about the machine and the framework (host, thread, language, framework, package). The first
 * screen of a scenario lists its processes, feature, role, segment, interfaces and tags instead.
 * The timeline still groups scenarios by host and thread, which src/run/report-results.ts names
 * as the suite and its worker. The not-applicable reason is the scenario's status message there.
 */
const HIDDEN_LABELS = ['host', 'thread', 'language', 'framework', 'package', NOT_APPLICABLE_LABEL];

/** The Allure history (trend) file kept in `--history DIR`, the folder made if need be. */
export function allureHistoryFile(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  mkdirSync(path.resolve(dir), { recursive: true });
  return path.join(path.resolve(dir), 'allure-history.jsonl');
}

export async function buildAllureReport(resultsDir: string, outputDir: string, certification = false, name?: string, historyFile?: string, overview?: ReportOverview): Promise<string> {
  // A development run says so in the report's own title, wherever the report travels.
  const reportName = name ?? (certification ? 'mhhs-qualify certification run' : 'mhhs-qualify development run: NOT FOR SUBMISSION');
  const configFile = path.join(path.dirname(outputDir), 'allurerc.mjs');
  writeFileSync(
    configFile,
    `export default ${JSON.stringify({ name: reportName, output: outputDir, hideLabels: HIDDEN_LABELS, ...(historyFile ? { historyPath: historyFile } : {}), ...(overview ? { variables: overviewVariables(overview) } : {}), plugins: { awesome: { options: { singleFile: true, reportName, reportLanguage: 'en', groupBy: ['epic', 'feature'] } } } }, null, 2)};\n`,
  );
  // The overview's second panel comes from an environment.properties read with the results; it
  // sits in a folder of its own so the run's results (and the pack's copy of them) stay as recorded.
  const overviewDir = overview ? mkdtempSync(path.join(tmpdir(), 'mhhs-overview-')) : undefined;
  if (overviewDir) writeFileSync(path.join(overviewDir, 'environment.properties'), overviewProperties(overview!));
  // The package exports no package.json; its CLI sits one level above the entry point (dist/).
  const cli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
  const results = resultsForReport(resultsDir);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'generate', '--config', configFile, results.dir, ...(overviewDir ? [overviewDir] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`allure generate exited ${code}:\n${output.slice(-2000)}`))));
    });
  } finally {
    results.dispose();
    if (overviewDir) rmSync(overviewDir, { recursive: true, force: true });
  }
  const reportFile = path.join(outputDir, 'index.html');
  const page = reportPage(withoutAnalytics(readFileSync(reportFile, 'utf8')));
  for (const warning of page.warnings) process.stderr.write(`mhhs-qualify: the report is built, but ${warning}\n`);
  writeFileSync(reportFile, overview ? page.html.replace('</head>', `${OVERVIEW_STYLE}</head>`) : page.html);
  return reportFile;
}

/**
 * The Allure 3 "awesome" template always adds Google Analytics. Evidence a code body opens
 * offline must not call out to a third party, so the tag and its configuration script go.
 */
export function withoutAnalytics(html: string): string {
  return html
    .replace(/<script async src="https:\/\/www\.googletagmanager\.com\/gtag\/js[^"]*"><\/script>/g, '')
    .replace(/<script>\s*window\.dataLayer = window\.dataLayer \|\| \[\];[\s\S]*?<\/script>/g, '');
}
