// Builds the Allure 3 report (pure-JS CLI, no Java) as one self-contained HTML file a
// reviewer can open offline.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { OVERVIEW_STYLE, overviewProperties, overviewVariables, type ReportOverview } from './report-overview.ts';

export type { ReportOverview } from './report-overview.ts';

const require = createRequire(import.meta.url);

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
    `export default ${JSON.stringify({ name: reportName, output: outputDir, ...(historyFile ? { historyPath: historyFile } : {}), ...(overview ? { variables: overviewVariables(overview) } : {}), plugins: { awesome: { options: { singleFile: true, reportName, reportLanguage: 'en', groupBy: ['epic', 'feature'] } } } }, null, 2)};\n`,
  );
  // The overview's second panel comes from an environment.properties read with the results; it
  // sits in a folder of its own so the run's results (and the pack's copy of them) stay as recorded.
  const overviewDir = overview ? mkdtempSync(path.join(tmpdir(), 'mhhs-overview-')) : undefined;
  if (overviewDir) writeFileSync(path.join(overviewDir, 'environment.properties'), overviewProperties(overview!));
  // The package exports no package.json; its CLI sits one level above the entry point (dist/).
  const cli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'generate', '--config', configFile, resultsDir, ...(overviewDir ? [overviewDir] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`allure generate exited ${code}:\n${output.slice(-2000)}`))));
    });
  } finally {
    if (overviewDir) rmSync(overviewDir, { recursive: true, force: true });
  }
  const reportFile = path.join(outputDir, 'index.html');
  const html = withoutAnalytics(readFileSync(reportFile, 'utf8'));
  writeFileSync(reportFile, overview ? html.replace('</head>', `${OVERVIEW_STYLE}</head>`) : html);
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
