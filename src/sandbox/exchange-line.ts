// One line per journaled exchange, as `dip serve` prints them: market time, which way it went,
// what it carried, the HTTP answer and what the suite found. A developer watching their own
// client sees at a glance which message failed and which rule it broke; the journal has the rest.
import type { Exchange } from '../evidence/exchange.ts';
import { messagesOf } from '../scenario/exchange-messages.ts';

const TOWARDS_PARTICIPANT = '→ participant';
const FROM_PARTICIPANT = '← participant';
const TOWARDS_SIMULATED = '→ simulated';

const ARROWS: Record<Exchange['direction'], string> = {
  'participant-to-dip': FROM_PARTICIPANT,
  'dip-to-participant': TOWARDS_PARTICIPANT,
  'dip-to-simulated-party': TOWARDS_SIMULATED,
};

/** RCP codes a status message reports, e.g. `RCP1061`; none when its body is not a StandardResponseArray. */
function statusCodesOf(body: string): string[] {
  let entries: unknown;
  try {
    entries = JSON.parse(body);
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return entries
    .map((entry) => (entry as { message?: unknown } | null)?.message)
    .map((message) => (typeof message === 'string' ? /^[A-Z]{3}\d{4}/.exec(message)?.[0] : undefined))
    .filter((code): code is string => code !== undefined);
}

/** `IF-031 [MSApp]` for each message of the body, a status message's codes, else the path it came to. */
function whatOf(exchange: Exchange): string {
  const messages = messagesOf(exchange).map((message) => `${message.interfaceID ?? '?'} ${message.eventCode ?? '?'}`);
  if (messages.length) return [...new Set(messages)].join(', ') + (messages.length > 1 ? ` (${messages.length} messages)` : '');
  if (exchange.channel.endsWith('/statusmessage')) {
    const codes = statusCodesOf(exchange.request.body);
    return codes.length ? `status message ${[...new Set(codes)].join(', ')}` : 'status message';
  }
  return `${exchange.request.method} ${exchange.channel}`;
}

function answerOf(exchange: Exchange): string {
  if (exchange.response) return String(exchange.response.status);
  // Handed on inside the suite: no HTTP, so the line names who had it instead of a status.
  if (exchange.direction === 'dip-to-simulated-party') return `to ${(exchange.recipients ?? []).map((party) => party.name).join(', ') || 'no simulated party named'}`;
  return `no answer (${exchange.transportError ?? 'none recorded'})`;
}

/** Rule IDs of the findings, each once, in the order found; `ok` when there are none. */
function findingsOf(exchange: Exchange): string {
  const rules = [...new Set(exchange.findings.map((finding) => finding.rule))];
  return rules.length ? rules.join(', ') : 'ok';
}

export function exchangeLine(exchange: Exchange): string {
  const direction = ARROWS[exchange.direction];
  const attempt = exchange.attempt && exchange.attempt > 1 ? ` (attempt ${exchange.attempt})` : '';
  return `${exchange.marketTime}  ${direction}  ${whatOf(exchange)}${attempt}  ${answerOf(exchange)}  ${findingsOf(exchange)}`;
}
