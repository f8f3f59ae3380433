// What the report groups, links and says about a scenario, read from its tags and its feature
// file: the business process as an epic in the industry's words (`@BP001` → "BP001 Change of
// Supplier"), the interfaces, a link per requirement ID, and why a scenario that does not apply
// did not run.
import { readFileSync } from 'node:fs';
import type { GherkinDocument, Pickle } from '@cucumber/messages';
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

/**
 * Where a requirement link points: the report's own requirement panel (src/run/report-page.ts),
 * which shows the requirement's wording and every scenario of the run that carries it. The
 * report opens it from this address too, so a reviewer's note can cite it.
 */
export const requirementHref = (id: string): string => `?requirement=${encodeURIComponent(id)}`;

/** The label that carries why a scenario did not apply; the report shows it as the scenario's status message. */
export const NOT_APPLICABLE_LABEL = 'notApplicable';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The description Allure gives a scenario: its own, else its feature's (allure-cucumberjs does the same). */
export function scenarioDescription(document: GherkinDocument, pickle: Pickle): string {
  const scenarioId = pickle.astNodeIds[0];
  const children = document.feature?.children ?? [];
  const scenarios = children.flatMap((child) => [child.scenario, ...(child.rule?.children ?? []).map((ruleChild) => ruleChild.scenario)]);
  const scenario = scenarios.find((candidate) => candidate?.id === scenarioId);
  return (scenario?.description || document.feature?.description || '').trim();
}

/**
 * A not-applicable scenario's description: the reason first, then the scenario's own description.
 * HTML, because a description set while the scenario is being set up is shown only as HTML: the
 * feature's description Allure already holds as text would win over a text one.
 */
export function notApplicableDescription(reason: string, description: string): string {
  const paragraphs = description.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // Feature descriptions quote commands as Markdown code (`run --market-start 2026-10-20`).
  const html = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
  return [`<p><strong>Not applicable:</strong> ${html(reason)}.</p>`, ...paragraphs.map((paragraph) => `<p>${html(paragraph)}</p>`)].join('\n');
}
