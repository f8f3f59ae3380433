// The reference participant's configuration: read from YAML (config.example.yaml explains
// every key), checked here once so the rest of the code can trust it, with a few environment
// overrides so a parent process can point one config file at a DIP emulator on a random port.
// Secrets never sit in the file: `apiKeyEnv` names the environment variable holding the key.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { FAULT_NAMES, type FaultName, isFaultName } from './faults.ts';

export interface Identity {
  readonly dipId: string;
  readonly mpid: string;
  readonly role: string;
  /** The DIP issues API keys per DIP ID: this identity's key variable, else the top-level apiKeyEnv. */
  readonly apiKeyEnv?: string | undefined;
}

export interface ServiceProviderChoice {
  readonly dipId: string;
  readonly mpid: string;
}

/**
 * The Meter Data Retrievers the Smart Data Service works with (PROCESS-TABLES CDS-02): every
 * appointment it accepts names one of them in IF-034 B018.
 */
export interface MeterDataRetrievers {
  /** The Smart Data Service is its own MDR: it names its own DIP ID and MPID. */
  readonly ownMdr: boolean;
  /** Other MDRs it supports, the first named when the Supplier nominates none. */
  readonly mdrs: readonly ServiceProviderChoice[];
}

export interface DataServiceChoice extends ServiceProviderChoice {
  /** B071 supplierProposedConsentGranularity (DI-838). */
  readonly consentGranularity: 'H' | 'D' | 'M' | 'N' | 'x';
  /** B071 supplierProposedDomesticIndicator: IF-002 carries no domestic premise indicator. */
  readonly domesticIndicator: boolean;
  /** B071 traditionalFallBackReadFrequency (DI-126), null when not traditional. */
  readonly fallBackReadFrequency: 'W' | 'F' | 'M' | 'Q' | 'S' | 'A' | 'x' | null;
}

/**
 * Where the Data Service sends settlement data (IF-021): the Market-wide Data Service and the
 * Load Shaping Service. Absent: it sends none (the settlement-data hook answers 409).
 */
export interface SettlementConfig {
  readonly marketWideDataServiceDipId: string;
  readonly loadShapingServiceDipId: string;
  /** The day's consumption estimates are scaled to when no period of the day was read, kWh. */
  readonly defaultDailyKwh: number;
}

export const MARKET_SEGMENTS = ['S', 'A'] as const;
export type ServedSegment = (typeof MARKET_SEGMENTS)[number];

export const GSP_GROUPS = ['_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M', '_N', '_P'] as const;

export const ENVIRONMENT_TAGS = ['PRD', 'SITB', 'SIT', 'UIT', 'DEV'] as const;
export type EnvironmentTag = (typeof ENVIRONMENT_TAGS)[number];

/** HTTPS for the webhook (requiring the DIP's client certificate) and a client certificate for calls to the DIP. PEM file paths. */
export interface TlsConfig {
  readonly certFile: string;
  readonly keyFile: string;
  readonly clientCertFile: string;
  readonly clientKeyFile: string;
  /** Authorities trusted for the DIP's server and client certificates. */
  readonly caFile: string;
}

/** DIP message signatures (DIP-REFERENCE §2.2): signing what it sends, checking what it receives. */
export interface SigningConfig {
  readonly certFile: string;
  readonly keyFile: string;
  /** Authorities trusted for the DIP's signing certificate. */
  readonly trustedCaFile: string;
  readonly profile: SigningProfileName;
  readonly maxSkewMillis: number;
  /** The webhook's URL as the DIP calls it (behind a proxy it differs from the listening URL). */
  readonly publicUrl: string | undefined;
}

export const SIGNING_PROFILE_NAMES = ['full-url-lowercase', 'path-only'] as const;
export type SigningProfileName = (typeof SIGNING_PROFILE_NAMES)[number];

export interface ReferenceParticipantConfig {
  readonly dipBaseUrl: string;
  /** Name of the environment variable whose value is sent as X-API-Key (unless the sending identity names its own); undefined sends none. */
  readonly apiKeyEnv: string | undefined;
  readonly listen: { readonly host: string; readonly port: number };
  readonly environmentTag: EnvironmentTag;
  readonly stateDir: string;
  readonly supplier: Identity;
  readonly meteringService: Identity;
  readonly advancedMeteringService: Identity | undefined;
  /** Smart Data Service (role SDS, market segment S); undefined: the participant plays none. */
  readonly dataService: Identity | undefined;
  /** Advanced Data Service (role ADS, market segment A); undefined: the participant plays none. */
  readonly advancedDataService: Identity | undefined;
  /** The MDRs the Smart Data Service names in its acceptances (B018). */
  readonly meterDataRetrievers: MeterDataRetrievers;
  /** Where the Data Services send settlement data; undefined: they send none. */
  readonly settlement: SettlementConfig | undefined;
  /**
   * What the Metering and Data Services accept in IF-033: segments (B026), GSP groups (M0) and,
   * for the Metering Service, meter types (B905List).
   */
  readonly serves: { readonly segments: readonly ServedSegment[]; readonly gspGroups: readonly string[]; readonly meterTypes: readonly string[] | undefined };
  readonly appointMeteringService: ServiceProviderChoice;
  /** Proposed instead of appointMeteringService when IF-002 says segment A; defaults to it. */
  readonly appointAdvancedMeteringService: ServiceProviderChoice;
  readonly appointDataService: DataServiceChoice;
  /** The Registration Service (SMRS) DIP ID the Metering Service reports site works to. */
  readonly registrationServiceDipId: string;
  /** MPANs each role already serves at start (e.g. to play the incumbent MS or DS). */
  readonly portfolio: { readonly supplier: readonly string[]; readonly meteringService: readonly string[]; readonly dataService: readonly string[] };
  readonly faults: readonly FaultName[];
  /** lateMillis: how long late-if031, late-ds-appointment-answer and late-status-messages hold back; lateRepeatMillis: how long late-repeat-action waits before acting on a repeat again. */
  readonly faultOptions: { readonly lateMillis: number; readonly lateRepeatMillis: number };
  /**
   * How a conformant participant may take its time: answers to the DIP's pushes held
   * `answerHoldMillis` (processing starts at once, so follow-ups may leave before the answer),
   * and a received interface acted on only `actOnAfterMillis[interfaceID]` after it arrived.
   */
  readonly behaviour: { readonly answerHoldMillis: number; readonly actOnAfterMillis: Readonly<Record<string, number>> };
  readonly delivery: {
    readonly initialBackoffMillis: number;
    readonly maxBackoffMillis: number;
    readonly requestTimeoutMillis: number;
  };
  readonly spec: { readonly version: string | undefined; readonly dir: string | undefined };
  /** Added to the wall clock: lets a suite run the participant at a market time of its choosing. */
  readonly clockOffsetMillis: number;
  /** fsync each journal line (survives power loss, not just a killed process). */
  readonly fsync: boolean;
  /** Absent: plain HTTP (a development set-up; the DIP itself always uses mTLS). */
  readonly tls: TlsConfig | undefined;
  /** Absent: messages are neither signed nor checked. */
  readonly signing: SigningConfig | undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Raw = Record<string, unknown>;

function object(value: unknown, where: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${where} must be a mapping`);
  return value as Raw;
}

function optionalObject(value: unknown, where: string): Raw {
  return value === undefined || value === null ? {} : object(value, where);
}

function string(value: unknown, where: string, fallback?: string): string {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || value === '') throw new ConfigError(`${where} must be a non-empty string`);
  return value;
}

function number(value: unknown, where: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ConfigError(`${where} must be a number ≥ 0`);
  return value;
}

/** `behaviour.actOnAfterMillis`: milliseconds by received interface ID, e.g. `{ IF-033: 1500 }`. */
function actOnAfter(value: unknown): Record<string, number> {
  const raw = optionalObject(value, 'behaviour.actOnAfterMillis');
  return Object.fromEntries(
    Object.entries(raw).map(([interfaceID, millis]) => {
      if (!/^IF-\d{3}$/.test(interfaceID)) throw new ConfigError(`behaviour.actOnAfterMillis: '${interfaceID}' is not an interface ID such as IF-033`);
      return [interfaceID, number(millis, `behaviour.actOnAfterMillis.${interfaceID}`, 0)];
    }),
  );
}

/** The clock offset may be negative: a market time in the past. */
function offset(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ConfigError('clockOffsetMillis must be a number of milliseconds');
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new ConfigError(`${where} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** A DIP ID is 10 characters; YAML turns an unquoted 1000000001 into a number, which is fine only without leading zeros. */
function dipId(value: unknown, where: string): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !/^[0-9a-fA-F]{10}$/.test(text)) {
    throw new ConfigError(`${where} must be a 10-character DIP ID (hex digits, as the sender unique reference requires); quote it in YAML`);
  }
  return text;
}

function mpid(value: unknown, where: string): string {
  if (typeof value !== 'string' || !/^[A-Z]{4}$/.test(value)) throw new ConfigError(`${where} must be an MPID of four capital letters`);
  return value;
}

function identity(value: unknown, where: string, role: string): Identity {
  const raw = object(value, where);
  const written = string(raw.role, `${where}.role`, role);
  if (written !== role) throw new ConfigError(`${where}.role must be ${role}`);
  const apiKeyEnv = raw.apiKeyEnv === undefined ? undefined : string(raw.apiKeyEnv, `${where}.apiKeyEnv`);
  return { dipId: dipId(raw.dipId, `${where}.dipId`), mpid: mpid(raw.mpid, `${where}.mpid`), role, ...(apiKeyEnv ? { apiKeyEnv } : {}) };
}

function choice(value: unknown, where: string): ServiceProviderChoice {
  const raw = object(value, where);
  return { dipId: dipId(raw.dipId, `${where}.dipId`), mpid: mpid(raw.mpid, `${where}.mpid`) };
}

function flag(value: unknown, where: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw new ConfigError(`${where} must be true or false`);
  return value;
}

function meterDataRetrievers(value: unknown): MeterDataRetrievers {
  const raw = optionalObject(value, 'meterDataRetrievers');
  if (raw.mdrs !== undefined && raw.mdrs !== null && !Array.isArray(raw.mdrs)) throw new ConfigError('meterDataRetrievers.mdrs must be a list of {dipId, mpid}');
  const mdrs = ((raw.mdrs as unknown[] | undefined | null) ?? []).map((mdr, index) => choice(mdr, `meterDataRetrievers.mdrs[${index}]`));
  mdrs.forEach((mdr, index) => {
    const first = mdrs.findIndex((other) => other.dipId === mdr.dipId);
    if (first !== index) throw new ConfigError(`meterDataRetrievers.mdrs[${index}].dipId ${mdr.dipId} repeats meterDataRetrievers.mdrs[${first}]; list each MDR once`);
  });
  return { ownMdr: flag(raw.ownMdr, 'meterDataRetrievers.ownMdr', false), mdrs };
}

function settlementConfig(value: unknown): SettlementConfig | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = object(value, 'settlement');
  const defaultDailyKwh = number(raw.defaultDailyKwh, 'settlement.defaultDailyKwh', 8);
  return {
    marketWideDataServiceDipId: dipId(raw.marketWideDataServiceDipId, 'settlement.marketWideDataServiceDipId'),
    loadShapingServiceDipId: dipId(raw.loadShapingServiceDipId, 'settlement.loadShapingServiceDipId'),
    defaultDailyKwh,
  };
}

/**
 * A Data Service is told apart by the DIP ID A0 names, so neither may share one with another
 * of our roles (the Supplier and Metering Services are left as they were).
 */
function ownDataServiceDipIds(others: readonly [string, Identity | undefined][], dataServices: readonly [string, Identity | undefined][]): void {
  const seen = new Map<string, string>();
  for (const [where, identity] of others) if (identity && !seen.has(identity.dipId)) seen.set(identity.dipId, where);
  for (const [where, identity] of dataServices) {
    if (!identity) continue;
    const other = seen.get(identity.dipId);
    if (other) throw new ConfigError(`${where}.dipId ${identity.dipId} is already ${other}'s; each role needs its own DIP ID`);
    seen.set(identity.dipId, where);
  }
}

function list<T extends string>(value: unknown, allowed: readonly T[], where: string, fallback: readonly T[]): T[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value)) throw new ConfigError(`${where} must be a list`);
  return value.map((item, index) => oneOf(item, allowed, `${where}[${index}]`, undefined as unknown as T));
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item !== '')) throw new ConfigError(`${where} must be a list of names`);
  return value as string[];
}

function mpanList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && /^\d{13}$/.test(item))) {
    throw new ConfigError(`${where} must be a list of 13-digit MPAN cores (quoted)`);
  }
  return value as string[];
}

function faultList(value: unknown): FaultName[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ConfigError('faults must be a list of fault names');
  return value.map((name, index) => {
    if (typeof name !== 'string' || !isFaultName(name)) {
      throw new ConfigError(`faults[${index}] '${String(name)}' is not a fault; known: ${FAULT_NAMES.join(', ')}`);
    }
    return name;
  });
}

function tlsConfig(value: unknown, baseDir: string): TlsConfig | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = object(value, 'tls');
  const file = (key: string) => path.resolve(baseDir, string(raw[key], `tls.${key}`));
  return { certFile: file('certFile'), keyFile: file('keyFile'), clientCertFile: file('clientCertFile'), clientKeyFile: file('clientKeyFile'), caFile: file('caFile') };
}

function signingConfig(value: unknown, baseDir: string): SigningConfig | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = object(value, 'signing');
  const file = (key: string) => path.resolve(baseDir, string(raw[key], `signing.${key}`));
  return {
    certFile: file('certFile'),
    keyFile: file('keyFile'),
    trustedCaFile: file('trustedCaFile'),
    profile: oneOf(raw.profile, SIGNING_PROFILE_NAMES, 'signing.profile', 'full-url-lowercase'),
    maxSkewMillis: number(raw.maxSkewSeconds, 'signing.maxSkewSeconds', 300) * 1000,
    publicUrl: raw.publicUrl === undefined ? undefined : string(raw.publicUrl, 'signing.publicUrl').replace(/\/+$/, ''),
  };
}

/**
 * Checks a parsed config object and fills defaults. `baseDir` resolves a relative stateDir
 * (the config file's folder when read from a file).
 */
export function parseConfig(input: unknown, baseDir = process.cwd()): ReferenceParticipantConfig {
  const raw = object(input, 'config');
  if (raw.dipBaseUrl === undefined) throw new ConfigError(`dipBaseUrl is missing: the DIP's base URL, in the config or as ${CONFIG_ENV.dipBaseUrl}`);
  const dipBaseUrl = string(raw.dipBaseUrl, 'dipBaseUrl').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(dipBaseUrl)) throw new ConfigError('dipBaseUrl must be an http(s) URL, e.g. http://127.0.0.1:7001');
  const listen = optionalObject(raw.listen, 'listen');
  const serves = optionalObject(raw.serves, 'serves');
  const dataService = object(raw.appointDataService, 'appointDataService');
  const portfolio = optionalObject(raw.portfolio, 'portfolio');
  const faultOptions = optionalObject(raw.faultOptions, 'faultOptions');
  const delivery = optionalObject(raw.delivery, 'delivery');
  const behaviour = optionalObject(raw.behaviour, 'behaviour');
  const spec = optionalObject(raw.spec, 'spec');
  const appointMeteringService = choice(raw.appointMeteringService, 'appointMeteringService');
  const fallBack = dataService.fallBackReadFrequency;
  const supplier = identity(raw.supplier, 'supplier', 'SUP');
  const meteringService = identity(raw.meteringService, 'meteringService', 'MSS');
  const advancedMeteringService = raw.advancedMeteringService === undefined ? undefined : identity(raw.advancedMeteringService, 'advancedMeteringService', 'MSA');
  const smartDataService = raw.dataService === undefined || raw.dataService === null ? undefined : identity(raw.dataService, 'dataService', 'SDS');
  const advancedDataService = raw.advancedDataService === undefined || raw.advancedDataService === null ? undefined : identity(raw.advancedDataService, 'advancedDataService', 'ADS');
  ownDataServiceDipIds(
    [
      ['supplier', supplier],
      ['meteringService', meteringService],
      ['advancedMeteringService', advancedMeteringService],
    ],
    [
      ['dataService', smartDataService],
      ['advancedDataService', advancedDataService],
    ],
  );
  return {
    dipBaseUrl,
    apiKeyEnv: raw.apiKeyEnv === undefined ? undefined : string(raw.apiKeyEnv, 'apiKeyEnv'),
    listen: { host: string(listen.host, 'listen.host', '127.0.0.1'), port: number(listen.port, 'listen.port', 0) },
    environmentTag: oneOf(raw.environmentTag, ENVIRONMENT_TAGS, 'environmentTag', 'UIT'),
    stateDir: path.resolve(baseDir, string(raw.stateDir, 'stateDir')),
    supplier,
    meteringService,
    advancedMeteringService,
    dataService: smartDataService,
    advancedDataService,
    meterDataRetrievers: meterDataRetrievers(raw.meterDataRetrievers),
    settlement: settlementConfig(raw.settlement),
    serves: {
      segments: list(serves.segments, MARKET_SEGMENTS, 'serves.segments', MARKET_SEGMENTS),
      gspGroups: list(serves.gspGroups, GSP_GROUPS, 'serves.gspGroups', GSP_GROUPS),
      // Absent: every meter type is supported.
      meterTypes: serves.meterTypes === undefined ? undefined : stringList(serves.meterTypes, 'serves.meterTypes'),
    },
    appointMeteringService,
    appointAdvancedMeteringService:
      raw.appointAdvancedMeteringService === undefined
        ? appointMeteringService
        : choice(raw.appointAdvancedMeteringService, 'appointAdvancedMeteringService'),
    appointDataService: {
      ...choice(dataService, 'appointDataService'),
      consentGranularity: oneOf(dataService.consentGranularity, ['H', 'D', 'M', 'N', 'x'] as const, 'appointDataService.consentGranularity', 'H'),
      domesticIndicator:
        dataService.domesticIndicator === undefined
          ? true
          : typeof dataService.domesticIndicator === 'boolean'
            ? dataService.domesticIndicator
            : (() => {
                throw new ConfigError('appointDataService.domesticIndicator must be true or false');
              })(),
      fallBackReadFrequency:
        fallBack === undefined || fallBack === null
          ? null
          : oneOf(fallBack, ['W', 'F', 'M', 'Q', 'S', 'A', 'x'] as const, 'appointDataService.fallBackReadFrequency', 'M'),
    },
    registrationServiceDipId: raw.registrationServiceDipId === undefined ? '2000000001' : dipId(raw.registrationServiceDipId, 'registrationServiceDipId'),
    portfolio: {
      supplier: mpanList(portfolio.supplier, 'portfolio.supplier'),
      meteringService: mpanList(portfolio.meteringService, 'portfolio.meteringService'),
      dataService: mpanList(portfolio.dataService, 'portfolio.dataService'),
    },
    faults: faultList(raw.faults),
    faultOptions: {
      lateMillis: number(faultOptions.lateMillis, 'faultOptions.lateMillis', 5_000),
      lateRepeatMillis: number(faultOptions.lateRepeatMillis, 'faultOptions.lateRepeatMillis', 1_500),
    },
    behaviour: {
      answerHoldMillis: number(behaviour.answerHoldMillis, 'behaviour.answerHoldMillis', 0),
      actOnAfterMillis: actOnAfter(behaviour.actOnAfterMillis),
    },
    delivery: {
      initialBackoffMillis: number(delivery.initialBackoffMillis, 'delivery.initialBackoffMillis', 500),
      maxBackoffMillis: number(delivery.maxBackoffMillis, 'delivery.maxBackoffMillis', 60_000),
      requestTimeoutMillis: number(delivery.requestTimeoutMillis, 'delivery.requestTimeoutMillis', 10_000),
    },
    spec: {
      version: spec.version === undefined ? undefined : string(spec.version, 'spec.version'),
      dir: spec.dir === undefined ? undefined : path.resolve(baseDir, string(spec.dir, 'spec.dir')),
    },
    clockOffsetMillis: offset(raw.clockOffsetMillis),
    fsync: raw.fsync === undefined ? true : raw.fsync === true,
    tls: tlsConfig(raw.tls, baseDir),
    signing: signingConfig(raw.signing, baseDir),
  };
}

/** Environment variables a parent process may set instead of editing the file. */
export const CONFIG_ENV = {
  file: 'MHHS_RP_CONFIG',
  dipBaseUrl: 'MHHS_RP_DIP_BASE_URL',
  stateDir: 'MHHS_RP_STATE_DIR',
  port: 'MHHS_RP_PORT',
  faults: 'MHHS_RP_FAULTS',
} as const;

function withEnvOverrides(raw: Raw, env: NodeJS.ProcessEnv): Raw {
  const merged: Raw = { ...raw };
  if (env[CONFIG_ENV.dipBaseUrl]) merged.dipBaseUrl = env[CONFIG_ENV.dipBaseUrl];
  if (env[CONFIG_ENV.stateDir]) merged.stateDir = path.resolve(env[CONFIG_ENV.stateDir]!);
  if (env[CONFIG_ENV.port]) merged.listen = { ...optionalObject(raw.listen, 'listen'), port: Number(env[CONFIG_ENV.port]) };
  if (env[CONFIG_ENV.faults] !== undefined) {
    merged.faults = env[CONFIG_ENV.faults]!.split(',').map((name) => name.trim()).filter(Boolean);
  }
  return merged;
}

export function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): ReferenceParticipantConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = yaml.load(text, { filename: file });
  } catch (error) {
    throw new ConfigError(`config ${file} is not valid YAML: ${(error as Error).message}`);
  }
  return parseConfig(withEnvOverrides(object(parsed, 'config'), env), path.dirname(path.resolve(file)));
}
