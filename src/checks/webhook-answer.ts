// Checks on how a participant's webhook answers a DIP push: a StandardResponse the schema
// accepts, one entry per message, each echoing the DIP transaction ID it answers. Whether the
// status should be 201 or 400 depends on what was pushed, so scenarios judge that; these
// checks hold for every answer.
import { WEBHOOK_CHECKS } from '../findings/check-registry.ts';
import type { Finding } from '../rules/rule.ts';
import { findingOf } from '../rules/rule.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';

const ANSWERED_WITH_BODY = new Set([201, 207, 400]);

export function checkWebhookAnswer(spec: LoadedSpec, status: number, bodyText: string, transactionIDs: readonly string[]): Finding[] {
  if (!ANSWERED_WITH_BODY.has(status)) return [];
  if (status === 207 && transactionIDs.length === 1) {
    return [findingOf(WEBHOOK_CHECKS.partialForOne, '', `webhook answered 207 (partial success) to a push of one message, transaction ${transactionIDs[0]}; it succeeded (201) or failed (400)`)];
  }
  let answer: unknown;
  try {
    answer = JSON.parse(bodyText);
  } catch {
    const shown = bodyText.trim() === '' ? 'an empty body' : `'${bodyText.slice(0, 60)}'`;
    return [findingOf(WEBHOOK_CHECKS.standardResponse, '', `webhook answered ${status} with ${shown}; a StandardResponse {messageArray, timestamp} is required`)];
  }
  const validate = spec.validators.forPointer('SubmitEvents-unresolved.yaml', '/components/schemas/StandardResponse');
  if (!validate(answer)) {
    const first = validate.errors?.[0];
    return [findingOf(WEBHOOK_CHECKS.standardResponse, first?.instancePath ?? '', `webhook's StandardResponse does not match the spec: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim())];
  }
  const entries = ((answer as { messageArray?: Array<{ transactionID?: unknown }> }).messageArray ?? []);
  const echoed = new Set(entries.map((entry) => entry.transactionID));
  return transactionIDs
    .filter((id) => !echoed.has(id))
    .map((id) =>
      findingOf(WEBHOOK_CHECKS.transactionEcho, '/messageArray', `no StandardResponse entry names transaction ${id}; found ${[...echoed].map(String).join(', ') || 'none'}`),
    );
}
