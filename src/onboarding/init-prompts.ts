// The questions `mhhs-qualify init` asks at a terminal. Each one offers a default (Enter takes
// it), and a wrong answer is explained and asked again rather than ending the session, so a
// newcomer never loses the answers already given. No question asks for a secret.
import { createInterface, type Interface } from 'node:readline';
import type { Trigger } from '../profile/participant-profile.ts';
import { freeEmulatorPort } from './free-port.ts';
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
  checkRoles,
  checkSegments,
  checkSends,
  checkTrigger,
  checkWebhookUrl,
  DEFAULT_MANUAL_TRIGGERS,
  DEFAULTS,
  defaultKeyVariable,
  EMPTY_PORTFOLIO,
  type InitAnswers,
  OPTIONAL_INTERFACE_NAMES,
  type OptionalInterface,
  type Portfolio,
  type RoleAnswer,
  type RoleCode,
  sendableBy,
  triggersFor,
  type TriggerName,
} from './init-answers.ts';

export interface PromptStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** True at a real terminal: line editing and echo. */
  readonly terminal: boolean;
}

class Questions {
  private readonly reader: Interface;
  // Lines are read through the iterator, which buffers them: answers piped in ahead of the
  // questions (a script, a test) are not lost between one question and the next.
  private readonly lines: AsyncIterator<string>;

  constructor(private readonly streams: PromptStreams) {
    this.reader = createInterface({ input: streams.input, output: streams.output, terminal: streams.terminal });
    this.lines = this.reader[Symbol.asyncIterator]();
    // Without a listener, Ctrl-C at a terminal would only pause the questions; closing ends
    // them, and the question being asked reports that nothing was written.
    this.reader.on('SIGINT', () => this.reader.close());
  }

  say(text: string): void {
    this.streams.output.write(`${text}\n`);
  }

  async ask<T>(question: string, fallback: string, check: (answer: string) => T): Promise<T> {
    for (;;) {
      this.reader.setPrompt(`${question}${fallback ? ` [${fallback}]` : ''}: `);
      this.reader.prompt();
      const next = await this.lines.next();
      if (next.done) throw new AnswerError(question, 'the input ended before this was answered; no profile was written');
      const answer = next.value.trim() === '' ? fallback : next.value;
      try {
        return check(answer);
      } catch (error) {
        if (!(error instanceof AnswerError)) throw error;
        this.say(`  ${error.message}`);
      }
    }
  }

  close(): void {
    this.reader.close();
  }
}

async function askRoles(questions: Questions): Promise<RoleAnswer[]> {
  const roles: RoleAnswer[] = [];
  for (;;) {
    const first = roles.length === 0;
    const code = await questions.ask<RoleCode | undefined>(
      first
        ? 'Role under test (SUP Supplier, MSS Smart or MSA Advanced Metering Service, SDS Smart or ADS Advanced Data Service)'
        : 'Another role (SUP, MSS, MSA, SDS or ADS; Enter when done)',
      first ? 'SUP' : '',
      (answer) => (answer.trim() === '' && !first ? undefined : checkRoleCode(answer)),
    );
    if (!code) return roles;
    if (roles.some((role) => role.role === code)) {
      questions.say(`  ${code} is already given`);
      continue;
    }
    const dipId = await questions.ask(`  ${code} DIP ID`, '', (answer) => checkDipId(answer, `${code} DIP ID`));
    const mpid = await questions.ask(`  ${code} MPID`, '', (answer) => checkMpid(answer, `${code} MPID`));
    const apiKey = await questions.ask(`  Where is the ${code} API key? env:VARIABLE or file:PATH (never the key itself)`, `env:${defaultKeyVariable(code)}`, (answer) =>
      checkKeySource(answer, `${code} API key source`),
    );
    roles.push({ role: code, dipId, mpid, apiKey });
  }
}

/** Segments follow the Metering Service and Data Service roles given; a Supplier alone defaults to Smart. */
function defaultSegments(roles: readonly RoleAnswer[]): string {
  const has = (...codes: RoleCode[]) => roles.some((role) => codes.includes(role.role));
  const segments = [...(has('MSS', 'SDS', 'SUP') ? ['S'] : []), ...(has('MSA', 'ADS') ? ['A'] : [])];
  return segments.join(',');
}

/** Asked only when a declared role may send one of them; none is the default, as most participants send none. */
async function askSends(questions: Questions, roles: readonly RoleAnswer[]): Promise<OptionalInterface[]> {
  const sendable = sendableBy(roles);
  if (sendable.length === 0) return [];
  questions.say('Optional interfaces: their scenarios run only for a participant that declares it sends them.');
  for (const id of sendable) questions.say(`  ${id} ${OPTIONAL_INTERFACE_NAMES[id]}`);
  return questions.ask('Optional interfaces you send (e.g. IF-024,IF-027, or none)', 'none', (answer) => checkSends(answer, roles));
}

/** Asked only with an SDS role: every SDS appointment names an MDR (D-023). */
async function askDataService(questions: Questions, roles: readonly RoleAnswer[]): Promise<InitAnswers['dataService']> {
  const sds = roles.find((role) => role.role === 'SDS');
  if (!sds) return undefined;
  questions.say('Your Smart Data Service names a Meter Data Retriever (MDR) in every appointment. MDR models (D-023):');
  questions.say('  fully-separated (Supplier, SDS and MDR are separate organisations), fully-integrated (the Supplier is its own SDS and MDR),');
  questions.say('  mixed (a third-party SDS, the Supplier its own MDR), hybrid (some of each).');
  const model = await questions.ask('  MDR model', 'fully-separated', (answer) => checkMdrModel(answer));
  return questions.ask('  MDRs your SDS supports, DIPID:MPID each, comma-separated; own when it is its own MDR', model === 'fully-integrated' ? 'own' : '', (answer) => checkMdrs(answer, model, sds));
}

const PORTFOLIO_QUESTION: Readonly<Partial<Record<RoleCode, string>>> = {
  SUP: 'MPANs your Supplier already supplies',
  MSS: 'MPANs your Smart Metering Service already serves',
  MSA: 'MPANs your Advanced Metering Service already serves',
};

/** Per role: the incumbent scenarios start from these MPANs, one each, and are inconclusive without one. */
async function askPortfolio(questions: Questions, roles: readonly RoleAnswer[]): Promise<Portfolio> {
  questions.say('Portfolio: MPANs your systems already serve in the test environment. The scenarios that start from one');
  questions.say('take one each (a run leaves it changed) and are inconclusive without one. Enter for none: add them to the profile later.');
  let portfolio = EMPTY_PORTFOLIO;
  for (const { role } of roles) {
    // A Data Service has no portfolio yet: its scenarios start from none.
    if (!PORTFOLIO_QUESTION[role]) continue;
    const mpans = await questions.ask(`  ${PORTFOLIO_QUESTION[role]} (13 digits each, comma-separated)`, '', (answer) => checkMpans(answer, `${role} MPANs`));
    portfolio = addToPortfolio(portfolio, role, mpans);
  }
  return portfolio;
}

async function askTriggers(questions: Questions, roles: readonly RoleAnswer[], sends: readonly OptionalInterface[]): Promise<Partial<Record<TriggerName, Trigger>>> {
  questions.say('How does the suite ask your systems to start something? http:URL (a test hook it POSTs the payload to),');
  questions.say('command:CMD (a shell command, payload in $MHHS_TRIGGER_PAYLOAD), playwright:SCRIPT (a Playwright script driving');
  questions.say('your back-office web UI, a screenshot of each step kept as evidence) or manual:TEXT (instructions for a person).');
  const triggers: Partial<Record<TriggerName, Trigger>> = {};
  for (const name of triggersFor(roles, sends)) {
    triggers[name] = await questions.ask(`  ${name}`, `manual:${DEFAULT_MANUAL_TRIGGERS[name]}`, (answer) => checkTrigger(answer, `trigger ${name}`));
  }
  return triggers;
}

/** `freePort` finds the port offered as the emulator's default on the address answered. */
export async function askInitAnswers(streams: PromptStreams, freePort: (host: string) => Promise<number> = freeEmulatorPort): Promise<InitAnswers> {
  const questions = new Questions(streams);
  try {
    questions.say('A participant profile for your own systems. Enter takes the [default]. No secret is asked for: API keys stay in environment variables or files.');
    const name = await questions.ask('Participant name (e.g. Example Energy Ltd (UIT))', '', checkName);
    const roles = checkRoles(await askRoles(questions));
    const webhookUrl = await questions.ask('Webhook URL the DIP pushes publications to (https://…)', '', checkWebhookUrl);
    const host = await questions.ask('DIP emulator: address to listen on', DEFAULTS.emulatorHost, checkEmulatorHost);
    const port = await questions.ask('DIP emulator: port (the default is free on this machine now; your systems use https://<this machine>:<port> as the DIP base URL)', String(await freePort(host)), checkEmulatorPort);
    const segments = await questions.ask('Market segments (S Smart, A Advanced)', defaultSegments(roles), checkSegments);
    const gspGroups = await questions.ask('GSP groups your Metering Service operates in (e.g. _A,_K, or all)', 'all', checkGspGroups);
    const sends = await askSends(questions, roles);
    const dataService = await askDataService(questions, roles);
    const suitePki = await questions.ask("Folder of the suite's certificates (made by mhhs-qualify certs init)", DEFAULTS.suitePki, (answer) => checkPath(answer, 'suite PKI folder'));
    const participantCa = await questions.ask('PEM file of the CA that issued your TLS and signing certificates', '', (answer) => checkPath(answer, 'participant CA file'));
    const triggers = await askTriggers(questions, roles, sends);
    const portfolio = await askPortfolio(questions, roles);
    return { name, roles, webhookUrl, emulator: { host, port }, segments, gspGroups, sends, ...(dataService ? { dataService } : {}), suitePki, participantCa, triggers, portfolio };
  } finally {
    questions.close();
  }
}
