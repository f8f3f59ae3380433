// Turns the answers of `mhhs-qualify init` into a participant profile: YAML a person can read
// and edit later, with a comment on each section saying what it is for (as in
// profiles/external-participant.example.yaml). Every string is written double-quoted with JSON
// escapes, which YAML reads back unchanged, so no answer can change the document's structure.
// The first line names the profile's JSON Schema for editors.
import path from 'node:path';
import { MDR_MODEL_NAMES } from '../profile/meter-data-retrievers.ts';
import type { Trigger } from '../profile/participant-profile.ts';
import { PROFILE_SCHEMA_FILE } from '../profile/profile-schema.ts';
import {
  type InitAnswers,
  type KeySource,
  OPTIONAL_INTERFACE_NAMES,
  ROLE_NAMES,
  type RoleAnswer,
  sendableBy,
  TRIGGER_NAMES,
  TRIGGER_NEEDS_SENDS,
  TRIGGER_ROLES,
  type TriggerName,
} from './init-answers.ts';

const quote = (value: string): string => JSON.stringify(value);

/**
 * The business processes the scenarios exercise for each role (the processes `mhhs-qualify
 * list --role …` shows with a process table): the profile's capability declaration. A list,
 * not read from the features at init, so the writer stays a function of the answers;
 * test/init-command.test.ts fails when it drifts from the scenarios.
 */
const SUPPLIER_PROCESSES = ['BP001', 'BP002', 'BP003', 'BP003B', 'BP005', 'BP006', 'BP007', 'BP008', 'BP009', 'BP010', 'BP011', 'IF045-REMINDERS', 'MIGRATION', 'RELATED-MPANS', 'SUPPLIER-TO-DS'];
const DATA_SERVICE_PROCESSES = ['BP001', 'BP003', 'BP003B', 'BP005', 'BP006', 'BP007', 'BP008', 'BP009', 'BP010', 'BP011', 'IF045-REMINDERS', 'MIGRATION', 'RELATED-MPANS', 'SUPPLIER-TO-DS'];
const METERING_SERVICE_PROCESSES = ['BP001', 'BP002', 'BP006', 'BP007', 'BP008', 'BP009', 'BP010', 'BP011', 'IF045-REMINDERS', 'MIGRATION', 'RELATED-MPANS'];
export const PROCESSES_OF: Readonly<Record<RoleAnswer['role'], readonly string[]>> = {
  SUP: SUPPLIER_PROCESSES,
  MSS: METERING_SERVICE_PROCESSES,
  MSA: METERING_SERVICE_PROCESSES,
  // The Data Service's appointment offers (BP003 CDS-02), its change of MDR (BP003B 3B-02), its
  // settlement data (BP005), and the processes whose publications it receives (its DIP-channel
  // scenarios); the other roles' scenarios of those processes do not apply to it (@role:).
  SDS: DATA_SERVICE_PROCESSES,
  ADS: DATA_SERVICE_PROCESSES,
};

/** What each trigger's payload holds, as profiles/reference-participant.yaml says it. */
const TRIGGER_COMMENTS: Readonly<Record<TriggerName, readonly string[]>> = {
  'css-registration': [
    'Your Supplier has raised a registration with CSS (initial registration or switch) for an',
    'MPAN, from a supply start date. Payload (JSON): {mpan, supplyStartDate, cssRegistrationId, migrating?};',
    'migrating: true when the MPAN is not yet under MHHS, so the Supplier migrates it with the switch (MCS).',
  ],
  'site-works': [
    "Your Metering Service's engineer has done work on site the Registration Service must hear",
    'of (BP008, BP009). Payload (JSON): {mpan, distributorDipId, gspGroup, segment, work, supplierDipId,',
    'dataServiceDipId, workedAt}; work is one of the trigger events of scenarios/slas.yaml, e.g.',
    '"meter exchanged on site"; the reads taken on site (IF-041) go to dataServiceDipId, dated workedAt.',
    '"removed meter\'s history found wrong" also carries meterId, the meter whose record to correct.',
  ],
  'registration-data': [
    "Your Supplier's own registration data has changed (BP010). Payload (JSON): {mpan, distributorDipId,",
    'gspGroup, change}; change is e.g. "consent granularity changed" (see README).',
  ],
  'service-change': [
    'Your Supplier changes a service appointment without a change of supplier (BP002, BP003,',
    'BP003B, BP011). Payload (JSON): {mpan, distributorDipId, gspGroup, segment, service (MS|DS),',
    'scenario (CSP|USP|SEG|MCA), effectiveFrom (YYYY-MM-DD), provider (USP: the one appointed)}.',
  ],
  'data-service-request': [
    "Your Supplier has something for the MPAN's Data Service (IF-024 advisory, IF-027 consumption",
    'amendment, IF-041 agreed Change of Supplier read). Payload (JSON): {mpan, distributorDipId, gspGroup,',
    'dataService: {dipId, mpid}, request, supplyStartDate?}; request is e.g. "premises found vacant",',
    '"consumption amendment requested" or "change of supplier read agreed with the other Supplier"',
    "(with supplyStartDate, YYYY-MM-DD, the switch's).",
  ],
  'metering-service-request': [
    "Your Supplier has Comms Hub information to share with the MPAN's Metering Service (IF-004, by",
    'bilateral agreement). Payload (JSON): {mpan, distributorDipId, gspGroup, meteringService: {dipId, mpid},',
    'request}; request is "comms hub information to share".',
  ],
  'direct-contract': [
    "Your Metering Service's customer agreed or ended a direct contract (BP010 CRD-04). Payload (JSON):",
    '{mpan, distributorDipId, gspGroup, segment, change, effectiveTo (YYYY-MM-DD, for an agreement)};',
    'change is "customer direct contract agreed" or "customer direct contract ended".',
  ],
  'settlement-data': [
    "Your Data Service's Meter Data Retriever has read an MPAN's half-hourly consumption for a UTC",
    'settlement day (BP004/BP005). Payload (JSON): {mpan, distributorDipId, gspGroup, segment,',
    'dataServiceDipId, settlementDate (YYYY-MM-DD, a UTC day of 48 periods), connectionType,',
    'domestic, mqid, reads: [{period (1-48), kwh}]}; a period absent from reads could not be read.',
  ],
  'mdr-change': [
    'Your Smart Data Service is to have another Meter Data Retriever retrieve an MPAN it serves (BP003B):',
    'it tells the SMRS with IF-034 [SDS-MDRUpdate]. Payload (JSON): {mpan, distributorDipId, gspGroup,',
    'segment, dataServiceDipId, mdr: {dipId, mpid}, effectiveFrom (YYYY-MM-DD, at most 5 days ahead)}.',
  ],
  'consumption-replay': [
    'Your Advanced Data Service is to ask the DIP to replay an Advanced MPAN\'s consumption: it sends',
    'IF-015 [ConsumptionReplay] naming the MPAN, and takes the DIP\'s replays (IF-016). Payload (JSON):',
    '{mpan, distributorDipId, gspGroup, segment, dataServiceDipId}.',
  ],
};

/**
 * A transport path as the profile should hold it. The profile reader resolves relative paths
 * against the profile's own folder, while the user gave them relative to where init runs: a
 * relative answer is rewritten relative to the profile, so the profile and the suite's
 * certificates can move together. An absolute answer stays as given.
 */
const relativeToProfile = (given: string, profileFile: string): string =>
  path.isAbsolute(given) ? given : path.relative(path.dirname(path.resolve(profileFile)), path.resolve(given)) || '.';

/** API key files are read as written, from wherever the run starts, so they are written absolute. */
function keySource(source: KeySource): string {
  return 'env' in source ? `{ env: ${quote(source.env)} }` : `{ file: ${quote(path.resolve(source.file))} }`;
}

function triggerLines(name: TriggerName, trigger: Trigger): string[] {
  const how =
    'http' in trigger
      ? [`http: { url: ${quote(trigger.http.url)} }`]
      : 'command' in trigger
        ? [`command: ${quote(trigger.command)}   # the payload is in $MHHS_TRIGGER_PAYLOAD`]
        : 'playwright' in trigger
          ? [`playwright: { script: ${quote(trigger.playwright.script)} }   # drives your own web UI in Chromium`]
          : [`manual: ${quote(trigger.manual)}`];
  return [`  ${name}:`, ...TRIGGER_COMMENTS[name].map((line) => `    # ${line}`), ...how.map((line) => `    ${line}`)];
}

/** The declared optional interfaces, each named; none declared, the ones the roles could send as a comment to edit. */
function sendsLines(answers: InitAnswers): string[] {
  const described = (ids: readonly (keyof typeof OPTIONAL_INTERFACE_NAMES)[]) => ids.map((id) => `${id} ${OPTIONAL_INTERFACE_NAMES[id]}`).join('; ');
  const why = '  # Optional interfaces you send: their scenarios are not applicable to a profile without them.';
  if (answers.sends.length > 0) return [why, `  #   ${described(answers.sends)}`, `  sends: [${answers.sends.join(', ')}]`];
  const sendable = sendableBy(answers.roles);
  if (sendable.length === 0) return [];
  return [why, `  #   ${described(sendable)}`, `  # sends: [${sendable.join(', ')}]`];
}

/** capabilities.dataService, with an SDS role only: its MDR model and the MDRs it supports. */
function dataServiceLines(answers: InitAnswers): string[] {
  const declared = answers.dataService;
  if (!declared) return [];
  return [
    "  # Your Smart Data Service's Meter Data Retrievers (D-023): every SDS appointment names an MDR.",
    '  # mdrModel: fully-separated, fully-integrated, mixed or hybrid. ownMdr: your SDS is its own MDR.',
    '  # mdrs: the other MDRs it supports; an appointment naming another is rejected.',
    '  dataService:',
    `    mdrModel: ${declared.mdrModel}   # ${MDR_MODEL_NAMES[declared.mdrModel]}`,
    ...(declared.ownMdr ? ['    ownMdr: true'] : []),
    ...(declared.mdrs.length ? ['    mdrs:', ...declared.mdrs.map((mdr) => `      - { dipId: ${quote(mdr.dipId)}, mpid: ${quote(mdr.mpid)} }`)] : []),
  ];
}

/** A portfolio part as YAML: inline when empty, one quoted MPAN a line otherwise. */
function portfolioLines(key: string, mpans: readonly string[], comment: string): string[] {
  if (mpans.length === 0) return [`  ${`${key}: []`.padEnd(20)} # ${comment}`];
  return [`  ${key}:   # ${comment}`, ...mpans.map((mpan) => `    - ${quote(mpan)}`)];
}

/**
 * The first line: editors that read it (VS Code with the YAML extension, any yaml-language-server
 * client) check the profile against the suite's schema as it is typed. Forward slashes, as the
 * language server resolves them.
 */
function schemaLine(profileFile: string): string {
  const relative = path.relative(path.dirname(path.resolve(profileFile)), PROFILE_SCHEMA_FILE).split(path.sep).join('/');
  // A profile inside the checkout gets a relative path that survives moving the checkout; one
  // kept elsewhere (/etc/…, a secrets folder) the absolute path, not a climb through the root.
  const checkout = path.dirname(path.dirname(PROFILE_SCHEMA_FILE));
  const inside = !path.relative(checkout, path.resolve(profileFile)).startsWith('..');
  return `# yaml-language-server: $schema=${inside ? relative : PROFILE_SCHEMA_FILE.split(path.sep).join('/')}`;
}

export function profileYaml(answers: InitAnswers, profileFile: string): string {
  const roleCodes = answers.roles.map((role) => role.role);
  const processes = [...new Set(roleCodes.flatMap((code) => PROCESSES_OF[code]))].sort();
  const serves = (codes: readonly string[]) => roleCodes.some((code) => codes.includes(code));
  const triggers = TRIGGER_NAMES.filter((name) => answers.triggers[name]);
  const unused = TRIGGER_NAMES.filter((name) => !answers.triggers[name]);
  const lines = [
    schemaLine(profileFile),
    `# Participant profile of ${answers.name}, written by mhhs-qualify init. Next:`,
    `#   mhhs-qualify doctor --profile ${profileFile}`,
    `#   mhhs-qualify run --profile ${profileFile} --time-scale 1`,
    '# Secrets are never written here: each API key is named by environment variable or file.',
    'participant:',
    `  name: ${quote(answers.name)}`,
    '  # external: your systems already run; the suite plays the DIP around them.',
    '  launch: external',
    '  # Where the suite, playing the DIP, pushes publications to you (HTTPS with mutual TLS).',
    `  webhookUrl: ${quote(answers.webhookUrl)}`,
    '  roles:',
    ...answers.roles.flatMap((role) => [
      `    - role: ${role.role}          # ${ROLE_NAMES[role.role]}`,
      `      dipId: ${quote(role.dipId)}`,
      `      mpid: ${quote(role.mpid)}`,
      '      # The X-API-Key this DIP ID submits with: where to read it when the run starts.',
      `      apiKey: ${keySource(role.apiKey)}`,
    ]),
    '',
    "# The DIP emulator: configure your systems' DIP base URL as https://<this machine>:<port>.",
    'emulator:',
    `  host: ${quote(answers.emulator.host)}`,
    `  port: ${answers.emulator.port}`,
    '',
    '# Mutual TLS both ways and DIP message signatures, as the real DIP has them. suitePki holds the',
    "# suite's own certificates (made by `mhhs-qualify certs init`; your systems trust its ca.pem).",
    '# participantCa is the authority that issued your TLS and signing certificates. Paths are read',
    "# from this file's folder.",
    'transport:',
    '  security: mtls',
    '  signingProfile: full-url-lowercase   # how the signed string is built; see README "Transport"',
    `  suitePki: ${quote(relativeToProfile(answers.suitePki, profileFile))}`,
    `  participantCa: ${quote(relativeToProfile(answers.participantCa, profileFile))}`,
    '',
    '# What you declare you can do: scenarios outside it are not applicable, not failed.',
    'capabilities:',
    `  segments: [${answers.segments.join(', ')}]`,
    `  processes: [${processes.join(', ')}]`,
    '  # GSP groups your Metering Service operates in: the suite expects a rejection outside them.',
    `  gspGroups: [${answers.gspGroups.join(', ')}]`,
    '  # meterTypes: [S2ADE, …]   # DI-059 meter types your Metering Service supports; omitted: all',
    ...sendsLines(answers),
    ...dataServiceLines(answers),
    '',
    '# MPANs your systems already serve in the test environment, as quoted 13-digit cores. Each',
    '# scenario that starts from one takes one (a run leaves it changed); without one it is inconclusive.',
    'portfolio:',
    ...portfolioLines('meteringService', answers.portfolio.meteringService, serves(['MSS', 'MSA']) ? 'MPANs your Metering Service serves: the incumbent Metering Service scenarios' : 'only for a Metering Service'),
    ...portfolioLines('supplier', answers.portfolio.supplier, serves(['SUP']) ? 'MPANs your Supplier supplies: the scenarios of the current Supplier' : 'only for a Supplier'),
    '',
    '# How the suite asks your systems to start something on their side: http (a test hook the',
    '# suite POSTs the payload to), command (a shell command) or manual (instructions for a person).',
    'triggers:',
    ...triggers.flatMap((name) => triggerLines(name, answers.triggers[name]!)),
    ...unused.map((name) => `  # ${name}: only a ${TRIGGER_ROLES[name].map((code) => ROLE_NAMES[code]).join(' or ')}${TRIGGER_NEEDS_SENDS[name] ? ` that sends ${TRIGGER_NEEDS_SENDS[name]}` : ''} needs it`),
  ];
  if (triggers.length === 0) lines[lines.indexOf('triggers:')] = 'triggers: {}';
  return `${lines.join('\n')}\n`;
}
