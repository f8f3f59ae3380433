// The requirement catalogue (scenarios/requirements.yaml), read and checked once: what each
// @REQ-… tag and each rule's `requirement` refers to.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export type RequirementStatus = 'mandatory' | 'optional' | 'conditional';

export interface Requirement {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  readonly status: RequirementStatus;
  /** For a conditional requirement: the capability it depends on. */
  readonly when?: string;
  readonly roles: readonly string[];
  readonly segments: readonly ('S' | 'A')[];
  /** rules: checked on every message the participant submits; scenarios: by the tagged scenarios. */
  readonly verifiedBy: 'rules' | 'scenarios';
}

export const REQUIREMENTS_FILE = new URL('../../scenarios/requirements.yaml', import.meta.url);

const ROLES = new Set(['SUP', 'MSS', 'MSA', 'SDS', 'ADS']);

export function parseRequirementCatalogue(source: string, file: string): Map<string, Requirement> {
  const document = yaml.load(source, { schema: yaml.CORE_SCHEMA }) as { requirements?: Record<string, Record<string, unknown>> } | undefined;
  const entries = document?.requirements;
  if (!entries || typeof entries !== 'object') throw new Error(`${file}: expected a top-level 'requirements' map`);
  const catalogue = new Map<string, Requirement>();
  for (const [id, raw] of Object.entries(entries)) {
    const where = `${file}: ${id}`;
    if (!/^REQ-[A-Za-z0-9.-]+$/.test(id)) throw new Error(`${where}: an ID reads REQ- then letters, digits, dots and dashes`);
    const text = (key: string) => {
      if (typeof raw[key] !== 'string' || raw[key] === '') throw new Error(`${where}.${key} must be non-empty text`);
      return raw[key] as string;
    };
    const status = text('status');
    if (!['mandatory', 'optional', 'conditional'].includes(status)) throw new Error(`${where}.status must be mandatory, optional or conditional`);
    if (status === 'conditional' && typeof raw.when !== 'string') throw new Error(`${where}.when must name the capability a conditional requirement depends on`);
    const roles = raw.roles as string[];
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => ROLES.has(role))) throw new Error(`${where}.roles must list SUP, MSS, MSA, SDS or ADS`);
    const segments = raw.segments as ('S' | 'A')[];
    if (!Array.isArray(segments) || !segments.every((segment) => segment === 'S' || segment === 'A')) throw new Error(`${where}.segments must list S or A`);
    const verifiedBy = text('verifiedBy');
    if (verifiedBy !== 'rules' && verifiedBy !== 'scenarios') throw new Error(`${where}.verifiedBy must be rules or scenarios`);
    catalogue.set(id, {
      id,
      text: text('text'),
      source: text('source'),
      status: status as RequirementStatus,
      ...(typeof raw.when === 'string' ? { when: raw.when } : {}),
      roles,
      segments,
      verifiedBy,
    });
  }
  return catalogue;
}

let bundled: Map<string, Requirement> | undefined;

export function loadRequirementCatalogue(): Map<string, Requirement> {
  bundled ??= parseRequirementCatalogue(readFileSync(REQUIREMENTS_FILE, 'utf8'), 'scenarios/requirements.yaml');
  return bundled;
}
