// Messages about an MPAN the Supplier is gaining or losing that it must take without reporting a
// problem (a status message such as RCP1061): the SMRS's confirmation of its registration (BP001
// COS-09, IF-001 on Secured Active) and the Change of Supplier read the Data Service sends both
// Suppliers (COS-16, IF-041). Silence can only be judged after a wait: the step names how long,
// in market minutes.
import { MILLIS } from '../time/gb-time.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf, type RuleIdentity } from '../rules/rule.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';
import { requireWatchCoversSla, statusMessageMinutes } from './watch-windows.ts';
import type { MessageKind } from '../spec/message-kind.ts';
import { statusEntriesOf } from './exchange-messages.ts';

/** The check each interface's silence serves. */
const CHECK_OF: Readonly<Record<string, RuleIdentity>> = {
  'IF-001': PROCESS_CHECKS.registrationConfirmed,
  'IF-041': PROCESS_CHECKS.cosReadTaken,
};

export async function expectNoStatusMessage(context: ScenarioContext, message: MessageKind, minutes: number): Promise<void> {
  const what = message.label;
  const action = context.lastAction(what);
  const transactionID = action?.push?.transactionIDs[0];
  if (!action || !transactionID) throw new SuiteError(`no ${what} was pushed in this scenario`);
  const check = CHECK_OF[message.interfaceID];
  if (!check) throw new SuiteError(`no check of silence is defined for ${what}: only for ${Object.keys(CHECK_OF).join(', ')}`);
  requireWatchCoversSla(minutes, statusMessageMinutes(), 'status messages');
  await context.stage.clock.sleep(Math.max(0, action.at + minutes * MILLIS.MINUTE - context.stage.clock.now()));
  const reports = context.watch.seen.filter((exchange) => exchange.channel === '/statusmessage' && statusEntriesOf(exchange).some((entry) => entry.transactionID.includes(transactionID)));
  if (reports.length === 0) return;
  const messages = reports.flatMap((exchange) => {
    try {
      return (JSON.parse(exchange.request.body) as Array<{ message?: string; help?: string }>).map((entry) => `${entry.message ?? '?'}${entry.help ? ` (${entry.help})` : ''}`);
    } catch {
      return [exchange.request.body.slice(0, 200)];
    }
  });
  throw new ParticipantDefect(`the participant reported a problem with ${what}, which is about an MPAN it is gaining or losing`, [
    findingOf(check, '', `status message for transaction ${transactionID}: ${messages.join('; ')}`),
  ]);
}
