// Follows a load through the journal. For every MPAN the load started it notes when the
// participant took its IF-002 [GainMPANInfo], each IF-031 appointment request it sent back
// (and whether the DIP accepted it), and when the SMRS's answer (IF-032 or IF-035) reached
// it. Each exchange is read once, as it is journaled, and only these few facts are kept per
// MPAN: a long load never holds the exchanges themselves (they are on disk, in the journal).
import type { Exchange } from '../evidence/exchange.ts';
import { readField } from '../spec/payload-fields.ts';
import { messagesOf } from '../scenario/exchange-messages.ts';

/** The IF-031 event codes a Supplier sends on IF-002 [GainMPANInfo] (REC 22.6.1). */
export const REQUEST_EVENTS = ['[MSApp]', '[DSApp]'] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

/** An instant as the suite saw it: wall-clock and market milliseconds (UTC). */
export interface Moment {
  readonly real: number;
  readonly market: number;
}

export interface RequestTrack {
  /** Distinct sender unique references: more than one is the same request sent twice. */
  readonly references: Set<string>;
  /** The first of them the DIP accepted (201). */
  accepted?: Moment;
  /** When the SMRS's answer (IF-032 rejection, IF-035 outcome) reached the participant. */
  settled?: Moment;
  /** True when that answer was an acceptance (IF-035 [MSAppAccepted] / [DSAppAccepted]). */
  acceptedBySmrs?: boolean;
}

export interface MpanTrack {
  readonly mpan: string;
  /** When the load meant to start it (real time): how far behind the IF-002 went shows the suite's own lag. */
  readonly scheduled: number;
  /** The participant answered the IF-002 push with 2xx. */
  gain?: Moment;
  readonly requests: Record<RequestEvent, RequestTrack>;
}

export interface ErrorTally {
  /** The DIP's answers to the participant other than 201 (or no answer at all). */
  dipRefusals: number;
  /** Push attempts the participant's webhook did not accept (non-2xx or no answer). */
  pushFailures: number;
  /** Fail-severity findings on any exchange of the load. */
  findings: number;
  warnings: number;
  /** MPANs the load could not start (the trigger or the SMRS failed). */
  startFailures: number;
  /** The first few, as sentences, for the summary. */
  readonly samples: string[];
}

export interface LoadCounts {
  readonly started: number;
  readonly gainsDelivered: number;
  /** MPANs for which the DIP accepted both appointment requests. */
  readonly requestsAccepted: number;
  /** MPANs whose both requests the SMRS has answered. */
  readonly chainsSettled: number;
  readonly exchanges: number;
  readonly errors: number;
}

const SAMPLES_KEPT = 10;

/** IF-032 and IF-035 events that answer each request; IF-035 [IMS-SendMTD] goes to the incumbent, not the participant. */
function requestAnswered(eventCode: string | undefined): RequestEvent | undefined {
  if (eventCode?.startsWith('[MS')) return '[MSApp]';
  if (eventCode?.startsWith('[DS')) return '[DSApp]';
  return undefined;
}

const isAcceptance = (eventCode: string | undefined) => eventCode === '[MSAppAccepted]' || eventCode === '[DSAppAccepted]';

export class LoadTracker {
  readonly mpans = new Map<string, MpanTrack>();
  readonly errors: ErrorTally = { dipRefusals: 0, pushFailures: 0, findings: 0, warnings: 0, startFailures: 0, samples: [] };
  exchanges = 0;
  /** Real time of the last exchange journaled: a load that has gone quiet is finished. */
  lastExchangeAt = 0;
  firstExchangeAt = 0;
  private gainsDelivered = 0;
  private requestsAccepted = 0;
  private chainsSettled = 0;

  /** An MPAN the load starts now (or meant to start at `scheduled`). */
  expect(mpan: string, scheduled: number): void {
    const request = (): RequestTrack => ({ references: new Set() });
    this.mpans.set(mpan, { mpan, scheduled, requests: { '[MSApp]': request(), '[DSApp]': request() } });
  }

  /** The load could not start an MPAN: the participant never got its IF-002. */
  startFailed(mpan: string, why: string): void {
    this.errors.startFailures += 1;
    this.sample(`MPAN ${mpan} could not be started: ${why}`);
  }

  /** Reads one journaled exchange: the participant's traffic; deliveries inside the suite are not its load. */
  observe(exchange: Exchange): void {
    if (exchange.direction === 'dip-to-simulated-party') return;
    const at = Date.parse(exchange.direction === 'participant-to-dip' ? exchange.startedAt : exchange.finishedAt);
    this.exchanges += 1;
    if (this.firstExchangeAt === 0) this.firstExchangeAt = at;
    this.lastExchangeAt = Math.max(this.lastExchangeAt, at);
    this.tallyErrors(exchange);
    const moment: Moment = { real: at, market: exchange.marketMillis };
    if (exchange.direction === 'participant-to-dip') this.observeSubmission(exchange, moment);
    else this.observePush(exchange, moment);
  }

  counts(started: number): LoadCounts {
    const { dipRefusals, pushFailures, findings, startFailures } = this.errors;
    return {
      started,
      gainsDelivered: this.gainsDelivered,
      requestsAccepted: this.requestsAccepted,
      chainsSettled: this.chainsSettled,
      exchanges: this.exchanges,
      errors: dipRefusals + pushFailures + findings + startFailures,
    };
  }

  /** Every MPAN whose IF-002 the participant took has had both requests answered by the SMRS: nothing more is coming. */
  allSettled(): boolean {
    return this.chainsSettled >= this.gainsDelivered;
  }

  private observeSubmission(exchange: Exchange, moment: Moment): void {
    if (exchange.channel !== '/dip-channel/IF-031') return;
    const accepted = exchange.response?.status === 201;
    for (const message of messagesOf(exchange)) {
      const track = message.mpan ? this.trackOf(message.mpan) : undefined;
      const event = message.eventCode as RequestEvent;
      if (!track || message.interfaceID !== 'IF-031' || !REQUEST_EVENTS.includes(event)) continue;
      const request = track.requests[event];
      const reference = readField(message.payload, 'CommonBlock', 'S1', 'senderUniqueReference');
      request.references.add(typeof reference === 'string' ? reference : `(no reference, exchange ${exchange.id})`);
      if (accepted && !request.accepted) {
        request.accepted = moment;
        if (REQUEST_EVENTS.every((other) => track.requests[other].accepted)) this.requestsAccepted += 1;
      }
    }
  }

  private observePush(exchange: Exchange, moment: Moment): void {
    const status = exchange.response?.status;
    if (status === undefined || status < 200 || status > 299) return;
    for (const message of messagesOf(exchange)) {
      const track = message.mpan ? this.trackOf(message.mpan) : undefined;
      if (!track) continue;
      if (message.interfaceID === 'IF-002' && message.eventCode === '[GainMPANInfo]' && !track.gain) {
        track.gain = moment;
        this.gainsDelivered += 1;
      }
      const answered = message.interfaceID === 'IF-032' || message.interfaceID === 'IF-035' ? requestAnswered(message.eventCode) : undefined;
      if (answered && !track.requests[answered].settled) {
        track.requests[answered].settled = moment;
        track.requests[answered].acceptedBySmrs = isAcceptance(message.eventCode);
        if (REQUEST_EVENTS.every((other) => track.requests[other].settled)) this.chainsSettled += 1;
      }
    }
  }

  /** The MPAN's track; a message's MPAN may carry a wrong check digit (a finding), so the first 12 digits decide. */
  private trackOf(mpan: string): MpanTrack | undefined {
    const exact = this.mpans.get(mpan);
    if (exact || mpan.length !== 13) return exact;
    for (let digit = 0; digit <= 9; digit += 1) {
      const candidate = this.mpans.get(`${mpan.slice(0, 12)}${digit}`);
      if (candidate) return candidate;
    }
    return undefined;
  }

  private tallyErrors(exchange: Exchange): void {
    const status = exchange.response?.status;
    const answer = status === undefined ? `no answer (${exchange.transportError ?? 'unknown'})` : `HTTP ${status}`;
    if (exchange.direction === 'participant-to-dip' && status !== 201) {
      this.errors.dipRefusals += 1;
      this.sample(`the DIP answered POST ${exchange.channel} with ${answer}: ${(exchange.response?.body ?? '').slice(0, 200)}`);
    }
    if (exchange.direction === 'dip-to-participant' && (status === undefined || status < 200 || status > 299)) {
      this.errors.pushFailures += 1;
      this.sample(`the participant's webhook answered a push (attempt ${exchange.attempt ?? 1}) with ${answer}`);
    }
    for (const finding of exchange.findings) {
      if (finding.severity === 'fail') {
        this.errors.findings += 1;
        this.sample(`${finding.rule} on ${exchange.direction === 'participant-to-dip' ? `POST ${exchange.channel}` : 'a push'}${finding.pointer ? ` at ${finding.pointer}` : ''}: ${finding.message}`);
      } else this.errors.warnings += 1;
    }
  }

  private sample(text: string): void {
    if (this.errors.samples.length < SAMPLES_KEPT) this.errors.samples.push(text);
  }
}
