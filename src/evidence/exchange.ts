// An exchange is one HTTP request and its answer as seen at the DIP emulator's edge, in either
// direction. Every verdict, report and evidence file is derived from these records, so they
// keep the raw bytes (as text) and the times, and never a secret.
import type { Finding } from '../rules/rule.ts';

/**
 * `dip-to-simulated-party`: a message the DIP handed, inside the suite's process, to a party the
 * suite plays (the SMRS, a simulated Metering or Data Service …). No HTTP carries it, so it has
 * no answer; it is journaled so that what the simulated market received is evidence too.
 */
export type ExchangeDirection = 'participant-to-dip' | 'dip-to-participant' | 'dip-to-simulated-party';

/** A party the suite plays, as an in-process delivery names it. */
export interface SimulatedParty {
  readonly dipId: string;
  readonly name: string;
  readonly role: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text; for an oversized body only its start, the whole being in `bodyFile`. */
  readonly body: string;
  /** An oversized body, kept whole beside the journal (path relative to the journal's folder). */
  readonly bodyFile?: string;
  readonly bodyBytes?: number;
  readonly bodySha256?: string;
  /** Set when even the file holds only part of the body (beyond the suite's hard cap). */
  readonly bodyKept?: string;
}

export interface RecordedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface Exchange {
  readonly id: string;
  readonly direction: ExchangeDirection;
  /** `/dip-channel/IF-031`, `/statusmessage`, or the webhook path for pushes. */
  readonly channel: string;
  readonly request: RecordedRequest;
  /** Absent when the other side never answered (connection refused, reset, timeout). */
  readonly response?: RecordedResponse;
  /** Why there is no response, when there is none. */
  readonly transportError?: string;
  /** Real time the request arrived or left, ISO 8601 UTC. */
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Market time (GB local, DIP form) the request was handled at. */
  readonly marketTime: string;
  /** The same market instant as UTC milliseconds: what SLA measurements use. */
  readonly marketMillis: number;
  /**
   * A push only: the market time it left the DIP. The participant may act on a push and be
   * heard from before the push's own answer is read, so what it sends in reply is looked for
   * from here, not from `marketMillis`.
   */
  readonly sentMarketMillis?: number;
  /** What the suite found wrong with the participant's side of the exchange. */
  readonly findings: readonly Finding[];
  /**
   * The MPANs the exchange is about, read from its messages when it was recorded
   * (exchange-mpans.ts); for a status message, the MPANs of the pushes whose transactions it
   * names. Absent when it names none.
   */
  readonly mpans?: readonly string[];
  /** Scenario or worker that owned the exchange, when known. */
  readonly scenario?: string;
  /** The TLS client certificate the participant presented (mTLS), when the emulator served HTTPS. */
  readonly clientCertificate?: string;
  /** A push the suite broke on purpose (a spoilt signature): says so, so no reader mistakes it for a DIP fault. */
  readonly deliberateFault?: string;
  /** Push attempts are numbered from 1; ingress exchanges have none. */
  readonly attempt?: number;
  /** An in-process delivery only: the simulated parties it was handed to (those its A0 names). */
  readonly recipients?: readonly SimulatedParty[];
  /** An in-process delivery of a participant's message only: the submission exchange it came in. */
  readonly deliveredFrom?: string;
}

/** Header names whose values are credentials: replaced before anything is stored. */
const SECRET_HEADERS = new Set(['x-api-key', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
export const REDACTED = '[redacted]';

export function redactHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    safe[lower] = SECRET_HEADERS.has(lower) ? REDACTED : value;
  }
  return safe;
}
