// What `mhhs-qualify init` asks for, the defaults it offers, and the checks each answer must
// pass. The prompts and the flag form share these checks, so a typed answer and a CI flag are
// refused with the same sentence, and nothing reaches the profile that `loadProfile` would
// refuse later.
import { type DataServiceCapabilities, MDR_MODELS, type MdrModel, mdrDeclarationProblem, type MeterDataRetriever } from '../profile/meter-data-retrievers.ts';
import type { Trigger } from '../profile/participant-profile.ts';
import { isParticipantRole, PARTICIPANT_ROLES, type ParticipantRoleCode, roleChoices } from '../profile/participant-roles.ts';
import { isValidMpanCore, mpanCheckDigit } from '../rules/mpan-check-digit.ts';
import { loadRoleInterfaceTable } from '../rules/role-interface-table.ts';

export type RoleCode = ParticipantRoleCode;
export type KeySource = { readonly env: string } | { readonly file: string };

export interface RoleAnswer {
  readonly role: RoleCode;
  readonly dipId: string;
  readonly mpid: string;
  /** Where the API key is read at run time; the key itself is never asked for. */
  readonly apiKey: KeySource;
}

/** Every trigger the scenarios use, in the order of profiles/reference-participant.yaml. */
export const TRIGGER_NAMES = ['css-registration', 'site-works', 'registration-data', 'service-change', 'data-service-request', 'metering-service-request', 'direct-contract', 'settlement-data', 'mdr-change', 'consumption-replay'] as const;
export type TriggerName = (typeof TRIGGER_NAMES)[number];

export interface InitAnswers {
  readonly name: string;
  readonly roles: readonly RoleAnswer[];
  readonly webhookUrl: string;
  readonly emulator: { readonly host: string; readonly port: number };
  readonly segments: readonly ('S' | 'A')[];
  readonly gspGroups: readonly string[];
  /** Paths as the user gave them, relative to the folder init runs in. */
  readonly suitePki: string;
  readonly participantCa: string;
  /** Optional interfaces the participant declares it sends (capabilities.sends). */
  readonly sends: readonly OptionalInterface[];
  /** With an SDS role: its MDR model and MDRs (capabilities.dataService); undefined without one. */
  readonly dataService?: DataServiceCapabilities;
  readonly triggers: Readonly<Partial<Record<TriggerName, Trigger>>>;
  /** MPANs the participant already serves in the test environment: what the incumbent scenarios start from. */
  readonly portfolio: Portfolio;
}

/** The profile's portfolio: MSS and MSA share meteringService. */
export interface Portfolio {
  readonly supplier: readonly string[];
  readonly meteringService: readonly string[];
}

export const EMPTY_PORTFOLIO: Portfolio = { supplier: [], meteringService: [] };

/** Which part of the portfolio a role's MPANs go to; a Data Service has none yet. */
export const PORTFOLIO_OF: Readonly<Partial<Record<RoleCode, keyof Portfolio>>> = { SUP: 'supplier', MSS: 'meteringService', MSA: 'meteringService' };

export const ROLE_NAMES: Readonly<Record<RoleCode, string>> = PARTICIPANT_ROLES;

/**
 * The optional interfaces a participant may declare in capabilities.sends: the ones the
 * features tag `@sends:` (src/scenario/applicability.ts), whose scenarios are not applicable
 * to a profile without them.
 */
export const OPTIONAL_INTERFACES = ['IF-004', 'IF-024', 'IF-027', 'IF-038'] as const;
export type OptionalInterface = (typeof OPTIONAL_INTERFACES)[number];

export const OPTIONAL_INTERFACE_NAMES: Readonly<Record<OptionalInterface, string>> = {
  'IF-004': 'Comms Hub information, by bilateral agreement',
  'IF-024': 'advisories to the Data Service',
  'IF-027': 'consumption amendments to the Data Service',
  'IF-038': 'Customer Direct Contracts to the Registration Service',
};

/**
 * Which roles a trigger serves, and the optional interface without which its scenarios are
 * not applicable: a profile only needs the triggers of the roles it declares, and asking for a
 * trigger whose scenarios cannot run would only add a question.
 */
export const TRIGGER_ROLES: Readonly<Record<TriggerName, readonly RoleCode[]>> = {
  'css-registration': ['SUP'],
  'site-works': ['MSS', 'MSA'],
  'registration-data': ['SUP'],
  'service-change': ['SUP'],
  // Not tied to IF-024/IF-027: every Supplier is tested on the agreed Change of Supplier read (IF-041) it carries.
  'data-service-request': ['SUP'],
  'metering-service-request': ['SUP'],
  'direct-contract': ['MSS', 'MSA'],
  'settlement-data': ['SDS', 'ADS'],
  'mdr-change': ['SDS'],
  'consumption-replay': ['ADS'],
};

export const TRIGGER_NEEDS_SENDS: Readonly<Partial<Record<TriggerName, OptionalInterface>>> = {
  'metering-service-request': 'IF-004',
  'direct-contract': 'IF-038',
};

/** A person at the keyboard works for any participant, so it is the default until a hook exists. */
export const DEFAULT_MANUAL_TRIGGERS: Readonly<Record<TriggerName, string>> = {
  'css-registration': 'Raise a CSS registration for the MPAN below, from its supply start date',
  'site-works': 'Record the work below in your systems so that they report it to the SMRS',
  'registration-data': 'Record the change below in your systems so that they update the SMRS',
  'service-change': 'Change the service appointment below in your systems so that they request it from the SMRS',
  'data-service-request': "Record the request below in your systems so that they send it to the MPAN's Data Service",
  'metering-service-request': "Record the Comms Hub information below in your systems so that they share it with the MPAN's Metering Service",
  'direct-contract': 'Record the customer direct contract change below in your systems so that they report it to the SMRS',
  'settlement-data': "Load the half-hourly reads below into your Data Service as its Meter Data Retriever's for the MPAN and settlement day, so that it sends the day to settlement",
  'mdr-change': 'Change the Meter Data Retriever of the MPAN below in your Smart Data Service, from the date below, so that it tells the SMRS',
  'consumption-replay': 'Have your Advanced Data Service ask the DIP to replay the consumption of the Advanced MPAN below',
};

export const DEFAULTS = {
  out: 'my-profile.yaml',
  // No fixed emulator port: init offers one free on this machine when it runs (free-port.ts).
  emulatorHost: '0.0.0.0',
  segments: ['S'] as const,
  gspGroups: ['_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M', '_N', '_P'],
  suitePki: 'reports/test-pki',
};

/** An answer that cannot go into the profile; `field` is what the user must correct. */
export class AnswerError extends Error {
  override readonly name = 'AnswerError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const oneLine = (value: string, field: string): string => {
  const trimmed = value.trim();
  if (trimmed === '') throw new AnswerError(field, 'must not be empty');
  if (/[\r\n]/.test(trimmed)) throw new AnswerError(field, 'must be one line');
  return trimmed;
};

export const checkName = (value: string): string => oneLine(value, 'participant name');

export function checkRoleCode(value: string, field = 'role'): RoleCode {
  const code = value.trim().toUpperCase();
  if (isParticipantRole(code)) return code;
  throw new AnswerError(field, `'${value}' is not a role the suite tests: give ${roleChoices()}`);
}

export function checkDipId(value: string, field = 'DIP ID'): string {
  const id = value.trim();
  if (/^[0-9a-fA-F]{10}$/.test(id)) return id;
  throw new AnswerError(field, `'${value}' must be the 10-character DIP ID the DIP issued for this role, e.g. 1234567890`);
}

export function checkMpid(value: string, field = 'MPID'): string {
  const mpid = value.trim();
  if (/^[A-Z]{4}$/.test(mpid)) return mpid;
  throw new AnswerError(field, `'${value}' must be a Market Participant ID of four capital letters, e.g. EXEN`);
}

/** `env:VARIABLE` or `file:PATH`: where the key is, never the key. */
export function checkKeySource(value: string, field = 'API key source'): KeySource {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon).trim();
  const where = value.slice(colon + 1).trim();
  if (colon > 0 && kind === 'env' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(where)) return { env: where };
  if (colon > 0 && kind === 'file' && where !== '') return { file: where };
  throw new AnswerError(field, `'${value}' must be env:VARIABLE (e.g. env:MY_SUPPLIER_DIP_API_KEY) or file:PATH; the key itself never goes in the profile`);
}

export function checkRoles(roles: readonly RoleAnswer[]): readonly RoleAnswer[] {
  if (roles.length === 0) throw new AnswerError('roles', 'give at least one role with its DIP ID, MPID and API key source');
  const seen = new Set<string>();
  for (const role of roles) {
    if (seen.has(role.role)) throw new AnswerError('roles', `${role.role} is given twice: give each role once`);
    seen.add(role.role);
  }
  return roles;
}

function httpUrl(value: string, field: string): URL {
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // Falls through to the one message below.
  }
  throw new AnswerError(field, `'${value}' must be a URL starting https:// (or http://)`);
}

export function checkWebhookUrl(value: string): string {
  const url = httpUrl(value, 'webhook URL');
  if (url.protocol !== 'https:') {
    throw new AnswerError('webhook URL', `'${value}' must start https://: the DIP pushes over mutual TLS (for a first try over plain HTTP, set transport.security: plain in the written profile)`);
  }
  return value.trim();
}

export function checkEmulatorHost(value: string): string {
  const host = oneLine(value, 'emulator host');
  if (/\s|\//.test(host)) throw new AnswerError('emulator host', `'${value}' must be a host name or IP address to listen on, e.g. 0.0.0.0`);
  return host;
}

export function checkEmulatorPort(value: string | number): number {
  const port = Number(value);
  if (Number.isInteger(port) && port >= 1 && port <= 65_535) return port;
  throw new AnswerError('emulator port', `'${value}' must be a TCP port from 1 to 65535; your systems use https://<host>:<port> as their DIP base URL`);
}

const list = (value: string): string[] =>
  value
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);

export function checkSegments(value: string): ('S' | 'A')[] {
  const segments = [...new Set(list(value).map((entry) => entry.toUpperCase()))];
  const wrong = segments.filter((segment) => segment !== 'S' && segment !== 'A');
  if (segments.length === 0 || wrong.length) throw new AnswerError('segments', `'${value}' must list S (Smart) and/or A (Advanced), e.g. S,A`);
  return segments as ('S' | 'A')[];
}

/** `all` stands for every GSP group, the default for a Metering Service that works nationally. */
export function checkGspGroups(value: string): string[] {
  if (value.trim().toLowerCase() === 'all') return [...DEFAULTS.gspGroups];
  const groups = [...new Set(list(value).map((entry) => entry.toUpperCase()))];
  const wrong = groups.filter((group) => !/^_[A-HJ-NP]$/.test(group));
  const hint = 'give groups such as _A,_K (_A to _P, no _I or _O), or all';
  if (groups.length === 0) throw new AnswerError('GSP groups', `'${value}' names no GSP group: ${hint}`);
  if (wrong.length) throw new AnswerError('GSP groups', `${wrong.join(', ')} ${wrong.length > 1 ? 'are not GSP groups' : 'is not a GSP group'}: ${hint}`);
  return groups;
}

export const checkPath = (value: string, field: string): string => oneLine(value, field);

/** A 13-digit MPAN core with a valid check digit: a typo here would take the run to an MPAN no system holds. */
export function checkMpan(value: string, field = 'MPAN'): string {
  const core = value.trim();
  if (!/^\d{13}$/.test(core)) throw new AnswerError(field, `'${value}' must be a 13-digit MPAN core, e.g. 1012345678903`);
  if (!isValidMpanCore(core)) throw new AnswerError(field, `'${core}' fails its check digit: the 13th digit must be ${mpanCheckDigit(core)}, not ${core[12]}`);
  return core;
}

/** `MPAN,MPAN…` (commas or spaces), or none / nothing for an empty list; each given once. */
export function checkMpans(value: string, field = 'MPANs'): string[] {
  if (value.trim() === '' || value.trim().toLowerCase() === 'none') return [];
  return [...new Set(list(value).map((mpan) => checkMpan(mpan, field)))];
}

/** A role whose MPANs are given must be one of the roles under test: a stray list would sit unused in the profile. */
export function checkPortfolioRole(value: string, roles: readonly RoleAnswer[], field = 'portfolio role'): RoleCode {
  const code = checkRoleCode(value, field);
  if (!PORTFOLIO_OF[code]) throw new AnswerError(field, `${code} (${ROLE_NAMES[code]}) has no portfolio yet: give MPANs for ${Object.keys(PORTFOLIO_OF).join(', ')}`);
  if (roles.some((role) => role.role === code)) return code;
  throw new AnswerError(field, `${code} is not one of the roles given (${roles.map((role) => role.role).join(', ')}): give MPANs for a role under test`);
}

/** Adds a role's MPANs to the portfolio part it feeds, keeping the first of any MPAN given twice. */
export function addToPortfolio(portfolio: Portfolio, role: RoleCode, mpans: readonly string[]): Portfolio {
  const key = PORTFOLIO_OF[role];
  if (!key) return portfolio;
  return { ...portfolio, [key]: [...new Set([...portfolio[key], ...mpans])] };
}

/** `http:URL`, `command:CMD`, `playwright:SCRIPT` or `manual:TEXT`: the ways the suite can ask the participant to act. */
export function checkTrigger(value: string, field: string): Trigger {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon).trim();
  const rest = value.slice(colon + 1).trim();
  if (colon > 0 && rest !== '') {
    if (kind === 'http') {
      httpUrl(rest, field);
      return { http: { url: rest } };
    }
    if (kind === 'command') return { command: oneLine(rest, field) };
    if (kind === 'manual') return { manual: oneLine(rest, field) };
    if (kind === 'playwright') return { playwright: { script: oneLine(rest, field) } };
  }
  throw new AnswerError(field, `'${value}' must be http:URL (a test hook the suite POSTs to), command:CMD (run with the payload in $MHHS_TRIGGER_PAYLOAD), playwright:SCRIPT (a Playwright script driving your web UI) or manual:TEXT (instructions for a person)`);
}

export function checkTriggerName(value: string, field = 'trigger'): TriggerName {
  const name = value.trim();
  if ((TRIGGER_NAMES as readonly string[]).includes(name)) return name as TriggerName;
  throw new AnswerError(field, `'${value}' is not a trigger the scenarios use: give one of ${TRIGGER_NAMES.join(', ')}`);
}

/** The triggers the declared roles (and the optional interfaces they send) need, in the table's order. */
export const triggersFor = (roles: readonly RoleAnswer[], sends: readonly string[] = []): TriggerName[] =>
  TRIGGER_NAMES.filter((name) => {
    const needs = TRIGGER_NEEDS_SENDS[name];
    return TRIGGER_ROLES[name].some((code) => roles.some((role) => role.role === code)) && (needs === undefined || sends.includes(needs));
  });

/** The role codes of scenarios/role-interfaces.yaml that may send an interface; the one place that fact is written. */
const sendersOf = (id: OptionalInterface): readonly string[] => loadRoleInterfaceTable().sendersOf(id) ?? [];

/** The optional interfaces at least one of the roles may send, by the role table. */
export const sendableBy = (roles: readonly RoleAnswer[]): OptionalInterface[] => OPTIONAL_INTERFACES.filter((id) => sendersOf(id).some((code) => roles.some((role) => role.role === code)));

/**
 * `IF-024,IF-027`, or `none`: the optional interfaces the participant sends. Each must be one
 * the features treat as optional and one the role table lets a declared role send, so a
 * profile never declares a capability no scenario of its roles could test.
 */
export function checkSends(value: string, roles: readonly RoleAnswer[], field = 'interfaces you send'): OptionalInterface[] {
  if (value.trim().toLowerCase() === 'none') return [];
  const given = [...new Set(list(value).map((entry) => entry.toUpperCase()))];
  const allowed = sendableBy(roles);
  const codes = roles.map((role) => role.role).join(', ');
  const hint = `give any of ${allowed.join(', ') || '(none)'} (what ${codes} may send), or none`;
  for (const id of given) {
    if (!(OPTIONAL_INTERFACES as readonly string[]).includes(id)) {
      throw new AnswerError(field, `${id} is not an optional interface (only ${OPTIONAL_INTERFACES.join(', ')} are declared; every other one is tested on every participant of its role): ${hint}`);
    }
    if (!allowed.includes(id as OptionalInterface)) {
      throw new AnswerError(field, `${id} (${OPTIONAL_INTERFACE_NAMES[id as OptionalInterface]}) is sent by ${sendersOf(id as OptionalInterface).join(', ')} (scenarios/role-interfaces.yaml), not by ${codes}: ${hint}`);
    }
  }
  // In the table's order, whatever order they were typed in, so that the profile reads the same.
  return OPTIONAL_INTERFACES.filter((id) => given.includes(id));
}

export const checkMdrModel = (value: string, field = 'MDR model'): MdrModel => {
  const model = value.trim().toLowerCase();
  if ((MDR_MODELS as readonly string[]).includes(model)) return model as MdrModel;
  throw new AnswerError(field, `'${value}' must be one of ${MDR_MODELS.join(', ')}: the MDR models of D-023 (fully separated: Supplier, SDS and MDR are separate organisations; fully integrated: the Supplier is its own SDS and MDR; mixed: a third-party SDS, the Supplier its own MDR; hybrid: some of each)`);
};

/**
 * `own`, `DIPID:MPID,DIPID:MPID…`, or both (`own,3333333333:MDRX`): the MDRs the SDS supports,
 * `own` when it is its own MDR. Checked against the model as the profile reader checks it.
 */
export function checkMdrs(value: string, model: MdrModel, sds: RoleAnswer | undefined, field = 'MDRs'): DataServiceCapabilities {
  const entries = list(value).map((entry) => entry.trim());
  const mdrs: MeterDataRetriever[] = [];
  let ownMdr = false;
  for (const entry of entries) {
    if (entry.toLowerCase() === 'own') {
      ownMdr = true;
      continue;
    }
    const [dipId = '', mpid = '', ...rest] = entry.split(':');
    if (rest.length || !mpid) throw new AnswerError(field, `'${entry}' must be DIPID:MPID (an MDR the SDS supports, e.g. 3333333333:MDRX) or own (the SDS is its own MDR)`);
    mdrs.push({ dipId: checkDipId(dipId, field), mpid: checkMpid(mpid, field) });
  }
  const declared = { mdrModel: model, ownMdr, mdrs };
  const problem = mdrDeclarationProblem(declared, sds?.dipId);
  if (problem) throw new AnswerError(field, `'${value}': ${problem.key} ${problem.problem} (own stands for ownMdr: true)`);
  return declared;
}

/** `MY_SUPPLIER_DIP_API_KEY`-style default variable name for a role's key. */
export const defaultKeyVariable = (role: RoleCode): string => `MHHS_${role}_DIP_API_KEY`;

/** Renders a trigger back into the answer form, to offer it as a prompt's default. */
export function triggerAnswer(trigger: Trigger): string {
  if ('http' in trigger) return `http:${trigger.http.url}`;
  if ('command' in trigger) return `command:${trigger.command}`;
  if ('playwright' in trigger) return `playwright:${trigger.playwright.script}`;
  return `manual:${trigger.manual}`;
}
