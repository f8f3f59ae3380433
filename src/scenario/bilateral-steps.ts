// Messages two parties exchange by bilateral agreement, tested only when the participant
// declares them (capabilities.sends; src/scenario/applicability.ts): the Smart
// Metering Service's Comms Hub information to the Supplier, IF-004 [CommsHubInfo]
// (PROCESS-TABLES §4.7 COM-10). No window is published: the suite listens for the T1 default.
import { MILLIS } from '../time/gb-time.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { expectAddressedToSupplier, expectUpdate } from './site-works-steps.ts';
import { SuiteError } from './verdicts.ts';

const LISTEN_MINUTES = 60;

/** The participant sends `interfaceID eventCode` after `work`, accepted by the DIP, addressed to the MPAN's Supplier. */
export async function expectSentToSupplier(context: ScenarioContext, interfaceID: string, eventCode: string, work: string): Promise<void> {
  const action = context.lastAction(work);
  if (!action) throw new SuiteError(`the participant was not told of '${work}' in this scenario`);
  await expectUpdate(context, { trigger: work, interfaceID, eventCode, listenUntil: action.at + LISTEN_MINUTES * MILLIS.MINUTE });
  expectAddressedToSupplier(context, `${interfaceID} ${eventCode}`);
}
