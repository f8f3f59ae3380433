// A sequence diagram of the traffic a scenario actually produced, drawn from its exchanges:
// Mermaid text for tools, and a self-contained SVG a reviewer sees in the report without any
// script or network.
import type { Exchange } from './exchange.ts';
import { messagesOf } from '../scenario/exchange-messages.ts';

/** The diagram's lifelines: the participant, the DIP, and the parties the suite plays behind it. */
type Lifeline = 'Participant' | 'DIP' | 'Simulated';

interface Arrow {
  readonly from: Lifeline;
  readonly to: Lifeline;
  readonly label: string;
  readonly reply: string;
}

const LIFELINES: ReadonlyArray<{ readonly lifeline: Lifeline; readonly id: string; readonly title: string; readonly fill: string }> = [
  { lifeline: 'Participant', id: 'P', title: 'Participant under test', fill: '#e8f0fe' },
  { lifeline: 'DIP', id: 'D', title: 'DIP emulator', fill: '#fef7e0' },
  { lifeline: 'Simulated', id: 'S', title: 'Simulated parties (SMRS …)', fill: '#e6f4ea' },
];

function arrowsOf(exchanges: readonly Exchange[]): Arrow[] {
  return exchanges.map((exchange) => {
    const messages = messagesOf(exchange)
      .map((message) => `${message.interfaceID ?? '?'} ${message.eventCode ?? ''}`.trim())
      .join(', ');
    const label = `${exchange.marketTime.slice(11, 19)} ${messages || exchange.channel}`;
    const reply = exchange.response ? `HTTP ${exchange.response.status}` : `no answer: ${exchange.transportError ?? ''}`;
    switch (exchange.direction) {
      case 'participant-to-dip':
        return { from: 'Participant', to: 'DIP', label, reply };
      case 'dip-to-participant':
        return { from: 'DIP', to: 'Participant', label: exchange.attempt && exchange.attempt > 1 ? `${label} (attempt ${exchange.attempt})` : label, reply };
      case 'dip-to-simulated-party':
        // Handed on inside the suite: no HTTP, so no status; the reply line names who had it.
        return { from: 'DIP', to: 'Simulated', label, reply: `handed to ${recipientsOf(exchange)}` };
    }
  });
}

/** The simulated parties an in-process delivery went to, by name. */
function recipientsOf(exchange: Exchange): string {
  const names = (exchange.recipients ?? []).map((party) => party.name);
  return names.length ? names.join(', ') : 'no simulated party named';
}

export function mermaidSequence(exchanges: readonly Exchange[]): string {
  const lines = ['sequenceDiagram', ...LIFELINES.map((line) => `  participant ${line.id} as ${line.title}`)];
  const idOf = (lifeline: Lifeline) => LIFELINES.find((line) => line.lifeline === lifeline)!.id;
  for (const arrow of arrowsOf(exchanges)) {
    const [from, to] = [idOf(arrow.from), idOf(arrow.to)];
    lines.push(`  ${from}->>${to}: ${arrow.label.replace(/[;#]/g, ' ')}`, `  ${to}-->>${from}: ${arrow.reply.replace(/[;#]/g, ' ')}`);
  }
  return lines.join('\n');
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function svgSequence(exchanges: readonly Exchange[]): string {
  const arrows = arrowsOf(exchanges);
  const width = 900;
  const xOf: Record<Lifeline, number> = { Participant: 120, DIP: 450, Simulated: 780 };
  const rowHeight = 46;
  const top = 60;
  const height = top + Math.max(1, arrows.length) * rowHeight + 30;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    '<defs><marker id="head" markerWidth="10" markerHeight="7" refX="9" refY="3.5" orient="auto"><polygon points="0 0, 10 3.5, 0 7"/></marker></defs>',
    ...LIFELINES.flatMap(({ lifeline, title, fill }) => [
      `<rect x="${xOf[lifeline] - 95}" y="10" width="190" height="30" fill="${fill}" stroke="#333"/><text x="${xOf[lifeline]}" y="30" text-anchor="middle">${escapeXml(title)}</text>`,
      `<line x1="${xOf[lifeline]}" y1="40" x2="${xOf[lifeline]}" y2="${height - 10}" stroke="#999" stroke-dasharray="4"/>`,
    ]),
  ];
  arrows.forEach((arrow, index) => {
    const y = top + index * rowHeight;
    const [x1, x2] = [xOf[arrow.from], xOf[arrow.to]];
    const middle = (x1 + x2) / 2;
    parts.push(
      `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="#222" marker-end="url(#head)"/>`,
      `<text x="${middle}" y="${y - 5}" text-anchor="middle">${escapeXml(arrow.label)}</text>`,
      `<line x1="${x2}" y1="${y + 16}" x2="${x1}" y2="${y + 16}" stroke="#777" stroke-dasharray="3" marker-end="url(#head)"/>`,
      `<text x="${middle}" y="${y + 28}" text-anchor="middle" fill="#555">${escapeXml(arrow.reply)}</text>`,
    );
  });
  if (arrows.length === 0) parts.push(`<text x="${width / 2}" y="${top + 10}" text-anchor="middle">no traffic with the participant in this scenario</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
