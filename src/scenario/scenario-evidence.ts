// What a scenario leaves in the report: every exchange with the participant (request and
// answer, pretty JSON, secrets already redacted), the sequence diagram of that traffic, the
// SLA figures measured, and the screenshots a browser trigger took of the participant's UI.
import { formatDuration, formatSlaMeasurement } from '../clock/index.ts';
import { formatGbTimestamp } from '../time/gb-time.ts';
import type { Exchange } from '../evidence/exchange.ts';
import { mermaidSequence, svgSequence } from '../evidence/sequence-diagram.ts';
import { messagesOf } from './exchange-messages.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { WARNINGS_ATTACHMENT } from '../run/run-summary.ts';

export interface Attachment {
  readonly name: string;
  readonly mediaType: string;
  readonly body: string | Buffer;
}

function pretty(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * What the exchange carried, as the industry names it: `IF-002 [GainMPANInfo]` read from the
 * body's CommonBlock (every push goes to the same webhook, so its path says nothing), each kind
 * once with a count when a body holds several. A body with no DIP message (a status message, a
 * broken body) is named by the path it was sent to.
 */
function carried(exchange: Exchange): string {
  const kinds = new Map<string, number>();
  for (const message of messagesOf(exchange)) {
    const kind = [message.interfaceID ?? 'unknown interface', message.eventCode].filter(Boolean).join(' ');
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  if (kinds.size === 0) return exchange.channel;
  return [...kinds].map(([kind, count]) => (count > 1 ? `${kind} ×${count}` : kind)).join(', ');
}

/**
 * `01 DIP → participant IF-002 [GainMPANInfo] (201) attempt 1`, or for a delivery inside the
 * suite `02 DIP → Registration Service (simulated SMRS) IF-031 [MSApp] (handed on)`: the
 * attachment's name in the report.
 */
export function exchangeTitle(exchange: Exchange, index: number): string {
  const number = String(index + 1).padStart(2, '0');
  if (exchange.direction === 'dip-to-simulated-party') {
    const names = (exchange.recipients ?? []).map((party) => party.name).join(', ') || 'no simulated party named';
    return `${number} DIP → ${names} ${carried(exchange)} (handed on)`;
  }
  const arrow = exchange.direction === 'participant-to-dip' ? 'participant → DIP' : 'DIP → participant';
  const status = exchange.response ? exchange.response.status : 'no answer';
  return `${number} ${arrow} ${carried(exchange)} (${status})${exchange.attempt ? ` attempt ${exchange.attempt}` : ''}`;
}

/**
 * The scenario's span on the market clock, for the report beside its real start and stop. The
 * report's timeline and durations are real time: the suite's own clock, the same for every
 * scenario, so the bars of a run line up and a parallel run's overlap is true. Market time runs
 * ×time scale (and stands still while the suite could not run), so a bar cannot show it; the
 * scenario's "Market time" parameter does, in the DIP's form, as its exchanges are stamped.
 */
export function marketTimeSpan(startedAtMarketMillis: number, nowMarketMillis: number, timeScale: number): string {
  const scale = timeScale === 1 ? 'real time' : `×${timeScale}`;
  return `${formatGbTimestamp(startedAtMarketMillis)} → ${formatGbTimestamp(nowMarketMillis)} (${formatDuration(nowMarketMillis - startedAtMarketMillis)} of market time at ${scale})`;
}

/** The attachment's name for what the DIP handed to the parties the suite plays. */
export const HANDED_ON_ATTACHMENT = 'handed on to simulated parties';

/**
 * What the DIP handed to the parties the suite plays, one line each with its journal ID. These
 * are the simulated market's side of the scenario: a line each keeps the report light (their
 * bodies, a participant's message again or an SMRS publication, would add a fifth to the pack),
 * and the journal in the pack has every byte under that ID.
 */
export function handedOnLines(exchanges: readonly Exchange[]): string {
  return exchanges
    .filter((exchange) => exchange.direction === 'dip-to-simulated-party')
    .map((exchange, index) => `${exchangeTitle(exchange, index)}  at ${exchange.marketTime}  journal ID ${exchange.id}${exchange.deliveredFrom ? `, from submission ${exchange.deliveredFrom}` : ''}`)
    .join('\n');
}

export function scenarioEvidence(context: ScenarioContext): Attachment[] {
  const exchanges = context.exchanges();
  const withParticipant = exchanges.filter((exchange) => exchange.direction !== 'dip-to-simulated-party');
  const attachments: Attachment[] = withParticipant.map((exchange, index) => ({
    name: exchangeTitle(exchange, index),
    mediaType: 'application/json',
    body: JSON.stringify(
      {
        ...exchange,
        request: { ...exchange.request, body: pretty(exchange.request.body) },
        ...(exchange.response ? { response: { ...exchange.response, body: pretty(exchange.response.body) } } : {}),
      },
      null,
      2,
    ),
  }));
  const handedOn = handedOnLines(exchanges);
  if (handedOn) attachments.push({ name: HANDED_ON_ATTACHMENT, mediaType: 'text/plain', body: handedOn });
  attachments.push({ name: 'sequence diagram', mediaType: 'image/svg+xml', body: svgSequence(exchanges) });
  attachments.push({ name: 'sequence diagram (Mermaid)', mediaType: 'text/plain', body: mermaidSequence(exchanges) });
  if (context.slas.length) {
    attachments.push({ name: 'SLA measurements', mediaType: 'text/plain', body: context.slas.map((measurement) => formatSlaMeasurement(measurement)).join('\n') });
  }
  for (const screenshot of context.screenshots) attachments.push({ name: `trigger screenshot ${screenshot.name}`, mediaType: 'image/png', body: screenshot.png });
  if (context.warnings.length) {
    attachments.push({
      name: WARNINGS_ATTACHMENT,
      mediaType: 'text/plain',
      body: context.warnings.map((finding) => `${finding.rule} ${finding.pointer}: ${finding.message} (${finding.requirement})`).join('\n'),
    });
  }
  return attachments;
}
