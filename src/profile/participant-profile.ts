// The participant profile: who is under test, how the suite reaches it, what it declares it
// can do, and how the suite asks it to start something on its own side. One YAML file;
// secrets are named (environment variable or file), never written in it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadBusinessProcesses } from '../processes/business-processes.ts';
import { DEFAULT_SIGNING_PROFILE, SIGNING_PROFILES } from '../transport/dip-signature.ts';
import { type DataServiceCapabilities, type MdrModel, mdrDeclarationProblem } from './meter-data-retrievers.ts';
import { PARTICIPANT_ROLE_CODES, roleChoices } from './participant-roles.ts';
import { profileSchemaProblems } from './profile-schema.ts';

export interface SecretReference {
  readonly env?: string;
  readonly file?: string;
}

export interface ParticipantRole {
  /** DIP role code: SUP, MSS, MSA, SDS or ADS (participant-roles.ts). */
  readonly role: string;
  readonly dipId: string;
  readonly mpid: string;
  /** The X-API-Key this DIP ID submits with. Omitted for the bundled participant: the suite makes one per run. */
  readonly apiKey?: SecretReference;
}

/**
 * How the suite secures the DIP's transport. `mtls`: HTTPS both ways with client certificates
 * and DIP message signatures on every request, as the DIP requires. `plain`: HTTP, unsigned; a
 * first try against a development endpoint only, never a certification run.
 */
export interface TransportSettings {
  readonly security: 'mtls' | 'plain';
  /** Canonicalisation profile of DIP message signatures (see src/transport/dip-signature.ts). */
  readonly signingProfile: string;
  /** External participants: the suite's own certificates, made by `mhhs-qualify certs init`. */
  readonly suitePki?: string;
  /** External participants: the CA that issued the participant's TLS and signing certificates. */
  readonly participantCa?: string;
}

export type Trigger =
  | { readonly http: { readonly url: string } }
  | { readonly command: string }
  | { readonly manual: string }
  /** A Playwright script driving the participant's own web UI (absolute path; see src/stage/playwright-trigger.ts). */
  | { readonly playwright: { readonly script: string } };

export interface ParticipantProfile {
  readonly file: string;
  readonly name: string;
  /** `bundled`: the suite starts the reference participant per worker; `external`: it already runs. */
  readonly launch: 'bundled' | 'external';
  /** Where the DIP pushes publications; for a bundled participant the URL it reports at start. */
  readonly webhookUrl?: string;
  readonly roles: readonly ParticipantRole[];
  readonly capabilities: {
    readonly segments: readonly ('S' | 'A')[];
    /**
     * Business processes the participant takes part in (ids of scenarios/business-processes.yaml):
     * a scenario tagged only with others is not applicable. Omitted in the profile: every one.
     */
    readonly processes: readonly string[];
    /** GSP groups the Metering Service or Data Service operates in; scenarios about other areas expect a rejection. */
    readonly gspGroups: readonly string[];
    /** Meter types (DI-059) the Metering Service supports; undefined: all of them. */
    readonly meterTypes: readonly string[] | undefined;
    /**
     * Optional interfaces the participant declares it sends (IF-024 advisories, IF-027 consumption
     * amendments, IF-004 Comms Hub information by bilateral agreement): their scenarios are not
     * applicable to a participant that does not.
     */
    readonly sends: readonly string[];
    /** A Smart Data Service's Meter Data Retrievers; declared with an SDS role, and only then. */
    readonly dataService?: DataServiceCapabilities;
    /** The profile wrote a `capabilities` section (a certification run requires one). */
    readonly declared: boolean;
  };
  /** MPANs the participant already serves in the test environment, by role (incumbent scenarios). */
  readonly portfolio: { readonly meteringService: readonly string[]; readonly supplier: readonly string[] };
  /** Named triggers, e.g. `css-registration`: the Supplier raised a registration with CSS. */
  readonly triggers: Readonly<Record<string, Trigger>>;
  /** Fault switches for a bundled participant (self-tests only). */
  readonly faults: readonly string[];
  /**
   * How a bundled participant takes its time, all conformant (the suite's own timing tests):
   * answers to pushes held `answerHoldMillis` real milliseconds, and received interfaces acted
   * on only `actOnAfterMinutes[interfaceID]` market minutes after they arrived.
   */
  readonly behaviour: { readonly answerHoldMillis: number; readonly actOnAfterMinutes: Readonly<Record<string, number>> };
  /** External IDs mapped onto requirements and scenarios (written by `rttm import`), absolute path. */
  readonly idMap?: string;
  /**
   * Where the DIP emulator listens: an external participant is configured with this as its DIP
   * base URL. `publicUrl`: the DIP's URL as the participant calls it when a proxy or NAT stands
   * between them (scheme, host and port); signatures are then checked over that URL.
   */
  readonly emulator: { readonly host: string; readonly port: number; readonly publicUrl?: string };
  readonly transport: TransportSettings;
}


export const ALL_GSP_GROUPS = ['_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M', '_N', '_P'];

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

type Raw = Record<string, unknown>;

function need<T>(value: T | undefined | null, where: string, what: string): T {
  if (value === undefined || value === null) throw new ProfileError(`${where} is missing: ${what}`);
  return value;
}

function text(value: unknown, where: string, pattern?: RegExp, hint?: string): string {
  const written = typeof value === 'number' ? String(value) : value;
  if (typeof written !== 'string' || written === '' || (pattern && !pattern.test(written))) {
    throw new ProfileError(`${where} must be ${hint ?? 'a non-empty string'}, found ${JSON.stringify(value)}`);
  }
  return written;
}

function secret(value: unknown, where: string): SecretReference | undefined {
  if (value === undefined) return undefined;
  const raw = value as Raw;
  if (typeof raw !== 'object' || raw === null || (typeof raw.env !== 'string' && typeof raw.file !== 'string')) {
    throw new ProfileError(`${where} must be {env: VARIABLE} or {file: path}; keys never go in the profile itself`);
  }
  return { ...(typeof raw.env === 'string' ? { env: raw.env } : {}), ...(typeof raw.file === 'string' ? { file: raw.file } : {}) };
}

function trigger(value: unknown, where: string, file: string): Trigger {
  const raw = value as Raw;
  if (raw && typeof raw === 'object') {
    if (raw.http && typeof (raw.http as Raw).url === 'string') return { http: { url: (raw.http as Raw).url as string } };
    if (typeof raw.command === 'string') return { command: raw.command };
    if (typeof raw.manual === 'string') return { manual: raw.manual };
    // A script path is read from the profile's folder, as the profile's other paths are.
    if (raw.playwright && typeof (raw.playwright as Raw).script === 'string') return { playwright: { script: path.resolve(path.dirname(file), (raw.playwright as Raw).script as string) } };
  }
  throw new ProfileError(`${where} must be one of {http: {url}}, {command}, {manual: instructions}, {playwright: {script}}`);
}

function emulatorAddress(value: unknown, file: string, launch: 'bundled' | 'external'): ParticipantProfile['emulator'] {
  const raw = (value ?? {}) as Raw;
  const port = raw.port ?? 0;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65_535) throw new ProfileError(`${file}: emulator.port must be a TCP port number`);
  if (launch === 'external' && port === 0) {
    throw new ProfileError(`${file}: emulator.port is needed for an external participant, which is configured with the DIP emulator's address as its DIP base URL`);
  }
  const publicUrl = raw.publicUrl === undefined ? undefined : publicOrigin(raw.publicUrl, `${file}: emulator.publicUrl`);
  return { host: typeof raw.host === 'string' ? raw.host : '127.0.0.1', port, ...(publicUrl ? { publicUrl } : {}) };
}

/** `emulator.publicUrl`: an http(s) origin (scheme, host, optional port), nothing after it. */
function publicOrigin(value: unknown, where: string): string {
  const written = text(value, where, /^https?:\/\//, 'the URL your systems call the DIP at, such as https://dip.test.example:8443');
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw new ProfileError(`${where} must be a URL such as https://dip.test.example:8443, found ${JSON.stringify(written)}`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) throw new ProfileError(`${where} must be scheme, host and port only (found path or query in ${JSON.stringify(written)})`);
  return written.replace(/\/+$/, '');
}

function transportSettings(value: unknown, file: string, launch: 'bundled' | 'external'): TransportSettings {
  const raw = (value ?? {}) as Raw;
  const security = text(raw.security ?? 'mtls', `${file}: transport.security`, /^(mtls|plain)$/, "'mtls' or 'plain'") as 'mtls' | 'plain';
  const signingProfile = text(raw.signingProfile ?? DEFAULT_SIGNING_PROFILE, `${file}: transport.signingProfile`, new RegExp(`^(${Object.keys(SIGNING_PROFILES).join('|')})$`), `one of ${Object.keys(SIGNING_PROFILES).join(', ')}`);
  const place = (key: 'suitePki' | 'participantCa', what: string): string | undefined => {
    if (raw[key] === undefined) {
      if (launch === 'external' && security === 'mtls') throw new ProfileError(`${file}: transport.${key} is missing: ${what}`);
      return undefined;
    }
    return path.resolve(path.dirname(file), text(raw[key], `${file}: transport.${key}`));
  };
  const suitePki = place('suitePki', "the folder of the suite's certificates (run 'mhhs-qualify certs init')");
  const participantCa = place('participantCa', "the PEM file of the authority that issued your TLS and signing certificates");
  return { security, signingProfile, ...(suitePki ? { suitePki } : {}), ...(participantCa ? { participantCa } : {}) };
}

export function parseProfile(source: string, file: string): ParticipantProfile {
  let document: Raw;
  try {
    document = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file }) as Raw;
  } catch (error) {
    throw new ProfileError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!document || typeof document !== 'object') throw new ProfileError(`${file}: expected a mapping with 'participant', 'capabilities' and 'triggers'`);
  // Unknown keys and values of the wrong kind, all at once, before the checks one key at a time.
  const problems = profileSchemaProblems(document);
  if (problems.length === 1) throw new ProfileError(`${file}: ${problems[0]}`);
  if (problems.length > 1) throw new ProfileError(`${file}: ${problems.length} problems:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  const participant = need(document.participant as Raw, `${file}: participant`, 'who is under test');
  const launch = text(participant.launch ?? 'external', `${file}: participant.launch`, /^(bundled|external)$/, "'bundled' or 'external'") as 'bundled' | 'external';
  const roles = need(participant.roles as unknown[], `${file}: participant.roles`, 'at least one DIP ID with its role').map((entry, index) => {
    const at = `${file}: participant.roles[${index}]`;
    const raw = entry as Raw;
    const apiKey = secret(raw.apiKey, `${at}.apiKey`);
    return {
      role: text(raw.role, `${at}.role`, new RegExp(`^(${PARTICIPANT_ROLE_CODES.join('|')})$`), roleChoices()),
      dipId: text(raw.dipId, `${at}.dipId`, /^[0-9a-fA-F]{10}$/, 'a 10-character DIP ID (quote it)'),
      mpid: text(raw.mpid, `${at}.mpid`, /^[A-Z]{4}$/, 'an MPID of four capital letters'),
      ...(apiKey ? { apiKey } : {}),
    };
  });
  if (launch === 'external') {
    text(participant.webhookUrl, `${file}: participant.webhookUrl`, /^https?:\/\//, 'the URL the DIP pushes publications to');
    for (const [index, role] of roles.entries()) need(role.apiKey, `${file}: participant.roles[${index}].apiKey`, 'where the API key is ({env} or {file})');
  }
  const capabilities = (document.capabilities ?? {}) as Raw;
  const dataService = dataServiceCapabilities(capabilities.dataService, roles, file);
  const triggers = Object.fromEntries(Object.entries((document.triggers ?? {}) as Raw).map(([name, value]) => [name, trigger(value, `${file}: triggers.${name}`, file)]));
  return {
    file,
    name: text(participant.name, `${file}: participant.name`),
    launch,
    ...(typeof participant.webhookUrl === 'string' ? { webhookUrl: participant.webhookUrl } : {}),
    roles,
    capabilities: {
      segments: ((capabilities.segments as string[] | undefined) ?? ['S']).map((segment) => text(segment, `${file}: capabilities.segments`, /^[SA]$/, 'S or A') as 'S' | 'A'),
      processes: ((capabilities.processes as string[] | undefined) ?? [...loadBusinessProcesses().keys()]).map((process) => text(process, `${file}: capabilities.processes`)),
      gspGroups: ((capabilities.gspGroups as string[] | undefined) ?? ALL_GSP_GROUPS).map((group) => text(group, `${file}: capabilities.gspGroups`, /^_[A-HJ-NP]$/, 'a GSP group such as _K')),
      sends: ((capabilities.sends as string[] | undefined) ?? []).map((id) => text(id, `${file}: capabilities.sends`, /^IF-\d{3}$/, 'an interface ID such as IF-024')),
      declared: document.capabilities !== undefined && document.capabilities !== null,
      meterTypes: (capabilities.meterTypes as string[] | undefined)?.map((type) => text(type, `${file}: capabilities.meterTypes`, /^[A-Z0-9_]{1,5}$/, 'a DI-059 meter type such as S2ADE')),
      ...(dataService ? { dataService } : {}),
    },
    portfolio: {
      meteringService: (((document.portfolio as Raw | undefined)?.meteringService as string[] | undefined) ?? []).map((mpan) => text(mpan, `${file}: portfolio.meteringService`, /^\d{13}$/, 'a 13-digit MPAN core (quoted)')),
      supplier: (((document.portfolio as Raw | undefined)?.supplier as string[] | undefined) ?? []).map((mpan) => text(mpan, `${file}: portfolio.supplier`, /^\d{13}$/, 'a 13-digit MPAN core (quoted)')),
    },
    triggers,
    faults: ((participant.faults as string[] | undefined) ?? []).map((fault) => text(fault, `${file}: participant.faults`)),
    behaviour: participantBehaviour(participant.behaviour, file),
    emulator: emulatorAddress(document.emulator, file, launch),
    transport: transportSettings(document.transport, file, launch),
    ...(typeof document.idMap === 'string' ? { idMap: path.resolve(path.dirname(file), document.idMap) } : {}),
  };
}

/**
 * `capabilities.dataService`: needed with an SDS role (every SDS appointment names an MDR) and
 * refused without one, where it would sit unread; the schema has checked its keys and values.
 */
function dataServiceCapabilities(value: unknown, roles: readonly ParticipantRole[], file: string): DataServiceCapabilities | undefined {
  const where = `${file}: capabilities.dataService`;
  const sds = roles.find((role) => role.role === 'SDS');
  if (value === undefined || value === null) {
    if (sds) throw new ProfileError(`${where} is missing: the SDS role ${sds.dipId} declares its MDR model and the MDRs it supports or that it is its own (mdrModel, mdrs, ownMdr)`);
    return undefined;
  }
  if (!sds) {
    const ads = roles.some((role) => role.role === 'ADS');
    throw new ProfileError(`${where} describes a Smart Data Service's MDRs, and the profile declares no SDS role${ads ? ' (an Advanced Data Service reads its meters itself and declares none)' : ''}: add the SDS role, or remove capabilities.dataService`);
  }
  const raw = value as Raw;
  const declared: DataServiceCapabilities = {
    mdrModel: raw.mdrModel as MdrModel,
    ownMdr: raw.ownMdr === true,
    mdrs: ((raw.mdrs as Raw[] | null | undefined) ?? []).map((mdr, index) => ({
      dipId: text(mdr.dipId, `${where}.mdrs[${index}].dipId`, /^[0-9a-fA-F]{10}$/, 'a 10-character DIP ID (quote it)'),
      mpid: text(mdr.mpid, `${where}.mdrs[${index}].mpid`, /^[A-Z]{4}$/, 'an MPID of four capital letters'),
    })),
  };
  const problem = mdrDeclarationProblem(declared, sds.dipId);
  if (problem) throw new ProfileError(`${where}.${problem.key} ${problem.problem}`);
  return declared;
}

/** `participant.behaviour` (bundled participant only): numbers ≥ 0, by name. */
function participantBehaviour(value: unknown, file: string): ParticipantProfile['behaviour'] {
  if (value === undefined || value === null) return { answerHoldMillis: 0, actOnAfterMinutes: {} };
  const where = `${file}: participant.behaviour`;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ProfileError(`${where} must be a mapping`);
  const { answerHoldMillis = 0, actOnAfterMinutes = {}, ...unknown } = value as Raw;
  if (Object.keys(unknown).length) throw new ProfileError(`${where}: unknown key(s) ${Object.keys(unknown).join(', ')}; known: answerHoldMillis, actOnAfterMinutes`);
  const count = (number: unknown, name: string): number => {
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) throw new ProfileError(`${where}.${name} must be a number ≥ 0, found ${JSON.stringify(number)}`);
    return number;
  };
  if (typeof actOnAfterMinutes !== 'object' || actOnAfterMinutes === null || Array.isArray(actOnAfterMinutes)) throw new ProfileError(`${where}.actOnAfterMinutes must be a mapping of interface ID to minutes`);
  const minutes = Object.entries(actOnAfterMinutes as Raw).map(([interfaceID, after]) => {
    if (!/^IF-\d{3}$/.test(interfaceID)) throw new ProfileError(`${where}.actOnAfterMinutes: '${interfaceID}' is not an interface ID such as IF-033`);
    return [interfaceID, count(after, `actOnAfterMinutes.${interfaceID}`)] as const;
  });
  return { answerHoldMillis: count(answerHoldMillis, 'answerHoldMillis'), actOnAfterMinutes: Object.fromEntries(minutes) };
}

export function loadProfile(file: string): ParticipantProfile {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ProfileError(`cannot read profile ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseProfile(source, path.resolve(file));
}

/** Reads a secret the profile names; the value never goes into logs or evidence. */
export function readSecret(reference: SecretReference, where: string): string {
  if (reference.env) {
    const value = process.env[reference.env];
    if (!value) throw new ProfileError(`${where}: environment variable ${reference.env} is not set`);
    return value;
  }
  try {
    return readFileSync(reference.file!, 'utf8').trim();
  } catch (error) {
    throw new ProfileError(`${where}: cannot read ${reference.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

export const roleOf = (profile: ParticipantProfile, role: string): ParticipantRole | undefined => profile.roles.find((entry) => entry.role === role);
