// A sequence diagram of the traffic a scenario actually produced, drawn from its exchanges:
// Mermaid text for tools, and a self-contained SVG a reviewer sees in the report without any
// script or network.
import type { Exchange } from './exchange.ts';
import { messagesOf } from '../scenario/exchange-messages.ts';

interface Arrow {
  readonly from: 'Participant' | 'DIP';
  readonly to: 'Participant' | 'DIP';
  readonly label: string;
  readonly reply: string;
}

function arrowsOf(exchanges: readonly Exchange[]): Arrow[] {
  return exchanges.map((exchange) => {
    const messages = messagesOf(exchange)
      .map((message) => `${message.interfaceID ?? '?'} ${message.eventCode ?? ''}`.trim())
      .join(', ');
    const label = `${exchange.marketTime.slice(11, 19)} ${messages || exchange.channel}`;
    const reply = exchange.response ? `HTTP ${exchange.response.status}` : `no answer: ${exchange.transportError ?? ''}`;
    return exchange.direction === 'participant-to-dip'
      ? { from: 'Participant', to: 'DIP', label, reply }
      : { from: 'DIP', to: 'Participant', label: exchange.attempt && exchange.attempt > 1 ? `${label} (attempt ${exchange.attempt})` : label, reply };
  });
}

export function mermaidSequence(exchanges: readonly Exchange[]): string {
  const lines = ['sequenceDiagram', '  participant P as Participant under test', '  participant D as DIP emulator (SMRS, CSS)'];
  for (const arrow of arrowsOf(exchanges)) {
    const [from, to] = arrow.from === 'Participant' ? ['P', 'D'] : ['D', 'P'];
    lines.push(`  ${from}->>${to}: ${arrow.label.replace(/[;#]/g, ' ')}`, `  ${to}-->>${from}: ${arrow.reply.replace(/[;#]/g, ' ')}`);
  }
  return lines.join('\n');
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function svgSequence(exchanges: readonly Exchange[]): string {
  const arrows = arrowsOf(exchanges);
  const width = 760;
  const [participantX, dipX] = [140, 620];
  const rowHeight = 46;
  const top = 60;
  const height = top + Math.max(1, arrows.length) * rowHeight + 30;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    '<defs><marker id="head" markerWidth="10" markerHeight="7" refX="9" refY="3.5" orient="auto"><polygon points="0 0, 10 3.5, 0 7"/></marker></defs>',
    `<rect x="${participantX - 90}" y="10" width="180" height="30" fill="#e8f0fe" stroke="#333"/><text x="${participantX}" y="30" text-anchor="middle">Participant under test</text>`,
    `<rect x="${dipX - 90}" y="10" width="180" height="30" fill="#fef7e0" stroke="#333"/><text x="${dipX}" y="30" text-anchor="middle">DIP emulator (SMRS, CSS)</text>`,
    `<line x1="${participantX}" y1="40" x2="${participantX}" y2="${height - 10}" stroke="#999" stroke-dasharray="4"/>`,
    `<line x1="${dipX}" y1="40" x2="${dipX}" y2="${height - 10}" stroke="#999" stroke-dasharray="4"/>`,
  ];
  arrows.forEach((arrow, index) => {
    const y = top + index * rowHeight;
    const [x1, x2] = arrow.from === 'Participant' ? [participantX, dipX] : [dipX, participantX];
    parts.push(
      `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="#222" marker-end="url(#head)"/>`,
      `<text x="${(participantX + dipX) / 2}" y="${y - 5}" text-anchor="middle">${escapeXml(arrow.label)}</text>`,
      `<line x1="${x2}" y1="${y + 16}" x2="${x1}" y2="${y + 16}" stroke="#777" stroke-dasharray="3" marker-end="url(#head)"/>`,
      `<text x="${(participantX + dipX) / 2}" y="${y + 28}" text-anchor="middle" fill="#555">${escapeXml(arrow.reply)}</text>`,
    );
  });
  if (arrows.length === 0) parts.push(`<text x="${width / 2}" y="${top + 10}" text-anchor="middle">no traffic with the participant in this scenario</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
