// What the report groups and links a scenario by, read from its tags: the business process
// as an epic in the industry's words (`@BP001` → "BP001 Change of Supplier"), the interfaces,
// and a link per requirement ID.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

const PROCESSES_FILE = new URL('../../scenarios/business-processes.yaml', import.meta.url);

let processNames: Record<string, string> | undefined;

function processName(code: string): string {
  processNames ??= (yaml.load(readFileSync(PROCESSES_FILE, 'utf8')) as { processes: Record<string, string> }).processes;
  return processNames[code] ? `${code} ${processNames[code]}` : code;
}

export interface ReportLabels {
  readonly epics: readonly string[];
  readonly interfaces: readonly string[];
  readonly requirements: readonly string[];
}

export function reportLabelsOf(tags: readonly string[]): ReportLabels {
  const names = tags.map((tag) => tag.replace(/^@/, ''));
  return {
    epics: names.filter((name) => /^(BP\d{3}[A-C]?|DIP)$/.test(name)).map(processName),
    interfaces: names.filter((name) => /^(IF|REP)-\d{3}[A-Z]?$/.test(name)),
    requirements: names.filter((name) => name.startsWith('REQ-')),
  };
}
