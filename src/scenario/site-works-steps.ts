// Work on site a Metering Service must report (BP008 Change of Energisation Status, BP009 Change
// of Meter): the suite tells the participant what its engineer did (the `site-works` trigger),
// then times the report to the Registration Service against its SLA and checks it is the
// update the work calls for. The works are named as scenarios/slas.yaml names its trigger
// events, so the window, the interface and the event code all come from that one table.
import { loadSlaTable, measureSla, slaDeadline, type SlaWindow } from '../clock/index.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { readField } from '../spec/payload-fields.ts';
import { lateFinding, notSentFinding } from './sla-findings.ts';
import { removedMeter } from '../../mocks/smrs/meter-history.ts';
import type { MeteringPoint } from '../../mocks/smrs/metering-points.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { formatGbTimestamp } from '../time/gb-time.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { matches, messagesOf } from './exchange-messages.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';
import type { MessageKind } from '../spec/message-kind.ts';

/** How long past the window the suite keeps listening, so that a late report is seen and named. */
const LATE_GRACE_FACTOR = 0.5;

/**
 * The SLA whose trigger is this work on site, e.g. `meter exchanged on site`: by default the
 * update to the Registration Service; with `response`, the one for that message (a read, IF-041).
 */
export function slaForWork(work: string, response?: { interface: string; event: string }): SlaWindow & { response: { interface: string; event: string } } {
  const sla = loadSlaTable().windows.find(
    (row) =>
      row.trigger.interface === undefined &&
      row.trigger.event === work &&
      (response ? row.response.interface === response.interface && row.response.event === response.event : row.response.interface !== 'IF-041'),
  );
  const what = response ? ` with ${response.interface} ${response.event}` : ' with a DIP response';
  if (!sla?.response.interface) throw new SuiteError(`scenarios/slas.yaml has no SLA triggered by '${work}'${what}`);
  return sla as SlaWindow & { response: { interface: string; event: string } };
}

/** The work that corrects the asset history (COM-06), as the site-works trigger names it. */
export const HISTORY_WORK = "removed meter's history found wrong";

function correctedMeter(point: MeteringPoint): string {
  const meter = removedMeter(point);
  if (!meter) throw new SuiteError(`the SMRS holds no removed meter in the asset history of MPAN ${point.mpan}, so there is no record to correct`);
  return meter.meterID;
}

/** Works with no published window: an optional, bilateral message follows them (COM-10). */
export const WORKS_WITHOUT_SLA = new Set(['comms hub installed on site']);

export async function engineerReports(context: ScenarioContext, work: string): Promise<void> {
  // A work the suite does not know is a typo in a feature: say so before the participant is asked.
  if (!WORKS_WITHOUT_SLA.has(work)) slaForWork(work);
  const point = context.point;
  if (!point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  const at = context.stage.clock.now();
  await fireTrigger(
    context.stage.options.profile,
    'site-works',
    {
      mpan: point.mpan,
      distributorDipId: point.distributorDipId,
      gspGroup: point.gspGroup,
      segment: point.segment,
      work,
      supplierDipId: point.supplier?.dipId ?? SIMULATED.otherSupplier.dipId,
      // Where the reads taken on site go (IF-041), and when they were taken.
      ...(point.dataService ? { dataServiceDipId: point.dataService.dipId } : {}),
      workedAt: formatGbTimestamp(at),
      // A history correction names the meter whose record is wrong: one the SMRS holds as removed.
      ...(work === HISTORY_WORK ? { meterId: correctedMeter(point) } : {}),
    },
    context.stage.participantUrl,
    context.stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: work, at });
}

const contentFinding = (message: string): Finding => findingOf(PROCESS_CHECKS.content, '/0/payload/CommonBlock/S0/eventCode', message);

/** The participant reports `work` with the update its SLA names, within the window, accepted by the DIP. */
export async function expectWorkReported(context: ScenarioContext, work: string): Promise<void> {
  const sla = slaForWork(work);
  const action = context.lastAction(work);
  if (!action) throw new SuiteError(`the participant was not told of '${work}' in this scenario`);
  // Working-day windows end at a GB midnight after weekends and bank holidays: the clock module knows when.
  const windowMillis = slaDeadline(sla, action.at) - action.at;
  await expectUpdate(context, { trigger: work, interfaceID: sla.response.interface, eventCode: sla.response.event, listenUntil: action.at + windowMillis * (1 + LATE_GRACE_FACTOR), sla });
}

export interface ExpectedUpdate {
  /** The action the update answers (its `what`). */
  readonly trigger: string;
  readonly interfaceID: string;
  readonly eventCode: string;
  /** Market time the suite stops listening. */
  readonly listenUntil: number;
  /** The window the update is timed against, where one is published. */
  readonly sla?: SlaWindow;
}

/**
 * The participant sends `interfaceID eventCode` for the scenario's MPAN after the trigger,
 * accepted by the DIP, with no findings, within the SLA if there is one. Any message on the
 * interface is taken, so a wrong event code is named at once rather than waited out.
 */
export async function expectUpdate(context: ScenarioContext, expected: ExpectedUpdate): Promise<void> {
  const action = context.lastAction(expected.trigger);
  if (!action) throw new SuiteError(`the participant was not told of '${expected.trigger}' in this scenario`);
  const wanted = `${expected.interfaceID} ${expected.eventCode}`;
  const query = { direction: 'participant-to-dip' as const, interfaceID: expected.interfaceID, mpan: context.mpan, since: action.at };
  const exchange = await context.watch.next((candidate) => matches(candidate, query) !== undefined, expected.listenUntil);
  if (!exchange) {
    const window = expected.sla ? expected.sla.cite : `${Math.round((expected.listenUntil - action.at) / 60_000)} market minutes`;
    // Without a published window the suite still listened a stated while: a missing update breaks the process, not an SLA.
    const missing = expected.sla ? notSentFinding(wanted, expected.sla.cite, `'${expected.trigger}'`, expected.sla.id) : { ...contentFinding(`no ${wanted} after '${expected.trigger}' (listened: ${window})`), pointer: '' };
    throw new ParticipantDefect(`the participant did not send ${wanted} for MPAN ${context.mpan} after '${expected.trigger}' (listened: ${window})`, [missing]);
  }
  const message = matches(exchange, query)!;
  const sent = `${message.interfaceID} ${message.eventCode}`;
  context.received.set(sent, exchange);
  const findings: Finding[] = exchange.findings.filter((finding) => finding.severity === 'fail');
  if (sent !== wanted) findings.unshift(contentFinding(`'${expected.trigger}' is sent as ${wanted}; the participant sent ${sent}`));
  if (exchange.response?.status !== 201) {
    findings.push(findingOf(PROCESS_CHECKS.dipAccepted, '', `the DIP answered ${sent} with HTTP ${exchange.response?.status}: ${exchange.response?.body.slice(0, 300)}`));
  }
  if (expected.sla) {
    const measurement = measureSla(expected.sla, action.at, exchange.marketMillis);
    context.slas.push(measurement);
    if (!measurement.withinSla) findings.unshift(lateFinding(measurement));
  }
  context.warnings.push(...exchange.findings.filter((finding) => finding.severity === 'warn'));
  if (findings.length) throw new ParticipantDefect(`the participant's ${wanted} after '${expected.trigger}' breaks the rules`, findings);
  if (messagesOf(exchange).length !== 1) context.warnings.push({ ...contentFinding(`${sent} came in a batch of ${messagesOf(exchange).length}`), severity: 'warn' });
}

/** The feature states the interface, event code and window; the SLA table must say the same. */
export function checkStatedSla(work: string, message: MessageKind, stated: { minutes: number } | { workingDays: number }): void {
  const sla = slaForWork(work);
  const same = sla.response.interface === message.interfaceID && sla.response.event === message.eventCode && JSON.stringify(sla.window) === JSON.stringify(stated);
  if (!same) {
    throw new SuiteError(`the feature says '${work}' is reported with ${message.label} within ${JSON.stringify(stated)}; scenarios/slas.yaml (${sla.id}) says ${sla.response.interface} ${sla.response.event} within ${JSON.stringify(sla.window)}`);
  }
}

/** The participant's matched message names the MPAN's registered Supplier among its primary recipients. */
export function expectAddressedToSupplier(context: ScenarioContext, sent: MessageKind): void {
  const name = sent.label;
  const exchange = context.received.get(name);
  if (!exchange) throw new SuiteError(`no ${name} from the participant has been matched yet in this scenario`);
  const message = messagesOf(exchange).find((candidate) => `${candidate.interfaceID} ${candidate.eventCode}` === name)!;
  const primaryRecipients = readField(message.payload, 'CommonBlock', 'A0', 'primaryRecipients');
  const recipients = Array.isArray(primaryRecipients) ? primaryRecipients : [];
  const supplier = context.point?.supplier?.dipId ?? SIMULATED.otherSupplier.dipId;
  if (!recipients.includes(supplier)) {
    throw new ParticipantDefect(`${name} must go to the Supplier too`, [
      findingOf(PROCESS_CHECKS.addressing, '/0/payload/CommonBlock/A0/primaryRecipients', `primary recipients ${JSON.stringify(recipients)} leave out the registered Supplier ${supplier}`),
    ]);
  }
}
