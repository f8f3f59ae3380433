// The incoming Supplier takes the SMRS's confirmation of its registration (BP001 COS-09, IF-001
// on Secured Active): beyond the 201 and StandardResponse every push earns, it must not report
// the confirmation as a problem (a status message such as RCP1061 for an MPAN it is gaining).
// Silence can only be judged after a wait: the step names how long, in market minutes.
import { MILLIS } from '../time/gb-time.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';

export async function expectNoStatusMessage(context: ScenarioContext, what: string, minutes: number): Promise<void> {
  const action = context.lastAction(what);
  const transactionID = action?.push?.transactionIDs[0];
  if (!action || !transactionID) throw new SuiteError(`no ${what} was pushed in this scenario`);
  await context.stage.clock.sleep(Math.max(0, action.at + minutes * MILLIS.MINUTE - context.stage.clock.now()));
  const reports = context.watch.seen.filter((exchange) => exchange.channel === '/statusmessage' && exchange.request.body.includes(transactionID));
  if (reports.length === 0) return;
  const messages = reports.flatMap((exchange) => {
    try {
      return (JSON.parse(exchange.request.body) as Array<{ message?: string; help?: string }>).map((entry) => `${entry.message ?? '?'}${entry.help ? ` (${entry.help})` : ''}`);
    } catch {
      return [exchange.request.body.slice(0, 200)];
    }
  });
  throw new ParticipantDefect(`the participant reported a problem with ${what}, which confirms the registration it asked for`, [
    { rule: 'REGISTRATION-CONFIRMED', severity: 'fail', pointer: '', message: `status message for transaction ${transactionID}: ${messages.join('; ')}`, requirement: 'REQ-SUP-REGISTRATION-CONFIRMED' },
  ]);
}
