// The DIP pushing a publication to a participant's webhook: the messages get their D0 block,
// the POST is signed over the webhook URL as configured (and sent over mTLS when the emulator
// has certificates), with that URL's host and port as written in its Host header, retried on the
// answers the official definition marks for retry (408, 429, 500, 502, 503, 504) and on
// transport failures, and every attempt is journaled as soon as it ends.
import { randomUUID } from 'node:crypto';
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { checkWebhookAnswer } from '../../src/checks/webhook-answer.ts';
import { type Exchange, redactHeaders } from '../../src/evidence/exchange.ts';
import { mpansNamed } from '../../src/evidence/exchange-mpans.ts';
import type { ExchangeJournal } from '../../src/evidence/exchange-journal.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import { authorityOf } from '../../src/transport/called-url.ts';
import { postRequest, TIMEOUT_CODE } from '../../src/transport/post-request.ts';
import type { DipTransportSecurity } from '../../src/transport/transport-security.ts';
import { type SignatureTamper, signPush } from './push-signing.ts';

export const RETRIED_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export interface PushRequest {
  readonly webhookUrl: string;
  readonly interfaceID: string;
  /** Payloads as the central system wrote them, without D0. */
  readonly payloads: ReadonlyArray<Record<string, unknown>>;
  readonly initialCorrelationID?: string | null;
  readonly replay?: boolean;
  readonly scenario?: string;
  /** Spoil the signature on purpose (signature-check scenarios). */
  readonly tamper?: SignatureTamper;
}

export interface PushContext {
  readonly spec: LoadedSpec;
  readonly journal: ExchangeJournal;
  /** Market time, UTC millis. */
  readonly now: () => number;
  readonly nextTransactionId: (interfaceID: string, senderDipId: string, role: string) => string;
  /** Real milliseconds to wait before each retry; its length is the number of retries. */
  readonly retrySchedule: readonly number[];
  readonly timeoutMs: number;
  /** Connection pool: HTTPS with the DIP's client certificate when `security` is set. */
  readonly agent: HttpAgent | HttpsAgent;
  /** Certificates to sign with; pushes are unsigned without them (a plain-HTTP development run). */
  readonly security?: DipTransportSecurity;
  /** Webhook URLs that have given an HTTP answer in this run: an unreachable one that never has is a set-up problem. */
  readonly answeredWebhooks: Set<string>;
  /** Told each transaction and the MPANs its message is about, before it goes out, so a status message naming it is filed under them. */
  readonly onTransaction?: (transactionID: string, mpans: readonly string[]) => void;
  /** The scenario that has these MPANs, recorded with each attempt. */
  readonly scenarioOf?: (mpans: readonly string[]) => string | undefined;
}

export interface PushOutcome {
  readonly delivered: boolean;
  readonly status: number | undefined;
  readonly transactionIDs: readonly string[];
  readonly attempts: readonly Exchange[];
  /** The body as pushed, D0 included. */
  readonly body: ReadonlyArray<{ payload: Record<string, unknown> }>;
  /** The webhook had answered an earlier push of this run (it was reachable). */
  readonly webhookAnsweredBefore: boolean;
}

/**
 * A push's exchange is stamped when its answer arrived (`marketMillis`); the trigger it carries is
 * timed from when it was delivered (`sentMarketMillis`): the participant has the message from
 * then, and may act on it before it answers.
 */
function marketStamp(marketMillis: number): { marketTime: string; marketMillis: number } {
  return { marketTime: formatGbTimestamp(marketMillis), marketMillis };
}

/** PUB-031 for IF-031; reports (REP-002 …) are published under their own ID (DI-986, at most 8 characters). */
export function publicationIdOf(interfaceID: string): string {
  return interfaceID.replace(/^IF-/, 'PUB-');
}

function withD0(payload: Record<string, unknown>, d0: Record<string, unknown>): Record<string, unknown> {
  const commonBlock = payload.CommonBlock as Record<string, unknown>;
  return { ...payload, CommonBlock: { ...commonBlock, D0: d0 } };
}

/**
 * Pushes `request.payloads` with fresh D0 blocks, or, given `earlier`, the very body of an
 * earlier push again (a redelivery keeps its transaction IDs).
 */
export async function pushPublication(context: PushContext, request: PushRequest, earlier?: PushOutcome): Promise<PushOutcome> {
  const transactionTimestamp = formatGbTimestamp(context.now());
  const transactionIDs: string[] = earlier ? [...earlier.transactionIDs] : [];
  // A replay (DIP replay or requeue) delivers the same transactions again, marked replayIndicator: true.
  const again = earlier && request.replay ? earlier.body.map((item) => ({ payload: withD0(item.payload, { ...((item.payload.CommonBlock as Record<string, unknown>).D0 as Record<string, unknown>), replayIndicator: true }) })) : earlier?.body;
  const body = again ?? request.payloads.map((payload) => {
    const s1 = (payload.CommonBlock as { S1: { senderDIPID: string; senderRoleID: string } }).S1;
    const transactionID = context.nextTransactionId(request.interfaceID, s1.senderDIPID, s1.senderRoleID);
    transactionIDs.push(transactionID);
    return {
      payload: withD0(payload, {
        transactionID,
        transactionTimestamp,
        publicationID: publicationIdOf(request.interfaceID),
        initialCorrelationID: request.initialCorrelationID ?? null,
        replayIndicator: request.replay ?? false,
        serviceTicketURL: null,
      }),
    };
  });
  const text = JSON.stringify(body);
  const mpans = mpansNamed(body);
  const scenario = request.scenario ?? context.scenarioOf?.(mpans);
  for (const [index, transactionID] of transactionIDs.entries()) context.onTransaction?.(transactionID, mpansNamed(body[index]));
  const webhookAnsweredBefore = context.answeredWebhooks.has(request.webhookUrl);
  const attempts: Exchange[] = [];
  for (let attempt = 1; ; attempt += 1) {
    // Signed afresh per attempt: a retry is a new request with a new signature date.
    const signed = context.security ? signPush(context.security, request.webhookUrl, Buffer.from(text, 'utf8'), request.tamper) : { headers: {}, body: Buffer.from(text, 'utf8') };
    // The participant checks the signature over its Host header and request line; Node would
    // write the host lower-cased and drop a default port (:443) the signed URL may carry.
    const host = authorityOf(request.webhookUrl);
    const headers: Record<string, string> = { ...(host ? { host } : {}), 'content-type': 'application/json', ...signed.headers };
    const sent = { method: 'POST', url: request.webhookUrl, headers: redactHeaders(Object.entries(headers)), body: signed.body.toString('utf8') };
    const startedAt = new Date().toISOString();
    const attemptedAt = context.now();
    // On the wire once connected and written (post-request.ts): the time signing, a TLS
    // handshake or a wait for a free socket took is the DIP's, not the participant's.
    const outcome = await postRequest({ url: request.webhookUrl, headers, body: signed.body, timeoutMs: context.timeoutMs, agent: context.agent, clock: context.now });
    // A push that never went out (refused, no handshake) is dated when it was tried.
    const sentMarketMillis = outcome.sentAt ?? attemptedAt;
    const common = {
      id: randomUUID(),
      direction: 'dip-to-participant' as const,
      channel: new URL(request.webhookUrl).pathname,
      request: sent,
      startedAt,
      finishedAt: new Date().toISOString(),
      ...marketStamp(context.now()),
      sentMarketMillis,
      attempt,
      ...(mpans.length ? { mpans } : {}),
      ...(scenario ? { scenario } : {}),
      ...(request.tamper ? { deliberateFault: `the suite spoilt this push's DIP message signature on purpose (${request.tamper})` } : {}),
    };
    let exchange: Exchange;
    if (outcome.kind === 'answered') {
      context.answeredWebhooks.add(request.webhookUrl);
      const responseText = outcome.body.toString('utf8');
      exchange = {
        ...common,
        response: { status: outcome.status, headers: redactHeaders(outcome.headers), body: responseText },
        findings: checkWebhookAnswer(context.spec, outcome.status, responseText, transactionIDs),
      };
    } else {
      exchange = { ...common, transportError: outcome.code === TIMEOUT_CODE ? outcome.message : `${outcome.code}: ${outcome.message}`, findings: [] };
    }
    await context.journal.append(exchange);
    attempts.push(exchange);
    const status = exchange.response?.status;
    const retry = status === undefined || RETRIED_STATUSES.has(status);
    if (!retry || attempt > context.retrySchedule.length) {
      return { delivered: status === 201 || status === 207, status, transactionIDs, attempts, body, webhookAnsweredBefore };
    }
    await new Promise((resolve) => setTimeout(resolve, context.retrySchedule[attempt - 1]));
  }
}
