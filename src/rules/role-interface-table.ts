// The role ↔ interface table: which DIP roles may send each interface. Loaded from
// scenarios/role-interfaces.yaml, the one place that fact is written down.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export interface InterfaceRoles {
  readonly interfaceID: string;
  readonly senders: readonly string[];
  readonly receivers: readonly string[];
  readonly source: string;
}

export interface RoleInterfaceTable {
  readonly rows: readonly InterfaceRoles[];
  /** undefined when the table has no row for the interface. */
  sendersOf(interfaceID: string): readonly string[] | undefined;
}

export const ROLE_INTERFACES_FILE = new URL('../../scenarios/role-interfaces.yaml', import.meta.url);

function asStringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`${where} must be a list of role codes`);
  }
  return value;
}

export function parseRoleInterfaceTable(text: string, file: string): RoleInterfaceTable {
  const document = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as { interfaces?: unknown } | undefined;
  const entries = document?.interfaces;
  if (typeof entries !== 'object' || entries === null) throw new Error(`${file}: expected a top-level 'interfaces' map`);
  const rows = Object.entries(entries as Record<string, Record<string, unknown>>).map(([interfaceID, row]) => ({
    interfaceID,
    senders: asStringList(row?.senders, `${file}: interfaces.${interfaceID}.senders`),
    receivers: asStringList(row?.receivers ?? [], `${file}: interfaces.${interfaceID}.receivers`),
    source: String(row?.source ?? ''),
  }));
  const byInterface = new Map(rows.map((row) => [row.interfaceID, row.senders]));
  return { rows, sendersOf: (interfaceID) => byInterface.get(interfaceID) };
}

let bundled: RoleInterfaceTable | undefined;

export function loadRoleInterfaceTable(): RoleInterfaceTable {
  bundled ??= parseRoleInterfaceTable(readFileSync(ROLE_INTERFACES_FILE, 'utf8'), 'scenarios/role-interfaces.yaml');
  return bundled;
}
