// Waivers: failures a code body has agreed to set aside, each with its reason, reference,
// approver and expiry. A waived failure stays a failure (shown as waived, never as passed); an
// expired waiver no longer applies; every waiver travels in the evidence pack.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { RunSummary, ScenarioSummary } from './run-summary.ts';

export interface Waiver {
  /** A scenario name or a requirement ID (REQ-…): every failing scenario tagged with it. */
  readonly id: string;
  readonly reason: string;
  readonly reference: string;
  readonly approver: string;
  /** Last day it applies (YYYY-MM-DD). */
  readonly expires: string;
}

export interface AppliedWaiver {
  readonly waiver: Waiver;
  readonly expired: boolean;
  readonly scenarios: readonly string[];
}

export function parseWaivers(source: string, file: string): Waiver[] {
  const document = yaml.load(source, { schema: yaml.CORE_SCHEMA }) as { waivers?: unknown } | undefined;
  if (!Array.isArray(document?.waivers)) throw new Error(`${file}: expected a top-level 'waivers' list`);
  return document.waivers.map((entry, index) => {
    const raw = (entry ?? {}) as Record<string, unknown>;
    const field = (key: string) => {
      if (typeof raw[key] !== 'string' || raw[key] === '') throw new Error(`${file}: waivers[${index}].${key} is required (id, reason, reference, approver, expires)`);
      return raw[key] as string;
    };
    const expires = field('expires');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) throw new Error(`${file}: waivers[${index}].expires must be a date, YYYY-MM-DD`);
    return { id: field('id'), reason: field('reason'), reference: field('reference'), approver: field('approver'), expires };
  });
}

export function loadWaivers(file: string): Waiver[] {
  return parseWaivers(readFileSync(file, 'utf8'), file);
}

const covers = (waiver: Waiver, scenario: ScenarioSummary) => waiver.id === scenario.name || scenario.tags.includes(`@${waiver.id}`);

/** Marks failing scenarios a live waiver covers; `today` is the run's GB date (YYYY-MM-DD). */
export function applyWaivers(summary: RunSummary, waivers: readonly Waiver[], today: string): { summary: RunSummary; applied: AppliedWaiver[] } {
  const applied = waivers.map((waiver) => ({
    waiver,
    expired: waiver.expires < today,
    scenarios: summary.scenarios.filter((scenario) => scenario.verdict === 'fail' && covers(waiver, scenario)).map((scenario) => scenario.name),
  }));
  const scenarios = summary.scenarios.map((scenario) => {
    const live = applied.find((entry) => !entry.expired && entry.scenarios.includes(scenario.name));
    return live ? { ...scenario, waiver: `${live.waiver.reference} (${live.waiver.approver}, until ${live.waiver.expires})` } : scenario;
  });
  return { summary: { ...summary, scenarios }, applied };
}
