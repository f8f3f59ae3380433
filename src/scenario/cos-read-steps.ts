// The Change of Supplier read (BP001 COS-16): once the switch is complete, the MPAN's Data
// Service sends its midnight read of the supply start date with IF-041 [ReadingCOS] to both the
// incoming and the outgoing Supplier, one of which is the participant.
import { SIMULATED } from '../stage/simulated-parties.ts';
import { deliveredAt, type ScenarioContext } from './scenario-context.ts';
import { SuiteError } from './verdicts.ts';

export async function dataServiceSendsCosRead(context: ScenarioContext): Promise<void> {
  const point = context.point;
  if (!point || !context.supplyStartDate) throw new SuiteError('the scenario has no switch: Given steps must set up the MPAN and its supply start date');
  const participant = context.stage.options.profile.roles.find((role) => role.role === 'SUP');
  if (!participant) throw new SuiteError('the profile declares no Supplier (SUP) role for a Supplier scenario');
  // The participant is one of the two Suppliers; the other is the simulated one on the far side of the switch.
  const other = point.supplier?.dipId === participant.dipId ? SIMULATED.otherSupplier : (point.supplier ?? SIMULATED.gainingSupplier);
  await context.stage.smrs.idle();
  const sent = await context.stage.dataServiceDesk.sendChangeOfSupplierRead(point.mpan, context.supplyStartDate, [
    { dipId: participant.dipId, mpid: participant.mpid },
    { dipId: other.dipId, mpid: other.mpid },
  ]);
  for (const record of sent.filter((candidate) => candidate.outcome)) {
    context.actions.push({ what: 'IF-041 [ReadingCOS]', at: deliveredAt(record.outcome!, record.at), push: record.outcome! });
  }
  if (!context.lastAction('IF-041 [ReadingCOS]')) throw new SuiteError('the Change of Supplier read reached no participant webhook');
}
