// `dip push` inside the sandbox: the DIP-channel scenarios' own steps, on one MPAN the developer
// names. The publication is built as "the DIP pushes the participant's {role} a valid {IF}
// {event} about the MPAN" builds it (seeded builders, the participant's DIP ID as primary
// recipient, the MPAN in M0 or M1), pushed signed over mTLS with the DIP's retries, and judged
// as "the participant answers it with HTTP 201 and a StandardResponse": a valid publication is
// taken with 201 even about an MPAN the participant does not know (it reports that later, L4).
import type { Finding } from '../rules/rule.ts';
import { isValidMpanCore, mpanCheckDigit } from '../rules/mpan-check-digit.ts';
import { loadRoleInterfaceTable } from '../rules/role-interface-table.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { publicationsReceivedBy } from '../processes/receivable-publications.ts';
import { expectPushAnswered } from '../scenario/appointment-steps.ts';
import { pushPublication, ROLE_NAMES } from '../scenario/publication-steps.ts';
import { ScenarioContext } from '../scenario/scenario-context.ts';
import { Inconclusive, ParticipantDefect } from '../scenario/verdicts.ts';
import type { QualificationStage } from '../stage/qualification-stage.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { SandboxRequestError } from './control-channel.ts';
import { messageKind } from '../spec/message-kind.ts';

export interface SandboxPushRequest {
  readonly interfaceID: string;
  /** With or without brackets; may be left out when the role receives one variant of the interface. */
  readonly eventCode?: string;
  readonly mpan: string;
  /** SUP, MSS or MSA. */
  readonly role: string;
}

export interface SandboxPushAnswer {
  /** `IF-036 [MSAppActive]` */
  readonly what: string;
  readonly role: string;
  readonly recipientDipId: string;
  readonly webhookUrl: string;
  readonly mpan: string;
  readonly transactionIDs: readonly string[];
  readonly attempts: number;
  /** The last attempt's answer; absent when the webhook never answered. */
  readonly status?: number;
  readonly body?: string;
  readonly transportError?: string;
  /** Answered 201 with a StandardResponse naming every transaction, as the suite requires. */
  readonly acceptable: boolean;
  /** One sentence saying why or why not. */
  readonly verdict: string;
  readonly findings: readonly Finding[];
  /** Conformant but worth a look (e.g. taken only after the DIP retried). */
  readonly warnings: readonly Finding[];
}

/** The role's name as the features write it (`Supplier`), by its DIP role code. */
const roleNameOf = (code: string) => Object.entries(ROLE_NAMES).find(([, role]) => role === code)?.[0];

const bracketed = (eventCode: string) => (eventCode.startsWith('[') ? eventCode : `[${eventCode}]`);

function checkMpan(mpan: string): void {
  if (!/^\d{13}$/.test(mpan)) throw new SandboxRequestError(`MPAN '${mpan}' must be an MPAN core of 13 digits`);
  if (!isValidMpanCore(mpan)) {
    const digit = mpanCheckDigit(mpan.slice(0, 12));
    throw new SandboxRequestError(`MPAN ${mpan} has check digit ${mpan[12]}, but its first 12 digits give ${digit} (${mpan.slice(0, 12)}${digit}); a recipient refuses it with RCP1061`);
  }
}

/** The variant to push: the role must receive it (scenarios/role-interfaces.yaml and the spec). */
function chooseVariant(stage: QualificationStage, role: string, interfaceID: string, eventCode: string | undefined): string {
  const received = publicationsReceivedBy(role, stage.options.spec, loadRoleInterfaceTable());
  const ofInterface = received.filter((publication) => publication.interfaceID === interfaceID).map((publication) => publication.eventCode);
  if (ofInterface.length === 0) {
    const known = stage.options.spec.catalogue.variantsOf(interfaceID).length > 0;
    const interfaces = [...new Set(received.map((publication) => publication.interfaceID))].join(', ');
    throw new SandboxRequestError(`${known ? `${role} does not receive ${interfaceID}` : `DIP API ${stage.options.spec.version} has no interface ${interfaceID}`}; ${role} receives ${interfaces}`);
  }
  if (eventCode === undefined) {
    if (ofInterface.length === 1) return ofInterface[0]!;
    throw new SandboxRequestError(`${interfaceID} has ${ofInterface.length} event codes ${role} receives; name one: ${ofInterface.join(', ')}`);
  }
  const wanted = bracketed(eventCode);
  if (!ofInterface.includes(wanted)) throw new SandboxRequestError(`${role} is not sent ${interfaceID} ${wanted}; of ${interfaceID} it receives ${ofInterface.join(', ')}`);
  return wanted;
}

/** The MPAN as the SMRS simulator holds it, else a Smart MPAN in the first GSP group the profile serves. */
function pointFor(stage: QualificationStage, mpan: string, role: string) {
  return (
    stage.points.get(mpan) ?? {
      mpan,
      gspGroup: stage.options.profile.capabilities.gspGroups[0] ?? '_A',
      distributorDipId: SIMULATED.distributor.dipId,
      segment: role === 'MSA' ? ('A' as const) : ('S' as const),
      appointments: [],
    }
  );
}

export async function pushToParticipant(stage: QualificationStage, request: SandboxPushRequest): Promise<SandboxPushAnswer> {
  const role = String(request.role ?? '').toUpperCase();
  const roleName = roleNameOf(role);
  if (!roleName) throw new SandboxRequestError(`role '${request.role}' is not one the DIP pushes to here; choose ${Object.values(ROLE_NAMES).join(', ')}`);
  const party = roleOf(stage.options.profile, role);
  if (!party) throw new SandboxRequestError(`the profile ${stage.options.profile.file} declares no ${roleName} (${role})`);
  const interfaceID = String(request.interfaceID ?? '').toUpperCase();
  const mpan = String(request.mpan ?? '');
  checkMpan(mpan);
  const eventCode = chooseVariant(stage, role, interfaceID, typeof request.eventCode === 'string' && request.eventCode !== '' ? request.eventCode : undefined);
  const message = messageKind(interfaceID, eventCode);
  const what = message.label;
  const context = new ScenarioContext(stage, `dip push ${what}`);
  try {
    context.point = pointFor(stage, mpan, role);
    await pushPublication(context, roleName, message);
    const push = context.lastAction(what)!.push!;
    const last = push.attempts.at(-1);
    const judged = judge(() => expectPushAnswered(context, message, 201), what);
    return {
      what,
      role,
      recipientDipId: party.dipId,
      webhookUrl: last?.request.url ?? '',
      mpan,
      transactionIDs: push.transactionIDs,
      attempts: push.attempts.length,
      ...(last?.response ? { status: last.response.status, body: last.response.body } : {}),
      ...(last?.transportError ? { transportError: last.transportError } : {}),
      ...judged,
      warnings: context.warnings,
    };
  } finally {
    context.close();
  }
}

/** The suite's verdict on the answer, as the DIP-channel scenario's Then step gives it. */
function judge(check: () => void, what: string): { acceptable: boolean; verdict: string; findings: readonly Finding[] } {
  try {
    check();
    return { acceptable: true, verdict: `acceptable: ${what} answered 201 with a StandardResponse naming its transaction`, findings: [] };
  } catch (error) {
    if (error instanceof ParticipantDefect) return { acceptable: false, verdict: `not acceptable: ${error.message.split('\n')[0]}`, findings: error.findings };
    if (error instanceof Inconclusive) return { acceptable: false, verdict: `not delivered: ${error.message}`, findings: [] };
    throw error;
  }
}
