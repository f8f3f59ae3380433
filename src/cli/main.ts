// The mhhs-qualify command line. Each command lives in commands/; this file only wires
// options to them and turns every failure into a sentence and an exit code CI can use:
// 0 clean, 1 findings, 2 usage or input errors, and for `run` and `merge` 3 when nothing failed
// but the environment stopped scenarios (src/run/exit-code.ts). Users never see a stack trace.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ProfileError } from '../profile/participant-profile.ts';
import { DEFAULT_SPEC_VERSION, PINNED_VERSIONS, SpecError } from '../spec/pinned-versions.ts';
import { SPEC_BASE_URL_ENV } from '../spec/fetch-spec.ts';
import { SPEC_DIR_ENV } from '../spec/spec-location.ts';
import { certsInitCommand } from './commands/certs-command.ts';
import { coverageCommand } from './commands/coverage-command.ts';
import { dipPushCommand } from './commands/dip-push-command.ts';
import { dipServeCommand } from './commands/dip-serve-command.ts';
import { doctorCommand } from './commands/doctor-command.ts';
import { initCommand, repeatable } from './commands/init-command.ts';
import { LIST_ROLES, listCommand } from './commands/list-command.ts';
import { loadCommand } from './commands/load-command.ts';
import { mergeCommand } from './commands/merge-command.ts';
import { packCommand, verifyCommand } from './commands/pack-command.ts';
import { rttmExportCommand, rttmImportCommand } from './commands/rttm-command.ts';
import { runCommand } from './commands/run-command.ts';
import { selftestCommand } from './commands/selftest-command.ts';
import { specFetchCommand } from './commands/spec-fetch-command.ts';
import { specInfoCommand } from './commands/spec-info-command.ts';
import { validateCommand } from './commands/validate-command.ts';
import { type ConsoleIO, processIO } from './output/console-io.ts';
import { EXIT, UsageError } from './usage-error.ts';

const SUITE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const versions = PINNED_VERSIONS.map((pinned) => pinned.version);

function specVersionOption(): Option {
  return new Option('--spec-version <version>', 'DIP API definitions version').choices(versions).default(DEFAULT_SPEC_VERSION);
}

function selftestResultOption(): Option {
  return new Option('--selftest-result <file>', "the latest selftest's selftest-result.json, whose kill rate the evidence pack carries (default: reports/selftest/selftest-result.json when there is one)");
}

function specDirOption(): Option {
  return new Option('--spec-dir <dir>', `folder of the DIP API YAML files (else $${SPEC_DIR_ENV}, else the user cache)`);
}

export function buildProgram(io: ConsoleIO, setExitCode: (code: number) => void): Command {
  const program = new Command('mhhs-qualify')
    .description('Conformance and qualification suite for MHHS Suppliers and Metering Services')
    .version(SUITE_VERSION)
    // Root options only before the command, so `spec fetch --version v1.8.3` reaches the subcommand.
    .enablePositionalOptions()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) })
    .exitOverride();

  program
    .command('validate')
    .description('check DIP request bodies (JSON arrays of {"payload": …}) against the DIP API definitions and the rules')
    .argument('<file...>', 'JSON files, each one DIP request body')
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .option('--channel <IF-nnn>', 'the /dip-channel/{IF} the body is for; messages of another interface fail')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--now <time>', 'market time to judge dates against (default: each message’s senderTimestamp)')
    .action(async (files: string[], options) => setExitCode(await validateCommand(files, options, io)));

  program
    .command('run')
    .description('run the qualification scenarios against the participant of a profile (default: the bundled reference participant)')
    .option('--profile <file>', 'participant profile (YAML)')
    .option('--tags <expression>', 'cucumber tag expression selecting scenarios, e.g. "@BP002 and not @segment:advanced"')
    .option('--scenario <file:line...>', 'run only these scenarios, by feature file and line (what a failure\'s re-run command names)')
    .addOption(new Option('--reporter <name>', 'what stdout carries: text for people, json (the run summary) or junit (JUnit XML); the report, results and pack are written either way').choices(['text', 'json', 'junit']).default('text'))
    .option('--parallel <n>', 'worker processes, each with its own emulator, ports and MPAN pool', '0')
    .option('--time-scale <x>', 'market time per real time: 1 is real time, 600 runs a 60-minute SLA window in 6 s', '600')
    .option('--seed <n>', 'seed for generated data (MPANs, references, addresses)', '1')
    .option('--fault <name...>', 'switch on a fault of the bundled reference participant (self-tests)')
    .option('--market-start <time>', 'start the market clock at this GB date (YYYY-MM-DD, 09:00) or DT-003 time instead of now, e.g. before M14 to test reverse migration')
    .option('--reports <dir>', 'where results, journal and report go', 'reports')
    .option('--certification', 'the run for submission: every applicable scenario, real time, no faults, declared capabilities, published definitions, committed suite')
    .option('--waivers <file>', 'failures a code body has waived (YAML: id, reason, reference, approver, expires)')
    .option('--history <dir>', 'keep the Allure history (trend across runs) in this folder')
    .option('--compare <pack>', 'list scenarios whose verdict changed since the run of this evidence pack')
    .option('--no-report', 'skip the Allure HTML report and the evidence pack')
    .option('--no-redact', 'keep MPANs and addresses as exchanged in the evidence pack (masked by default)')
    .option('--pack-raw', 'keep the raw Allure results in the evidence pack as well (left out by default: the report holds them)')
    .option('--signing-key <file>', 'sign the evidence pack with this private key (PEM; else $MHHS_SIGNING_KEY_FILE, else a throw-away key)')
    .option('--signatory <name>', 'who signs the evidence pack (else $MHHS_SIGNATORY)')
    .addOption(selftestResultOption())
    .option('--shard <i/n>', 'run only shard i of n of the selected scenarios (CI machines in parallel); join the shards with merge')
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .action(async (options) => setExitCode(await runCommand(options, io)));

  program
    .command('merge')
    .description('join the reports folders of a run’s shards (run --shard i/n) into one: summary, JUnit XML, Allure report, RTTM and evidence pack')
    .argument('<dir...>', 'the reports folder of each shard')
    .option('--reports <dir>', 'where the merged results, report and evidence pack go', 'reports')
    .option('--allow-partial', 'merge even when shards are missing; the merged summary then says it is partial')
    .option('--profile <file>', 'participant profile the shards ran with')
    .option('--history <dir>', 'keep the Allure history (trend across runs) in this folder')
    .option('--no-redact', 'keep MPANs and addresses as exchanged in the evidence pack (masked by default)')
    .option('--pack-raw', 'keep the raw Allure results in the evidence pack as well (left out by default: the report holds them)')
    .option('--signing-key <file>', 'sign the evidence pack with this private key (PEM; else $MHHS_SIGNING_KEY_FILE, else a throw-away key)')
    .option('--signatory <name>', 'who signs the evidence pack (else $MHHS_SIGNATORY)')
    .addOption(selftestResultOption())
    .addOption(specDirOption())
    .action(async (dirs: string[], options) => setExitCode(await mergeCommand(dirs, options, io)));

  program
    .command('load')
    .description('drive N MPANs through Change of Supplier against the participant; report SLA percentiles, throughput, errors and lost or duplicated messages')
    .option('--mpans <n>', 'how many MPANs to drive', '100')
    .option('--rate <r>', 'MPANs started per second', '20')
    .option('--duration <seconds>', 'start them all within this many seconds (the rate is raised if needed)', '60')
    .option('--profile <file>', 'participant profile (YAML)')
    .option('--reports <dir>', 'where load-summary.json and the journal go', 'reports/load')
    .option('--seed <n>', 'seed for generated data (MPANs, references, addresses)', '1')
    .option('--time-scale <x>', 'market time per real time: 1 (the default) is real time, so the 60-minute SLA is a real hour', '1')
    .option('--fault <name...>', 'switch on a fault of the bundled reference participant (self-tests)')
    .option('--pack', 'also build the signed evidence pack of the load (journal and summary, MPANs masked)')
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .action(async (options) => setExitCode(await loadCommand(options, io)));

  program
    .command('selftest')
    .description('prove the suite turns red on a wrong participant: the reference participant clean, then once per fault of scenarios/fault-catalogue.yaml; writes the kill matrix (JSON, CSV, HTML). With --repeat N: the clean suite N times, reporting any scenario whose verdict varied')
    .option('--fault <name...>', 'only these catalogue faults (a sample); default: every one')
    .option('--catalogue <file>', 'the fault catalogue (default: scenarios/fault-catalogue.yaml)')
    .addOption(new Option('--scope <scope>', 'all: every scenario under every fault, so unexpected reds are seen; expected: only the scenarios meant to catch each fault (fast)').choices(['all', 'expected']).default('all'))
    .option('--parallel <n>', 'worker processes for each run', '0')
    .option('--repeat <n>', 'run the clean suite n times (serial and --parallel 2 in turn, seeds seed..seed+n-1) and report flaky scenarios')
    .option('--tags <expression>', 'with --repeat: only these scenarios')
    .option('--seed <n>', 'seed for generated data (the first seed with --repeat)', '1')
    .option('--time-scale <x>', 'market time per real time for every run', '3600')
    .option('--run-timeout <seconds>', 'stop a run that takes longer and report it', '900')
    .option('--reports <dir>', 'where the kill matrix, flakiness.json and each run go', 'reports/selftest')
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .action(async (options) => setExitCode(await selftestCommand(options, io)));

  program
    .command('coverage')
    .description('requirements with no scenario, scenarios with no requirement, requirements the last run did not pass; exit 1 on an untested mandatory one')
    .option('--profile <file>', 'participant profile whose roles and capabilities decide what applies')
    .option('--reports <dir>', 'where the last run wrote summary.json', 'reports')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options) => setExitCode(coverageCommand(options, io)));

  program
    .command('list')
    .description('the scenarios a role qualifies on, per business process, with their process rows, interfaces and requirements')
    .addOption(new Option('--role <role>', 'the role whose scenarios to list').choices(LIST_ROLES).makeOptionMandatory())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options) => setExitCode(listCommand(options, io)));

  const rttm = program.command('rttm').description('requirement-to-test traceability matrix');
  rttm
    .command('export')
    .description('write the traceability matrix of the last run (requirement → scenarios → verdict → evidence) as CSV and xlsx')
    .option('--reports <dir>', 'the run’s reports folder', 'reports')
    .option('--profile <file>', 'participant profile whose roles and capabilities decide what applies')
    .option('--out <dir>', 'where rttm.csv and rttm.xlsx go (default: the reports folder)')
    .action(async (options) => setExitCode(await rttmExportCommand(options, io)));
  rttm
    .command('import')
    .description('map your own IDs (e.g. QT test case IDs) onto requirements and scenarios, from CSV or xlsx with columns "External ID" and "Maps to"')
    .argument('<file>', 'CSV or xlsx')
    .option('--out <file>', 'the mapping to write', 'id-map.yaml')
    .action(async (file: string, options) => setExitCode(await rttmImportCommand(file, options, io)));

  program
    .command('pack')
    .description('build the signed evidence pack of the last run (also done at the end of every run)')
    .option('--reports <dir>', 'the run’s reports folder', 'reports')
    .option('--out <file>', 'the pack to write (default: <reports>/evidence-pack.zip)')
    .option('--profile <file>', 'participant profile the run used')
    .option('--signing-key <file>', 'signatory’s private key, PEM, Ed25519 or RSA (else $MHHS_SIGNING_KEY_FILE, else a throw-away key)')
    .option('--signatory <name>', 'who signs, e.g. "A. Director, Example Energy Ltd" (else $MHHS_SIGNATORY)')
    .addOption(selftestResultOption())
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .option('--no-redact', 'keep MPANs and addresses as exchanged (they are masked by default)')
    .option('--pack-raw', 'keep the raw Allure results in the pack as well (left out by default: the report holds them)')
    .action(async (options) => setExitCode(await packCommand(options, io)));

  program
    .command('verify')
    .description('check an evidence pack offline: signature, every file’s SHA-256, nothing missing or added')
    .argument('<pack>', 'the evidence pack (zip)')
    .option('--public-key <file>', 'the signatory’s public key (PEM); else the key inside the pack, which proves integrity only')
    .option('--require-certification', 'also require a certification run whose applicable mandatory requirements all passed')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((pack: string, options) => setExitCode(verifyCommand(pack, options, io)));

  program
    .command('init')
    .description('write a commented participant profile for your own systems: asks at a terminal; any answer flag (or no terminal, as in CI) takes the flags alone')
    .option('--name <name>', 'participant name, e.g. "Example Energy Ltd (UIT)"')
    .option('--role <spec>', 'ROLE:DIPID:MPID:env:VARIABLE or ROLE:DIPID:MPID:file:PATH (where the API key is, never the key); repeat per role', repeatable)
    .option('--webhook-url <url>', 'https:// URL the DIP pushes publications to')
    .option('--emulator-host <host>', 'address the DIP emulator listens on (default: 0.0.0.0)')
    .option('--emulator-port <port>', 'port the DIP emulator listens on; your systems use https://<host>:<port> as the DIP base URL (default: a port free on this machine when init runs)')
    .option('--segments <list>', 'market segments, S and/or A, e.g. S,A (default: S)')
    .option('--gsp-groups <list>', 'GSP groups your Metering Service operates in, e.g. _A,_K, or all (the default)')
    .option('--sends <list>', 'optional interfaces you send, of IF-004, IF-024, IF-027, IF-038 as your roles may send them (default: none)')
    .option('--mdr-model <model>', 'with --role SDS: how its Meter Data Retrievers are arranged: fully-separated, fully-integrated, mixed or hybrid')
    .option('--mdrs <list>', 'with --role SDS: the MDRs it supports, DIPID:MPID,…, and/or own when it is its own MDR (default: own for fully-integrated)')
    .option('--suite-pki <dir>', 'folder of the suite certificates, made by mhhs-qualify certs init (default: reports/test-pki)')
    .option('--participant-ca <file>', 'PEM file of the CA that issued your TLS and signing certificates')
    .option('--trigger <spec>', 'NAME=http:URL, NAME=command:CMD, NAME=playwright:SCRIPT or NAME=manual:TEXT for css-registration, site-works, registration-data, service-change, data-service-request, metering-service-request, direct-contract; repeatable (default: manual, for each trigger your roles and --sends need)', repeatable)
    .option('--portfolio <spec>', 'ROLE:MPAN,MPAN… MPANs a role (SUP, MSS or MSA) already serves in the test environment, 13 digits with a valid check digit; MSS and MSA share portfolio.meteringService; repeatable (default: none, and the scenarios that start from one are inconclusive)', repeatable)
    .option('--out <file>', 'the profile to write', 'my-profile.yaml')
    .option('--force', 'overwrite the profile if it exists')
    .action(async (options) => setExitCode(await initCommand(options, io)));

  program
    .command('doctor')
    .description('check a profile end to end before a run (files, certificates, API keys, DIP API definitions, webhook over mTLS, clocks, triggers) and say what to fix; exit 1 on any FAIL')
    .option('--profile <file>', 'participant profile (YAML)', 'my-profile.yaml')
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .action(async (options) => setExitCode(await doctorCommand(options, io)));

  program
    .command('certs')
    .description('test certificates')
    .command('init')
    .description('create a throw-away test PKI: a CA and TLS server, TLS client and signing certificates for the DIP emulator and the participant')
    .option('--dir <dir>', 'where to write them (default: reports/test-pki, never committed)')
    .option('--days <n>', 'validity in days', '30')
    .action((options) => setExitCode(certsInitCommand(options, io)));

  const dip = program.command('dip').description('the DIP as a sandbox: try your own systems against it before a qualification run');
  dip
    .command('serve')
    .description(
      'serve the DIP emulator and the central systems as a run does (mTLS, signatures, API keys, validation, routing, SMRS reactions) with no scenarios; ' +
        'one line per exchange until Ctrl-C. Meant for your own systems (launch: external); a bundled profile starts the reference participant too, as a run does',
    )
    .option('--profile <file>', 'participant profile (YAML) of the systems the DIP serves')
    .option('--port <n>', "port the DIP emulator listens on instead of the profile's emulator.port; 0: any free port")
    .option('--reports <dir>', 'reports folder: the journal goes to <dir>/dip-sandbox/<start>-<id>/', 'reports')
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .action(async (options) => setExitCode(await dipServeCommand(options, io)));
  dip
    .command('push')
    .description("have the running DIP sandbox push a valid publication to the webhook of your role's DIP ID and judge the answer; exit 0 acceptable, 1 not, 2 usage or no sandbox")
    .argument('<interface>', 'the interface, e.g. IF-036')
    .argument('[event]', 'its event code, e.g. [MSAppActive] or MSAppActive; may be left out when the role receives one')
    .option('--mpan <mpan>', 'the MPAN core (13 digits) the publication is about')
    .addOption(new Option('--to <role>', 'the role whose webhook the DIP pushes to').choices(['SUP', 'MSS', 'MSA']))
    .option('--profile <file>', 'the profile the sandbox must be serving (refused when it serves another)')
    .option('--reports <dir>', 'the reports folder the sandbox was started with', 'reports')
    .action(async (interfaceID: string, event: string | undefined, options) => setExitCode(await dipPushCommand(interfaceID, event, options, io)));

  const spec = program.command('spec').description('manage the official DIP API definitions');
  spec
    .command('info')
    .description('show the version, source, digest status and contents of the DIP API definitions in use')
    .addOption(specVersionOption())
    .addOption(specDirOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options) => setExitCode(specInfoCommand(options, io)));

  spec
    .command('fetch')
    .description(`download a pinned version from GitHub (${PINNED_VERSIONS.map((pinned) => `${pinned.version} @ ${pinned.commit.slice(0, 7)}`).join(', ')}) into the user cache, checking every SHA-256`)
    .addOption(new Option('--version <version>', 'DIP API definitions version').choices(versions).default(DEFAULT_SPEC_VERSION))
    .option('--dir <dir>', 'install here instead of the user cache')
    .option('--base-url <url>', `mirror of raw.githubusercontent.com/<repo> laid out as /<commit>/<file> (else $${SPEC_BASE_URL_ENV})`)
    .option('--force', 'download again even when the files are already present')
    .action(async (options) => setExitCode(await specFetchCommand(options, io)));

  return program;
}

/** Runs the CLI and resolves to the exit code; never throws. */
export async function runCli(argv: readonly string[], io: ConsoleIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage mistake it already printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof SpecError || error instanceof ProfileError) {
      io.err(`mhhs-qualify: ${error.message}`);
      return EXIT.usage;
    }
    const detail = process.env.MHHS_QUALIFY_DEBUG ? `\n${(error as Error).stack}` : ' (set MHHS_QUALIFY_DEBUG=1 for details)';
    io.err(`mhhs-qualify: internal error: ${(error as Error).message}${detail}`);
    return EXIT.usage;
  }
}
