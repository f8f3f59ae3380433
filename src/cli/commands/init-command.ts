// `mhhs-qualify init`: writes a participant profile for your own systems. At a terminal it asks
// its questions; given any answer flag (or with no terminal, as in CI) it takes the flags
// alone. Either way every answer is checked before anything is written, the profile is read
// back with the suite's own reader before it is saved, and an existing file is kept unless
// --force is given.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseProfile, type Trigger } from '../../profile/participant-profile.ts';
import {
  addToPortfolio,
  AnswerError,
  checkDipId,
  checkEmulatorHost,
  checkEmulatorPort,
  checkGspGroups,
  checkKeySource,
  checkMdrModel,
  checkMdrs,
  checkMpans,
  checkMpid,
  checkName,
  checkPath,
  checkRoleCode,
  checkPortfolioRole,
  checkRoles,
  checkSegments,
  checkSends,
  checkTrigger,
  checkTriggerName,
  checkWebhookUrl,
  DEFAULT_MANUAL_TRIGGERS,
  DEFAULTS,
  EMPTY_PORTFOLIO,
  type InitAnswers,
  type Portfolio,
  type RoleAnswer,
  type RoleCode,
  triggersFor,
  type TriggerName,
} from '../../onboarding/init-answers.ts';
import { freeEmulatorPort } from '../../onboarding/free-port.ts';
import { askInitAnswers, type PromptStreams } from '../../onboarding/init-prompts.ts';
import { profileYaml } from '../../onboarding/profile-writer.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';

export interface InitCommandOptions {
  readonly name?: string;
  readonly role?: readonly string[];
  readonly webhookUrl?: string;
  readonly emulatorHost?: string;
  readonly emulatorPort?: string;
  readonly segments?: string;
  readonly gspGroups?: string;
  readonly sends?: string;
  /** With an SDS role: fully-separated, fully-integrated, mixed or hybrid. */
  readonly mdrModel?: string;
  /** With an SDS role: `own` and/or DIPID:MPID,… of the MDRs it supports. */
  readonly mdrs?: string;
  readonly suitePki?: string;
  readonly participantCa?: string;
  readonly trigger?: readonly string[];
  /** ROLE:MPAN,MPAN… per role, repeatable. */
  readonly portfolio?: readonly string[];
  readonly out?: string;
  readonly force?: boolean;
}

/** Commander collects a flag given more than once (--role, --trigger, --portfolio) into a list with this. */
export const repeatable = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

const ROLE_FORM = 'ROLE:DIPID:MPID:env:VARIABLE or ROLE:DIPID:MPID:file:PATH, e.g. SUP:1234567890:EXEN:env:MY_SUPPLIER_DIP_API_KEY';

/** Runs one check and, if it fails, names the flag that carried the answer. */
function fromFlag<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof AnswerError) throw new AnswerError(flag, error.problem);
    throw error;
  }
}

export function parseRoleFlag(value: string): RoleAnswer {
  const flag = `--role '${value}'`;
  const parts = value.split(':');
  if (parts.length < 5) throw new AnswerError(flag, `expected ${ROLE_FORM}`);
  const [role, dipId, mpid] = parts as [string, string, string];
  return fromFlag(flag, () => ({
    role: checkRoleCode(role),
    dipId: checkDipId(dipId),
    mpid: checkMpid(mpid),
    // A file path may itself hold colons: everything after the MPID is the key source.
    apiKey: checkKeySource(parts.slice(3).join(':')),
  }));
}

export function parseTriggerFlag(value: string): [TriggerName, Trigger] {
  const flag = `--trigger '${value}'`;
  const equals = value.indexOf('=');
  if (equals < 1) throw new AnswerError(flag, 'expected NAME=http:URL, NAME=command:CMD, NAME=playwright:SCRIPT or NAME=manual:TEXT, e.g. css-registration=http:https://hooks.example.co.uk/css');
  return fromFlag(flag, () => [checkTriggerName(value.slice(0, equals)), checkTrigger(value.slice(equals + 1), 'trigger')]);
}

/** `ROLE:MPAN,MPAN…`: the MPANs one role already serves, for the part of the portfolio it feeds. */
export function parsePortfolioFlag(value: string, roles: readonly RoleAnswer[]): [RoleCode, string[]] {
  const flag = `--portfolio '${value}'`;
  const colon = value.indexOf(':');
  if (colon < 1) throw new AnswerError(flag, 'expected ROLE:MPAN,MPAN… with ROLE SUP, MSS or MSA, e.g. SUP:1012345678903,2000000000015');
  return fromFlag(flag, () => [checkPortfolioRole(value.slice(0, colon), roles), checkMpans(value.slice(colon + 1))]);
}

const ANSWER_FLAGS: ReadonlyArray<keyof InitCommandOptions> = ['name', 'role', 'webhookUrl', 'emulatorHost', 'emulatorPort', 'segments', 'gspGroups', 'sends', 'mdrModel', 'mdrs', 'suitePki', 'participantCa', 'trigger', 'portfolio'];

const givesAnswers = (options: InitCommandOptions): boolean =>
  ANSWER_FLAGS.some((key) => {
    const value = options[key];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });

/** --mdr-model and --mdrs: needed with an SDS role (every SDS appointment names an MDR), refused without one. */
function dataServiceFromFlags(options: InitCommandOptions, roles: readonly RoleAnswer[]): InitAnswers['dataService'] {
  const sds = roles.find((role) => role.role === 'SDS');
  if (!sds) {
    const given = options.mdrModel !== undefined ? '--mdr-model' : options.mdrs !== undefined ? '--mdrs' : undefined;
    if (given) throw new AnswerError(given, "describes a Smart Data Service's Meter Data Retrievers, and no --role SDS:… is given");
    return undefined;
  }
  if (options.mdrModel === undefined) {
    throw new AnswerError('--mdr-model', `is needed with --role SDS: fully-separated, fully-integrated, mixed or hybrid, with --mdrs own or --mdrs DIPID:MPID,… (the MDRs the SDS supports), e.g. --mdr-model fully-separated --mdrs 3333333333:MDRX`);
  }
  const model = fromFlag('--mdr-model', () => checkMdrModel(options.mdrModel!));
  return fromFlag('--mdrs', () => checkMdrs(options.mdrs ?? (model === 'fully-integrated' ? 'own' : ''), model, sds));
}

/** `freePort`: the emulator's port when --emulator-port is not given, one free on this machine when init runs. */
export function answersFromFlags(options: InitCommandOptions, freePort?: number): InitAnswers {
  const missing = [
    ...(options.name === undefined ? ['--name'] : []),
    ...(options.role?.length ? [] : ['--role']),
    ...(options.webhookUrl === undefined ? ['--webhook-url'] : []),
    ...(options.participantCa === undefined ? ['--participant-ca'] : []),
  ];
  if (missing.length) {
    throw new UsageError(
      `missing ${missing.join(', ')}: given any answer flag, or with no terminal to ask at, init takes every answer from flags and needs at least --name, --role ROLE:DIPID:MPID:env:VARIABLE, --webhook-url and --participant-ca`,
    );
  }
  const given = (options.role ?? []).map(parseRoleFlag);
  const roles = fromFlag('--role', () => checkRoles(given));
  const sends = fromFlag('--sends', () => checkSends(options.sends ?? 'none', roles));
  const dataService = dataServiceFromFlags(options, roles);
  const triggers: Partial<Record<TriggerName, Trigger>> = {};
  for (const [name, trigger] of (options.trigger ?? []).map(parseTriggerFlag)) {
    if (triggers[name]) throw new AnswerError(`--trigger ${name}`, 'is given twice: give each trigger once');
    triggers[name] = trigger;
  }
  // A trigger the roles need and the flags leave out falls back to a person at the keyboard.
  for (const name of triggersFor(roles, sends)) triggers[name] ??= { manual: DEFAULT_MANUAL_TRIGGERS[name] };
  let portfolio = EMPTY_PORTFOLIO;
  for (const [role, mpans] of (options.portfolio ?? []).map((value) => parsePortfolioFlag(value, roles))) portfolio = addToPortfolio(portfolio, role, mpans);
  return {
    name: fromFlag('--name', () => checkName(options.name!)),
    roles,
    webhookUrl: fromFlag('--webhook-url', () => checkWebhookUrl(options.webhookUrl!)),
    emulator: {
      host: fromFlag('--emulator-host', () => checkEmulatorHost(options.emulatorHost ?? DEFAULTS.emulatorHost)),
      port: fromFlag('--emulator-port', () => checkEmulatorPort(options.emulatorPort ?? freePort ?? '')),
    },
    segments: fromFlag('--segments', () => checkSegments(options.segments ?? DEFAULTS.segments.join(','))),
    gspGroups: fromFlag('--gsp-groups', () => checkGspGroups(options.gspGroups ?? 'all')),
    sends,
    ...(dataService ? { dataService } : {}),
    suitePki: fromFlag('--suite-pki', () => checkPath(options.suitePki ?? DEFAULTS.suitePki, 'suite PKI folder')),
    participantCa: fromFlag('--participant-ca', () => checkPath(options.participantCa!, 'participant CA file')),
    triggers,
    portfolio,
  };
}

function processStreams(): PromptStreams | undefined {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  return { input: process.stdin, output: process.stdout, terminal: true };
}

const PORTFOLIO_WHO: Readonly<Record<keyof Portfolio, { roles: readonly RoleCode[]; what: string }>> = {
  supplier: { roles: ['SUP'], what: 'MPANs your Supplier supplies' },
  meteringService: { roles: ['MSS', 'MSA'], what: 'MPANs your Metering Service serves' },
};

/** A role with no portfolio MPANs: its incumbent scenarios will be inconclusive, so the next steps say how to add some. */
function portfolioSteps(answers: InitAnswers): string[] {
  return (['supplier', 'meteringService'] as const).flatMap((key) => {
    const roles = answers.roles.filter((role) => PORTFOLIO_WHO[key].roles.includes(role.role));
    if (roles.length === 0 || answers.portfolio[key].length > 0) return [];
    const flag = roles.map((role) => `--portfolio ${role.role}:MPAN,MPAN…`).join(' or ');
    return [`     no ${PORTFOLIO_WHO[key].what} given: the scenarios that start from one will be inconclusive; add them to portfolio.${key} (or init again with ${flag} --force)`];
  });
}

/** `offeredPort`: the port init found free and offered; the next steps say so when it was taken. */
function nextSteps(answers: InitAnswers, out: string, offeredPort: number | undefined): string[] {
  const certsDir = path.normalize(answers.suitePki) === path.normalize(DEFAULTS.suitePki) ? '' : ` --dir ${answers.suitePki}`;
  const keys = answers.roles.map((role) =>
    'env' in role.apiKey
      ? `     export ${role.apiKey.env}=…   # the API key of ${role.role} ${role.dipId}`
      : `     put the API key of ${role.role} ${role.dipId} in ${path.resolve(role.apiKey.file)} (chmod 600)`,
  );
  const { port } = answers.emulator;
  const portNote = port === offeredPort ? ` (port ${port} was free on this machine when init ran; doctor checks it still is)` : '';
  const portfolio = portfolioSteps(answers);
  return [
    'Next steps:',
    `  1. mhhs-qualify certs init${certsDir}`,
    `     makes the suite's certificates; have your systems trust ${path.join(answers.suitePki, 'ca.pem')} and use https://<this machine>:${port} as their DIP base URL${portNote}`,
    '  2. make the API keys available where the profile says:',
    ...keys,
    `  3. mhhs-qualify doctor --profile ${out}`,
    '     checks the files, certificates, keys, DIP API definitions, the portfolio and that your webhook answers over mutual TLS',
    ...portfolio,
    `  4. mhhs-qualify run --profile ${out} --time-scale 1`,
  ];
}

export async function initCommand(options: InitCommandOptions, io: ConsoleIO, prompts: PromptStreams | undefined = processStreams()): Promise<number> {
  const out = options.out ?? DEFAULTS.out;
  const file = path.resolve(out);
  // Refused before any question, so nobody answers them all to be told the file exists.
  if (existsSync(file) && !options.force) throw new UsageError(`${out} already exists: pass --force to overwrite it, or --out another file`);
  let answers: InitAnswers;
  // No fixed default port: one free on this machine now, on the address the emulator will listen on.
  let offeredPort: number | undefined;
  const freePort = async (host: string) => (offeredPort = await freeEmulatorPort(host));
  try {
    if (givesAnswers(options) || !prompts) {
      answers = answersFromFlags(options, options.emulatorPort === undefined ? await freePort(options.emulatorHost?.trim() || DEFAULTS.emulatorHost) : undefined);
    } else answers = await askInitAnswers(prompts, freePort);
  } catch (error) {
    if (error instanceof AnswerError) throw new UsageError(error.message);
    throw error;
  }
  const text = profileYaml(answers, out);
  // The suite's own reader must accept what was written; a refusal here is a bug in the writer.
  parseProfile(text, file);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${out} already exists: pass --force to overwrite it, or --out another file`);
    throw error;
  }
  const roles = answers.roles.map((role) => `${role.role} ${role.dipId} (${role.mpid})`).join(', ');
  io.out([`Wrote ${out}: ${answers.name}, ${roles}. It holds no secret: API keys are named by environment variable or file.`, '', ...nextSteps(answers, out, offeredPort)].join('\n'));
  return 0;
}
