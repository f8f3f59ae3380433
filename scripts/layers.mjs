// The layers of the code, lowest first. A module imports from its own layer or one below it,
// never above (eslint.config.js enforces it; `node scripts/layer-imports.mjs` counts imports):
// - core: the DIP API definitions, market time, rules and checks, the journal and its
//   exchanges, message builders, process tables: what judges and what is judged with;
// - emulator (mocks/): the DIP and the central systems, built on the core;
// - suite: the stage, scenarios, steps, runs, evidence and the CLI, built on both.
// The bundled reference participant stands apart: it may use the core, never the emulator or
// the suite that judges it, nor the core's judging code (validation, rules, checks, findings).

/** The core's part of src/, relative to src/ (folders, or single files in mixed folders). */
export const CORE_IN_SRC = [
  './spec', './builders', './time', './clock', './rules', './validation', './transport', './findings',
  './checks/webhook-answer.ts',
  './evidence/exchange.ts', './evidence/exchange-mpans.ts', './evidence/exchange-journal.ts', './evidence/csv.ts',
  './run/fresh-identifiers.ts',
  './processes/business-processes.ts', './processes/process-tables.ts', './processes/process-row.ts',
  './processes/receivable-publications.ts', './processes/dip-channel-features.ts', './processes/rainy-day-features.ts',
];

/** The core's judging code: the reference participant has its own (reference-participant/own/). */
export const PARTICIPANT_NEVER_USES = ['./src/validation', './src/rules', './src/checks', './src/findings'];

/** The core, relative to the project. */
export const CORE = CORE_IN_SRC.map((entry) => `./src/${entry.slice(2)}`);

/** The layer of a file, by its path relative to the project (`src/run/x.ts`); undefined for tests, benches and scripts. */
export function layerOf(file) {
  const relative = `./${file.replace(/^\.\//, '')}`;
  const inside = (entry) => relative === entry || relative.startsWith(`${entry}/`);
  if (CORE.some(inside)) return 'core';
  if (relative.startsWith('./mocks/')) return 'emulator';
  if (relative.startsWith('./reference-participant/')) return 'participant';
  if (relative.startsWith('./src/') || relative.startsWith('./steps/') || relative.startsWith('./bin/')) return 'suite';
  return undefined;
}

/** import-x/no-restricted-paths zones: no import from a layer above. */
export function layerZones() {
  const suite = [{ from: './src', except: CORE_IN_SRC }, { from: './steps' }, { from: './bin' }];
  const zone = (target, froms, message) => froms.map((from) => ({ target, ...from, message }));
  return [
    ...zone(CORE, [{ from: './mocks' }, ...suite], 'the core imports nothing from the emulator or the suite (scripts/layers.mjs names the layers)'),
    ...zone('./mocks', suite, 'the emulator imports from the core only, never the suite (scripts/layers.mjs names the layers)'),
    ...zone('./reference-participant', [{ from: './mocks' }, ...suite], 'the reference participant may use the core only, never the emulator or the suite that judges it'),
    // Nor the core's judging code: it checks what it receives with its own reading of the spec
    // and its own checks, so a misreading in either the suite or the participant shows as a red scenario.
    ...zone('./reference-participant', PARTICIPANT_NEVER_USES.map((from) => ({ from })), 'the reference participant judges with its own checks (reference-participant/own/), never the suite\'s validation, rules, checks or findings'),
  ];
}
