// Scenarios on DIP message signatures (DIP-REFERENCE §2.2): the DIP spoils the signature of a
// push on purpose, and the participant must refuse it (4xx, RCP9999 Message Signature Invalid)
// without acting on it. A participant that answers 201 does not check signatures at all.
import type { SignatureTamper } from '../../mocks/dip/push-signing.ts';
import { WEBHOOK_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { roleOf } from '../profile/participant-profile.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';
import type { MessageKind } from '../spec/message-kind.ts';

/** The words features use for each spoiling, and what the suite does for it. */
export const SPOILINGS: Readonly<Record<string, SignatureTamper>> = {
  'a wrong signature': 'bad-signature',
  'a body changed after signing': 'changed-body',
  'a signature date an hour old': 'stale-date',
  'a certificate no trusted authority issued': 'untrusted-certificate',
};

const signatureFinding = (message: string): Finding => findingOf(WEBHOOK_CHECKS.signatureChecked, '', message);

/** Arms the emulator: its next push to the participant's Smart Metering Service carries `spoiling`. */
export function spoilNextPushToMeteringService(context: ScenarioContext, spoiling: string): void {
  const tamper = SPOILINGS[spoiling];
  if (!tamper) throw new SuiteError(`no signature spoiling '${spoiling}'; known: ${Object.keys(SPOILINGS).join('; ')}`);
  if (!context.stage.security) throw new Inconclusive(`the profile ${context.stage.options.profile.file} runs without transport security (transport.security: plain), so no push is signed`);
  const meteringService = roleOf(context.stage.options.profile, 'MSS');
  if (!meteringService) throw new Inconclusive('the profile declares no Smart Metering Service to push to');
  // The push's journal record says the spoiling was deliberate.
  context.stage.emulator.spoilNextPush(meteringService.dipId, tamper);
}

function messagesOfAnswer(body: string): string[] {
  try {
    return ((JSON.parse(body) as { messageArray?: Array<{ message?: unknown }> }).messageArray ?? []).map((entry) => String(entry.message));
  } catch {
    return [];
  }
}

/** The participant refused the spoilt push of `what`: a 4xx, ideally 401 with RCP9999. */
export function expectSignatureRefusal(context: ScenarioContext, message: MessageKind): void {
  const what = message.label;
  const action = context.lastAction(what);
  if (!action?.push) throw new SuiteError(`the suite has not pushed ${what} to the participant in this scenario`);
  const last = action.push.attempts.at(-1)!;
  if (!last.deliberateFault) throw new SuiteError(`the last push of ${what} was not spoilt; arm the emulator before the push`);
  const status = last.response?.status;
  if (status === undefined) {
    throw new ParticipantDefect(`the participant gave no answer to ${what}: ${last.transportError}`, [signatureFinding('a push with a bad signature must be answered 401 (RCP9999), not dropped')]);
  }
  if (status < 400 || status > 499) {
    const why = status < 300 ? 'accepted it: it does not check DIP message signatures' : 'answered a server error, so the DIP retries a push that can never verify';
    throw new ParticipantDefect(`the participant answered HTTP ${status} to ${what} and ${why}`, [signatureFinding(`${last.deliberateFault}; HTTP ${status}, expected 401 with RCP9999`)]);
  }
  const messages = messagesOfAnswer(last.response!.body);
  if (status !== 401 || !messages.some((message) => message.startsWith('RCP9999'))) {
    context.warnings.push(findingOf(WEBHOOK_CHECKS.signatureRefusalCode, '', `refused with HTTP ${status}${messages.length ? ` (${messages.join('; ')})` : ''}; 401 with RCP9999 Message Signature Invalid says why`));
  }
}
