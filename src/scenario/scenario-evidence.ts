// What a scenario leaves in the report: every exchange with the participant (request and
// answer, pretty JSON, secrets already redacted), the sequence diagram of that traffic, the
// SLA figures measured, and the screenshots a browser trigger took of the participant's UI.
import { formatSlaMeasurement } from '../clock/index.ts';
import type { Exchange } from '../evidence/exchange.ts';
import { mermaidSequence, svgSequence } from '../evidence/sequence-diagram.ts';
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

function exchangeTitle(exchange: Exchange, index: number): string {
  const arrow = exchange.direction === 'participant-to-dip' ? 'participant → DIP' : 'DIP → participant';
  const status = exchange.response ? exchange.response.status : 'no answer';
  return `${String(index + 1).padStart(2, '0')} ${arrow} ${exchange.channel} (${status})${exchange.attempt ? ` attempt ${exchange.attempt}` : ''}`;
}

export function scenarioEvidence(context: ScenarioContext): Attachment[] {
  const exchanges = context.exchanges();
  const attachments: Attachment[] = exchanges.map((exchange, index) => ({
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
