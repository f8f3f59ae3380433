// The Data Service's answer to a Supplier's consumption amendment request (process table
// SUPPLIER-TO-DS SDA-02, SDA-03; the Programme's BP016 Consumption Amendment): IF-027
// [ConsumptionAmendment] is answered at once with IF-028 [ConsumptionAmendment] to the Supplier
// that asked, on the same MPAN, carrying the B902List as asked and the outcome in R0. The DIP
// publishes no response codes for IF-028, so R0's reasons are our own words. It accepts when it
// is appointed to the MPAN, the requester is the Supplier that asked for its appointment (IF-036
// B012), and something is asked; else it rejects, saying why.
import type { Inbound } from './inbound.ts';
import { pick } from './own/pick.ts';
import type { RoleContext, RoleOutcome } from './roles.ts';
import { appointedOn, holdsMpan, latestAppointment } from './settlement-held.ts';

export interface AmendmentOutcome {
  readonly responseCode: 'A' | 'R';
  readonly responseMessages: string[];
}

export interface AmendmentFacts {
  /** The Supplier whose request appointed us (IF-036 B012), when we hold the appointment. */
  readonly appointingSupplier: string | undefined;
  readonly appointed: boolean;
  readonly requester: string;
  readonly amendments: number;
}

/** R0 of the answer; `anySupplier` (a fault) leaves the requester unchecked. */
export function amendmentOutcome(facts: AmendmentFacts, anySupplier = false): AmendmentOutcome {
  const refuse = (why: string): AmendmentOutcome => ({ responseCode: 'R', responseMessages: [why] });
  if (!facts.appointed) return refuse('This Data Service is not appointed to the MPAN');
  if (!anySupplier && facts.appointingSupplier !== undefined && facts.requester !== facts.appointingSupplier) return refuse('The requester is not the registered Supplier of the MPAN');
  if (facts.amendments === 0) return refuse('No consumption amendment requested (B902List is empty)');
  return { responseCode: 'A', responseMessages: [] };
}

/** The UTC settlement days the amendment's periods start on (B902List's consumptionAmendmentPeriodStartDate). */
export function amendedSettlementDays(amendments: readonly unknown[]): string[] {
  const days = new Set<string>();
  for (const amendment of amendments) {
    const requests = pick(amendment, 'supplierConsumptionAmendmentRequests');
    for (const request of Array.isArray(requests) ? requests : []) {
      const start = Date.parse(String(pick(request, 'consumptionAmendmentPeriodStartDate') ?? ''));
      if (!Number.isNaN(start)) days.add(new Date(start).toISOString().slice(0, 10));
    }
  }
  return [...days];
}

export function consumptionAmendmentRequested(inbound: Inbound, context: RoleContext): RoleOutcome {
  const m0 = inbound.m0;
  const mpan = m0?.MPANCore ?? '';
  if (!m0 || (!context.state.mpans.dataService.has(mpan) && !holdsMpan(context.state.settlement, mpan))) return { kind: 'unknown-mpan', mpan };
  const policy = context.policy.settlement;
  const span = latestAppointment(context.state.settlement, context.identity.dipId, mpan);
  const asked = pick(inbound.payload, 'CustomBlock', 'B902List');
  const amendments = Array.isArray(asked) ? asked : [];
  const amendedDays = amendedSettlementDays(amendments);
  const outcome = amendmentOutcome(
    {
      // Appointed on every settlement day the amendment is about (UTC dates, as the appointments'
      // settlement days are), not on today: this process's clock need not be the market's.
      appointed:
        amendedDays.length > 0
          ? amendedDays.every((day) => !('problem' in appointedOn(context.state.settlement, context.identity.dipId, mpan, day)))
          : span !== undefined,
      appointingSupplier: span?.supplierDipId,
      requester: inbound.senderDIPID,
      amendments: amendments.length,
    },
    policy.acceptsAnySuppliersAmendment,
  );
  const what = `IF-027 [ConsumptionAmendment] from ${inbound.senderDIPID} for ${mpan}: ${outcome.responseCode === 'A' ? 'accepted' : `rejected (${outcome.responseMessages.join('; ')})`}`;
  if (policy.ignoresAmendments) return { kind: 'handled', effects: [], notes: [what, 'decided; no IF-028 sent'] };
  context.outbox.message({
    sender: context.identity,
    interfaceID: 'IF-028',
    eventCode: '[ConsumptionAmendment]',
    recipient: inbound.senderDIPID,
    correlationID: inbound.correlationID,
    m0,
    r0: outcome,
    customBlock: { B902List: amendments },
  });
  return { kind: 'handled', effects: [], notes: [what] };
}
