// One stage per cucumber worker (emulator, simulators, clock, participant), one
// ScenarioContext per scenario, and the evidence attached when each scenario ends.
import path from 'node:path';
import { After, AfterAll, Before, BeforeAll, setDefaultTimeout, setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { loadProfile } from '../../src/profile/participant-profile.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { QualificationStage } from '../../src/stage/qualification-stage.ts';
import { ScenarioContext } from '../../src/scenario/scenario-context.ts';
import { scenarioEvidence } from '../../src/scenario/scenario-evidence.ts';
import { runSettingsFromEnv } from '../../src/run/run-settings.ts';

export class QualificationWorld extends World {
  context!: ScenarioContext;
  constructor(options: IWorldOptions) {
    super(options);
  }
}
setWorldConstructor(QualificationWorld);

const settings = runSettingsFromEnv();
// A step may wait out an SLA window in market time; give it that much real time and more.
setDefaultTimeout(Math.max(30_000, Math.ceil((120 * 60_000 * 1.5) / settings.timeScale) + 30_000));

let stage: QualificationStage;

BeforeAll({ timeout: 120_000 }, async () => {
  stage = await QualificationStage.start({
    spec: loadSpec({ version: settings.specVersion, specDir: settings.specDir }),
    profile: loadProfile(settings.profile),
    runDir: settings.runDir,
    worker: Number(process.env.CUCUMBER_WORKER_ID ?? 0),
    timeScale: settings.timeScale,
    seed: settings.seed,
    faults: settings.faults,
  });
});

AfterAll({ timeout: 30_000 }, async () => {
  await stage?.close();
});

Before(function (this: QualificationWorld, { pickle }) {
  this.context = new ScenarioContext(stage, pickle.name);
});

After(async function (this: QualificationWorld) {
  // Let pushes and answers in flight land in the journal before the evidence is cut.
  await stage.smrs.idle();
  for (const attachment of scenarioEvidence(this.context)) await this.attach(attachment.body, { mediaType: attachment.mediaType, fileName: attachment.name });
  this.context.close();
});

export const runDirOf = () => path.resolve(settings.runDir);
