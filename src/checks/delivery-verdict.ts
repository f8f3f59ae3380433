// Who is to blame when a push did not get through. The DIP retries a push on 408, 429, 5xx and
// on transport failures; what the last attempt met decides the verdict:
//   - a webhook that never answered anything in this run and cannot be reached (refused, no such
//     host), or whose certificate the suite's configured CA does not vouch for, is the set-up's
//     problem: inconclusive, with what to check;
//   - a webhook that answered before and now refuses, resets, times out or answers 5xx on every
//     attempt is the participant failing to take a message: fail;
//   - a failure the retry got past is a warning, not a failure: retries are how the DIP works.
import type { PushOutcome } from '../../mocks/dip/publication-push.ts';
import { WEBHOOK_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';

export type DeliveryJudgement =
  | { readonly verdict: 'delivered'; readonly warnings: readonly Finding[] }
  | { readonly verdict: 'fail'; readonly message: string; readonly findings: readonly Finding[] }
  | { readonly verdict: 'inconclusive'; readonly message: string };

/** Transport errors that mean "nothing is listening there": the URL or the network, not the webhook's behaviour. */
const UNREACHABLE = /^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|EINVALIDURL)\b/;
/** The participant's server certificate does not chain to the CA the profile names (a same-named CA gives CERT_SIGNATURE_FAILURE): a trust set-up to fix. */
const UNTRUSTED_SERVER = /^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_SIGNATURE_FAILURE)\b/;

const availability = (message: string): Finding => findingOf(WEBHOOK_CHECKS.available, '', message);

export function judgeDelivery(outcome: PushOutcome, what: string): DeliveryJudgement {
  const last = outcome.attempts.at(-1);
  if (!last) return { verdict: 'inconclusive', message: `${what} was never attempted` };
  const tries = `${outcome.attempts.length} attempt(s)`;
  const earlierTrouble = outcome.attempts.slice(0, -1).map((attempt) => attempt.transportError ?? `HTTP ${attempt.response?.status}`);
  if (last.response && last.response.status < 500 && last.response.status !== 408 && last.response.status !== 429) {
    const warnings = earlierTrouble.length
      ? [{ ...availability(`${what} got through on attempt ${outcome.attempts.length} after ${earlierTrouble.join('; ')}`), severity: 'warn' as const }]
      : [];
    return { verdict: 'delivered', warnings };
  }
  if (last.transportError) {
    if (!outcome.webhookAnsweredBefore && UNREACHABLE.test(last.transportError)) {
      return { verdict: 'inconclusive', message: `the participant's webhook ${last.request.url} could not be reached (${last.transportError}) and has answered nothing in this run: check the profile's webhookUrl and that the webhook runs` };
    }
    if (UNTRUSTED_SERVER.test(last.transportError)) {
      return { verdict: 'inconclusive', message: `the webhook's TLS certificate does not chain to the CA the profile names (${last.transportError}): check transport.participantCa` };
    }
    return { verdict: 'fail', message: `${what} was not taken: ${last.transportError} on the last of ${tries}`, findings: [availability(`every attempt failed: ${[...earlierTrouble, last.transportError].join('; ')}`)] };
  }
  const status = last.response!.status;
  return { verdict: 'fail', message: `${what} was not taken: HTTP ${status} on the last of ${tries}`, findings: [availability(`the webhook answered ${[...earlierTrouble, `HTTP ${status}`].join('; ')}; the DIP gives up after ${tries}`)] };
}
