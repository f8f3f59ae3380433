// Builds the Allure 3 report (pure-JS CLI, no Java) as one self-contained HTML file a
// reviewer can open offline.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export async function buildAllureReport(resultsDir: string, outputDir: string, certification = false, name?: string, historyFile?: string): Promise<string> {
  // A development run says so in the report's own title, wherever the report travels.
  const reportName = name ?? (certification ? 'mhhs-qualify certification run' : 'mhhs-qualify development run: NOT FOR SUBMISSION');
  const configFile = path.join(path.dirname(outputDir), 'allurerc.mjs');
  writeFileSync(
    configFile,
    `export default ${JSON.stringify({ name: reportName, output: outputDir, ...(historyFile ? { historyPath: historyFile } : {}), plugins: { awesome: { options: { singleFile: true, reportName, reportLanguage: 'en', groupBy: ['epic', 'feature'] } } } }, null, 2)};\n`,
  );
  // The package exports no package.json; its CLI sits one level above the entry point (dist/).
  const cli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'generate', '--config', configFile, resultsDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`allure generate exited ${code}:\n${output.slice(-2000)}`))));
  });
  const reportFile = path.join(outputDir, 'index.html');
  writeFileSync(reportFile, withoutAnalytics(readFileSync(reportFile, 'utf8')));
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
