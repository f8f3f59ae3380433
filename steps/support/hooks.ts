// One stage per cucumber worker (emulator, simulators, clock, participant), one
// ScenarioContext per scenario, and the evidence attached when each scenario ends.
// Installs the Allure runtime, so the hooks below can label and annotate each scenario.
import 'allure-cucumberjs';
import * as allure from 'allure-js-commons';
import { After, AfterAll, AfterStep, Before, BeforeAll, setDefaultTimeout, setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { loadProfile } from '../../src/profile/participant-profile.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { QualificationStage } from '../../src/stage/qualification-stage.ts';
import { ScenarioContext } from '../../src/scenario/scenario-context.ts';
import { marketTimeSpan, scenarioEvidence } from '../../src/scenario/scenario-evidence.ts';
import { runSettingsFromEnv } from '../../src/run/run-settings.ts';
import { NOT_APPLICABLE_LABEL, notApplicableDescription, reportLabelsOf, requirementHref, scenarioDescription } from '../../src/evidence/report-labels.ts';
import { NOT_APPLICABLE_PREFIX, notApplicable } from '../../src/scenario/applicability.ts';
import { loadRequirementCatalogue } from '../../src/requirements/requirement-catalogue.ts';
import { externalIdsFor, type IdMapping, loadIdMap } from '../../src/requirements/id-map.ts';
import { formatSlaMeasurement } from '../../src/clock/index.ts';
import { appendSlaRecords, slaRecordOf } from '../../src/evidence/sla-records.ts';
import { defectOfClaimed, SubmissionDefects } from '../../src/scenario/submission-defects.ts';
import { writeRunFindings } from '../../src/run/run-findings.ts';
import { LateRepeats } from '../../src/scenario/late-repeats.ts';

export class QualificationWorld extends World {
  context!: ScenarioContext;
  constructor(options: IWorldOptions) {
    super(options);
  }
}
setWorldConstructor(QualificationWorld);

const settings = runSettingsFromEnv();
// A step may wait out an SLA window in market time; give it that much real time and more.
const stepTimeout = Math.max(30_000, Math.ceil((120 * 60_000 * 1.5) / settings.timeScale) + 30_000);
setDefaultTimeout(stepTimeout);

let stage: QualificationStage;
/** Submissions with fail findings, until their scenario claims them (src/scenario/submission-defects.ts). */
let submissionDefects: SubmissionDefects | undefined;
/** Repeats the rainy-day scenarios hand on, watched to the end of their SLA (src/scenario/late-repeats.ts). */
let lateRepeats: LateRepeats | undefined;
let idMap: IdMapping[] | undefined;

function externalIds(scenario: string, requirements: readonly string[]): string[] {
  idMap ??= stage.options.profile.idMap ? loadIdMap(stage.options.profile.idMap) : [];
  return [...new Set([...requirements.flatMap((id) => externalIdsFor(idMap!, id, scenario)), ...externalIdsFor(idMap, '', scenario)])];
}

BeforeAll({ timeout: 120_000 }, async () => {
  try {
    stage = await QualificationStage.start({
      spec: loadSpec({ version: settings.specVersion, specDir: settings.specDir }),
      profile: loadProfile(settings.profile),
      runDir: settings.runDir,
      worker: Number(process.env.CUCUMBER_WORKER_ID ?? 0),
      timeScale: settings.timeScale,
      seed: settings.seed,
      faults: settings.faults,
      ...(settings.marketStart === undefined ? {} : { marketStart: settings.marketStart }),
      ...(settings.runId ? { runId: settings.runId } : {}),
    });
    submissionDefects = new SubmissionDefects(stage.journal);
    lateRepeats = new LateRepeats(stage.journal, stage.clock);
  } catch (error) {
    // Cucumber reports only that a BeforeAll hook failed; say why, where a person will see it.
    process.stderr.write(`mhhs-qualify: the stage could not start: ${(error as Error).message}\n`);
    throw error;
  }
});

// The wait for the last repeats handed on is an SLA window at most, in market time, like a step's.
AfterAll({ timeout: stepTimeout + 30_000 }, async () => {
  if (stage && submissionDefects && lateRepeats) {
    // The last scenarios' repeats are watched until their SLA has passed (at ×600, 60 market
    // minutes are 6 s), then what is still in flight lands; then what no scenario claimed, and
    // every repeat acted on again late, fails the run.
    const late = await lateRepeats.settle(() => stage.smrs.idle());
    await stage.smrs.idle();
    writeRunFindings(settings.runDir, stage.options.worker, [...submissionDefects.unclaimed(), ...late]);
    submissionDefects.stop();
    lateRepeats.stop();
  }
  await stage?.close();
});

Before({ name: 'set up the scenario' }, async function (this: QualificationWorld, { gherkinDocument, pickle }) {
  this.context = new ScenarioContext(stage, pickle.name, pickle.location ? `${pickle.uri}:${pickle.location.line}` : undefined);
  if (lateRepeats) this.context.lateRepeats = lateRepeats;
  // Labelled before anything decides to skip it: a scenario that does not apply is still listed
  // under its processes, with the requirements it would have shown.
  const labels = reportLabelsOf(pickle.tags.map((tag) => tag.name));
  for (const epic of labels.epics) await allure.epic(epic);
  for (const id of labels.interfaces) await allure.label('interface', id);
  // Requirement IDs with their wording from scenarios/requirements.yaml; the report lists them as
  // links that open the requirement's panel (its wording and every scenario carrying it).
  const catalogue = loadRequirementCatalogue();
  for (const id of labels.requirements) await allure.link(requirementHref(id), `${id}: ${catalogue.get(id)?.text ?? '(not in the catalogue)'}`, 'requirement');
  // The participant's or code body's own IDs for this scenario (profile idMap, from `rttm import`).
  for (const externalId of externalIds(pickle.name, labels.requirements)) await allure.label('externalId', externalId);
  const why = notApplicable(pickle.tags.map((tag) => tag.name), stage.options.profile, stage.clock.now());
  if (why) {
    // The report shows the reason as the scenario's status message (src/run/report-results.ts)
    // and first in its description.
    await allure.label(NOT_APPLICABLE_LABEL, `${NOT_APPLICABLE_PREFIX}${why}`);
    await allure.descriptionHtml(notApplicableDescription(why, scenarioDescription(gherkinDocument, pickle)));
    // Logged for the run summary, so the terminal, summary.json and JUnit say why, not just "SKIPPED".
    this.log(`${NOT_APPLICABLE_PREFIX}${why}`);
    return 'skipped';
  }
});

/** Every exchange of the scenario and its sequence diagram, once, after the traffic has settled. */
async function attachEvidence(world: QualificationWorld): Promise<void> {
  world.context.reported.add('evidence');
  // Let pushes and answers in flight land in the journal before the evidence is cut.
  await stage.smrs.idle();
  for (const attachment of scenarioEvidence(world.context)) {
    const options = { mediaType: attachment.mediaType, fileName: attachment.name };
    // Screenshots are bytes, the rest text.
    if (typeof attachment.body === 'string') await world.attach(attachment.body, options);
    else await world.attach(attachment.body, options);
  }
}

// Set after a step, parameters and attachments land on the scenario itself; set in After they
// would land on its tear-down. The evidence goes with the last step that ran.
AfterStep(async function (this: QualificationWorld, { pickle, pickleStep, result }) {
  const { context } = this;
  const lastStep = pickle.steps.at(-1)?.id === pickleStep.id;
  if ((lastStep || result.status !== 'PASSED') && !context.reported.has('evidence')) await attachEvidence(this);
  // With the evidence, once: the scenario's span on the market clock, beside its real start and stop.
  if (context.reported.has('evidence') && !context.reported.has('market time')) {
    context.reported.add('market time');
    await allure.parameter('Market time', marketTimeSpan(context.startedAt, stage.clock.now(), stage.clock.timeScale), { excluded: true });
  }
  if (context.point && !context.reported.has('MPAN')) {
    context.reported.add('MPAN');
    await allure.parameter('MPAN', context.point.mpan, { excluded: true });
  }
  for (const measurement of context.slas) {
    const key = `SLA ${measurement.sla.id}`;
    if (context.reported.has(key)) continue;
    context.reported.add(key);
    await allure.parameter(key, formatSlaMeasurement(measurement), { excluded: true });
  }
});

// Every fail finding the DIP recorded against this scenario's submissions fails it, whether or
// not a step looked at that submission (a second copy of a message, say). Cucumber runs After
// hooks in reverse order of definition: this one runs after the scenario is closed and its
// evidence attached, so what was in flight has landed.
After({ name: 'judge every submission of the scenario' }, function (this: QualificationWorld) {
  const { context } = this;
  const claimed = submissionDefects?.claim({ mpan: context.point?.mpan, transactionIDs: context.actions.flatMap((action) => action.push?.transactionIDs ?? []) }) ?? [];
  const defect = defectOfClaimed(claimed);
  if (defect) throw defect;
});

After({ name: 'close the scenario' }, async function (this: QualificationWorld) {
  if (!this.context.reported.has('evidence')) await attachEvidence(this);
  const { context } = this;
  appendSlaRecords(settings.runDir, stage.options.worker, context.slas.map((measurement) => slaRecordOf(context.name, context.point?.mpan ?? '', measurement)));
  this.context.close();
});
