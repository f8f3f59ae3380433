// Reads the DIP messages out of a recorded exchange: what a step needs to ask "did the
// participant send IF-031 [MSApp] for this MPAN?" without trusting the participant's JSON.
import type { Exchange } from '../evidence/exchange.ts';
import { pick } from '../rules/rule.ts';
import { textField } from '../spec/payload-fields.ts';

export interface ExchangeMessage {
  readonly index: number;
  readonly interfaceID: string | undefined;
  readonly eventCode: string | undefined;
  readonly mpan: string | undefined;
  readonly payload: Record<string, unknown>;
}

/**
 * The request body as the JSON array the DIP's endpoints take. A lone {"payload": …} object sent
 * without its array is read as one message, so a step can still say what was sent; the DIP's
 * ENVELOPE finding on that exchange says what was wrong with it. Anything else holds none.
 */
export function requestArray(exchange: Exchange): unknown[] {
  let body: unknown;
  try {
    body = JSON.parse(exchange.request.body);
  } catch {
    return [];
  }
  if (Array.isArray(body)) return body;
  return typeof body === 'object' && body !== null && 'payload' in body ? [body] : [];
}

export function messagesOf(exchange: Exchange): ExchangeMessage[] {
  return requestArray(exchange).flatMap((item, index) => {
    const payload = pick(item, 'payload');
    if (typeof payload !== 'object' || payload === null) return [];
    return [
      {
        index,
        interfaceID: textField(payload, 'CommonBlock', 'S0', 'interfaceID'),
        eventCode: textField(payload, 'CommonBlock', 'S0', 'eventCode'),
        mpan: textField(payload, 'CommonBlock', 'M0', 'MPANCore') ?? textField(payload, 'CommonBlock', 'M1', 'principalMPAN'),
        payload: payload as Record<string, unknown>,
      },
    ];
  });
}

export interface MessageQuery {
  readonly direction: Exchange['direction'];
  readonly interfaceID: string;
  readonly eventCode?: string;
  readonly mpan?: string;
  /** Only exchanges at or after this market instant. */
  readonly since?: number;
}

export function matches(exchange: Exchange, query: MessageQuery): ExchangeMessage | undefined {
  if (exchange.direction !== query.direction) return undefined;
  if (query.since !== undefined && exchange.marketMillis < query.since) return undefined;
  return messagesOf(exchange).find(
    (message) =>
      message.interfaceID === query.interfaceID &&
      (query.eventCode === undefined || message.eventCode === query.eventCode) &&
      // The first 12 digits identify the MPAN; a wrong check digit is a finding, not another MPAN.
      (query.mpan === undefined || message.mpan?.slice(0, 12) === query.mpan.slice(0, 12)),
  );
}

/**
 * The StandardResponse entries of a status message, with their code (`RCP1061`, read from the
 * start of `message`; the whole message when it starts with none) and the transaction each answers.
 */
export function statusEntriesOf(exchange: Exchange): Array<{ transactionID: string; code: string }> {
  return (requestArray(exchange) as Array<{ transactionID?: unknown; message?: unknown } | null>).map((entry) => ({
    transactionID: String(entry?.transactionID ?? ''),
    code: /^([A-Z]{2,4}\d{4})/.exec(String(entry?.message ?? ''))?.[1] ?? String(entry?.message ?? ''),
  }));
}
