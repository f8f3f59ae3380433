// The business processes the suite knows (scenarios/business-processes.yaml): id → name, in the
// file's order. Process tables and the `list` command name a process only by one of these ids.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export const BUSINESS_PROCESSES_FILE = new URL('../../scenarios/business-processes.yaml', import.meta.url);

let bundled: ReadonlyMap<string, string> | undefined;

export function loadBusinessProcesses(): ReadonlyMap<string, string> {
  if (!bundled) {
    const document = yaml.load(readFileSync(BUSINESS_PROCESSES_FILE, 'utf8'), { schema: yaml.CORE_SCHEMA }) as { processes?: Record<string, string> } | undefined;
    if (!document?.processes) throw new Error("scenarios/business-processes.yaml: expected a top-level 'processes' map");
    bundled = new Map(Object.entries(document.processes));
  }
  return bundled;
}
