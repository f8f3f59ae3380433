// The DIP pushing a publication to a participant's webhook: the messages get their D0 block,
// the POST is retried on the answers the official definition marks for retry (408, 429, 500,
// 502, 503, 504) and on transport failures, and every attempt is journaled as soon as it ends.
import { randomUUID } from 'node:crypto';
import { checkWebhookAnswer } from '../../src/checks/webhook-answer.ts';
import { type Exchange, redactHeaders } from '../../src/evidence/exchange.ts';
import type { ExchangeJournal } from '../../src/evidence/exchange-journal.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';

export const RETRIED_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export interface PushRequest {
  readonly webhookUrl: string;
  readonly interfaceID: string;
  /** Payloads as the central system wrote them, without D0. */
  readonly payloads: ReadonlyArray<Record<string, unknown>>;
  readonly initialCorrelationID?: string | null;
  readonly replay?: boolean;
  readonly scenario?: string;
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
}

export interface PushOutcome {
  readonly delivered: boolean;
  readonly status: number | undefined;
  readonly transactionIDs: readonly string[];
  readonly attempts: readonly Exchange[];
  /** The body as pushed, D0 included. */
  readonly body: ReadonlyArray<{ payload: Record<string, unknown> }>;
}

/** A push is timed when its answer arrives: that is when the participant has the message. */
function marketStamp(marketMillis: number): { marketTime: string; marketMillis: number } {
  return { marketTime: formatGbTimestamp(marketMillis), marketMillis };
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
  const body = earlier ? earlier.body : request.payloads.map((payload) => {
    const s1 = (payload.CommonBlock as { S1: { senderDIPID: string; senderRoleID: string } }).S1;
    const transactionID = context.nextTransactionId(request.interfaceID, s1.senderDIPID, s1.senderRoleID);
    transactionIDs.push(transactionID);
    return {
      payload: withD0(payload, {
        transactionID,
        transactionTimestamp,
        publicationID: `PUB-${request.interfaceID.replace(/^IF-/, '')}`,
        initialCorrelationID: request.initialCorrelationID ?? null,
        replayIndicator: request.replay ?? false,
        serviceTicketURL: null,
      }),
    };
  });
  const text = JSON.stringify(body);
  const headers = { 'content-type': 'application/json' };
  const attempts: Exchange[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const startedAt = new Date().toISOString();
    let exchange: Exchange;
    try {
      const response = await fetch(request.webhookUrl, { method: 'POST', headers, body: text, signal: AbortSignal.timeout(context.timeoutMs) });
      const responseText = await response.text();
      exchange = {
        id: randomUUID(),
        direction: 'dip-to-participant',
        channel: new URL(request.webhookUrl).pathname,
        request: { method: 'POST', url: request.webhookUrl, headers: redactHeaders(Object.entries(headers)), body: text },
        response: { status: response.status, headers: redactHeaders(response.headers), body: responseText },
        startedAt,
        finishedAt: new Date().toISOString(),
        ...marketStamp(context.now()),
        findings: checkWebhookAnswer(context.spec, response.status, responseText, transactionIDs),
        attempt,
        ...(request.scenario ? { scenario: request.scenario } : {}),
      };
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      exchange = {
        id: randomUUID(),
        direction: 'dip-to-participant',
        channel: new URL(request.webhookUrl).pathname,
        request: { method: 'POST', url: request.webhookUrl, headers: redactHeaders(Object.entries(headers)), body: text },
        transportError: cause === 'TimeoutError' ? `no answer within ${context.timeoutMs} ms` : `${cause}: ${(error as Error).message}`,
        startedAt,
        finishedAt: new Date().toISOString(),
        ...marketStamp(context.now()),
        findings: [],
        attempt,
        ...(request.scenario ? { scenario: request.scenario } : {}),
      };
    }
    await context.journal.append(exchange);
    attempts.push(exchange);
    const status = exchange.response?.status;
    const retry = status === undefined || RETRIED_STATUSES.has(status);
    if (!retry || attempt > context.retrySchedule.length) {
      return { delivered: status === 201 || status === 207, status, transactionIDs, attempts, body };
    }
    await new Promise((resolve) => setTimeout(resolve, context.retrySchedule[attempt - 1]));
  }
}
