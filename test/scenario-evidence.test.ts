// What a scenario leaves in the report: its exchanges named by what they carried (every push goes
// to the participant's one webhook, so `/webhook` alone would not tell a reviewer which was which),
// and its span on the market clock beside the real times of the report's timeline.
import { describe, expect, it } from 'vitest';
import { inProcessDeliveryExchange } from '../mocks/dip/in-process-delivery.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { mermaidSequence, svgSequence } from '../src/evidence/sequence-diagram.ts';
import { exchangeLine } from '../src/sandbox/exchange-line.ts';
import { exchangeTitle, handedOnLines, marketTimeSpan } from '../src/scenario/scenario-evidence.ts';

const message = (interfaceID: string, eventCode?: string) => ({ payload: { CommonBlock: { S0: { interfaceID, schemaVersion: '011', ...(eventCode ? { eventCode } : {}) } } } });

function exchange(direction: Exchange['direction'], channel: string, body: unknown, status?: number, attempt?: number): Exchange {
  return {
    id: 'x',
    direction,
    channel,
    request: { method: 'POST', url: `https://127.0.0.1${channel}`, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) },
    ...(status === undefined ? { transportError: 'ECONNREFUSED' } : { response: { status, headers: {}, body: '' } }),
    startedAt: '2026-12-07T12:00:00.000Z',
    finishedAt: '2026-12-07T12:00:00.100Z',
    marketTime: '2026-12-07T12:00:00+00:00',
    marketMillis: 0,
    findings: [],
    ...(attempt ? { attempt } : {}),
  };
}

describe('exchange titles', () => {
  it('name a push by the interface and event code it carries, not the webhook it went to', () => {
    expect(exchangeTitle(exchange('dip-to-participant', '/webhook', [message('IF-002', '[GainMPANInfo]')], 201, 1), 0)).toBe('01 DIP → participant IF-002 [GainMPANInfo] (201) attempt 1');
  });

  it('name a submission by its message, the channel aside', () => {
    expect(exchangeTitle(exchange('participant-to-dip', '/dip-channel/IF-031', [message('IF-031', '[MSApp]')], 201), 11)).toBe('12 participant → DIP IF-031 [MSApp] (201)');
  });

  it('count the messages of a batch, each kind once', () => {
    const batch = [message('IF-031', '[MSApp]'), message('IF-031', '[MSApp]'), message('IF-031', '[DSApp]')];
    expect(exchangeTitle(exchange('participant-to-dip', '/dip-channel/IF-031', batch, 201), 1)).toBe('02 participant → DIP IF-031 [MSApp] ×2, IF-031 [DSApp] (201)');
  });

  it('keep the path for what carries no DIP message, and say when nothing answered', () => {
    expect(exchangeTitle(exchange('participant-to-dip', '/statusmessage', [{ message: 'RCP1061 accepted' }], 201), 2)).toBe('03 participant → DIP /statusmessage (201)');
    expect(exchangeTitle(exchange('dip-to-participant', '/webhook', 'not json', undefined, 2), 3)).toBe('04 DIP → participant /webhook (no answer) attempt 2');
    // A message without its event code names what it does carry.
    expect(exchangeTitle(exchange('participant-to-dip', '/dip-channel/IF-031', [message('IF-031')], 400), 4)).toBe('05 participant → DIP IF-031 (400)');
  });
});

describe('a delivery to a party the suite plays', () => {
  const SMRS = { dipId: '2000000001', name: 'Registration Service (simulated SMRS)', role: 'REGS' };
  const delivery = inProcessDeliveryExchange({ payloads: [message('IF-031', '[MSApp]').payload], recipients: [SMRS], at: Date.UTC(2026, 11, 7, 12, 0, 5) });
  const submission = exchange('participant-to-dip', '/dip-channel/IF-031', [message('IF-031', '[MSApp]')], 201);

  it('is named by the party it went to and what it carried, handed on rather than answered', () => {
    expect(exchangeTitle(delivery, 1)).toBe('02 DIP → Registration Service (simulated SMRS) IF-031 [MSApp] (handed on)');
    expect(exchangeTitle({ ...delivery, recipients: [] }, 1)).toBe('02 DIP → no simulated party named IF-031 [MSApp] (handed on)');
  });

  it('is one line of the report, with its journal ID and the submission it came in; the participant\'s own traffic is not', () => {
    const fromSubmission = { ...delivery, deliveredFrom: 'submission-7' };
    expect(handedOnLines([submission, delivery, fromSubmission]).split('\n')).toEqual([
      `01 DIP → Registration Service (simulated SMRS) IF-031 [MSApp] (handed on)  at 2026-12-07T12:00:05+00:00  journal ID ${delivery.id}`,
      `02 DIP → Registration Service (simulated SMRS) IF-031 [MSApp] (handed on)  at 2026-12-07T12:00:05+00:00  journal ID ${delivery.id}, from submission submission-7`,
    ]);
    expect(handedOnLines([submission])).toBe('');
  });

  it('has its own line in the sandbox, naming the party instead of a status', () => {
    expect(exchangeLine(delivery)).toBe('2026-12-07T12:00:05+00:00  → simulated  IF-031 [MSApp]  to Registration Service (simulated SMRS)  ok');
    expect(exchangeLine(submission)).toMatch(/ ← participant {2}IF-031 \[MSApp\] {2}201 {2}ok$/);
  });

  it('is drawn from the DIP to a third lifeline, the simulated parties', () => {
    const mermaid = mermaidSequence([submission, delivery]).split('\n');
    expect(mermaid.slice(1, 4)).toEqual(['  participant P as Participant under test', '  participant D as DIP emulator', '  participant S as Simulated parties (SMRS …)']);
    expect(mermaid.slice(4)).toEqual([
      '  P->>D: 12:00:00 IF-031 [MSApp]',
      '  D-->>P: HTTP 201',
      '  D->>S: 12:00:05 IF-031 [MSApp]',
      '  S-->>D: handed to Registration Service (simulated SMRS)',
    ]);
    const svg = svgSequence([submission, delivery]);
    expect(svg).toContain('>Simulated parties (SMRS …)</text>');
    // The delivery's arrow runs from the DIP's lifeline (x 450) to the simulated parties' (x 780).
    expect(svg).toContain('<line x1="450" y1="106" x2="780" y2="106" stroke="#222" marker-end="url(#head)"/>');
  });
});

describe('market time', () => {
  it('spans the scenario on the market clock in the DIP form, GB local time, with the scale it ran at', () => {
    const start = Date.UTC(2026, 9, 20, 8, 0, 0); // 09:00 BST
    expect(marketTimeSpan(start, start + 75 * 60_000 + 6_000, 600)).toBe('2026-10-20T09:00:00+01:00 → 2026-10-20T10:15:06+01:00 (75 min 6 s of market time at ×600)');
    expect(marketTimeSpan(start, start + 2_000, 1)).toBe('2026-10-20T09:00:00+01:00 → 2026-10-20T09:00:02+01:00 (2 s of market time at real time)');
  });
});
