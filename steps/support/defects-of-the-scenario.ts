// Keeps each defect that fails a scenario, with the findings that prove it, and attaches them
// to the scenario as `findings` (JSON) for the run summary: a requirement fails only through a
// finding that names it (src/requirements/coverage.ts). Cucumber passes a step's error to the
// report as text only, so the defect is caught where it is thrown, by wrapping every step and
// hook. This file's After hook is defined before those of hooks.ts (files load in name order)
// and cucumber runs After hooks in reverse order, so it runs last: after the hook that judges
// every submission of the scenario has thrown its defect, if any.
import { After, setDefinitionFunctionWrapper } from '@cucumber/cucumber';
import { ParticipantDefect } from '../../src/scenario/verdicts.ts';
import { FINDINGS_ATTACHMENT } from '../../src/run/run-summary.ts';
import type { QualificationWorld } from './hooks.ts';

type Definition = (this: QualificationWorld | undefined, ...args: unknown[]) => unknown;

setDefinitionFunctionWrapper((code: Definition) =>
  function (this: QualificationWorld | undefined, ...args: unknown[]): unknown {
    const keep = (error: unknown): never => {
      // `this.context` is unset in BeforeAll/AfterAll hooks, which have no world.
      if (error instanceof ParticipantDefect && this?.context) this.context.defects.push({ message: error.message.split('\n')[0]!, findings: error.findings });
      throw error;
    };
    try {
      const result = code.apply(this, args);
      return result instanceof Promise ? result.catch(keep) : result;
    } catch (error) {
      return keep(error);
    }
  },
);

After({ name: 'record the findings that failed the scenario' }, async function (this: QualificationWorld) {
  const defects = this.context?.defects ?? [];
  if (!defects.length) return;
  await this.attach(JSON.stringify(defects, null, 2), { mediaType: 'application/json', fileName: FINDINGS_ATTACHMENT });
});
