// Turns what the tracker saw into the load's figures and verdict: per appointment request the
// SLA percentiles (real and market time), how many arrived within the window, how many the
// participant lost or sent twice; throughput; errors. This is what `load-summary.json` holds
// and what the final table prints.
import { describeSla, describeWindowLength, loadSlaTable, measureSla, type SlaWindow } from '../clock/index.ts';
import { type Distribution, distributionOf } from './percentiles.ts';
import { type ErrorTally, type LoadTracker, type MpanTrack, REQUEST_EVENTS, type RequestEvent } from './load-tracker.ts';

export interface RequestFigures {
  /** "IF-031 [MSApp]" */
  readonly message: string;
  readonly sla: { readonly id: string; readonly window: string; readonly description: string; readonly provisional: boolean };
  /** MPANs whose IF-002 the participant took: each owes one of these. */
  readonly expected: number;
  /** MPANs for which the DIP accepted one. */
  readonly received: number;
  readonly withinSla: number;
  readonly missedSla: number;
  /** IF-002 taken, and no such request accepted by the DIP by the end. */
  readonly lost: number;
  /** Extra requests: distinct sender unique references beyond the first, for one MPAN. */
  readonly duplicated: number;
  /** IF-002 delivered → request at the DIP, wall-clock milliseconds. */
  readonly realMillis?: Distribution;
  /** The same in market milliseconds (real × time scale): what the SLA is judged on. */
  readonly marketMillis?: Distribution;
}

export interface LoadSettings {
  readonly participant: string;
  readonly mpans: number;
  /** The rate asked for, and the rate used (raised so that the starts fit in the duration). */
  readonly rate: number;
  readonly effectiveRate: number;
  readonly durationSeconds: number;
  readonly timeScale: number;
  readonly seed: number;
  readonly faults: readonly string[];
  readonly transport: string;
}

export interface LoadPhases {
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Seconds: launching the stage and the participant; starting the MPANs; waiting for the last answers. */
  readonly startupSeconds: number;
  readonly startingSeconds: number;
  readonly drainSeconds: number;
  readonly totalSeconds: number;
  /** Why the wait for answers ended. */
  readonly drainEnded: 'every chain settled' | 'participant quiet' | 'deadline';
}

export interface LoadSummary {
  readonly tool: 'mhhs-qualify load';
  readonly settings: LoadSettings;
  readonly phases: LoadPhases;
  readonly mpans: { readonly requested: number; readonly started: number; readonly gainsDelivered: number; readonly chainsSettled: number; readonly chainsAccepted: number };
  readonly requests: readonly RequestFigures[];
  /** IF-002 delivered → the SMRS's last answer (IF-035) delivered, for MPANs whose chain settled. */
  readonly chainRealMillis?: Distribution;
  /** Scheduled start → IF-002 delivered: how far the suite itself fell behind the schedule. */
  readonly gainLagRealMillis?: Distribution;
  readonly throughput: {
    readonly mpansStartedPerSecond: number;
    readonly requestsAcceptedPerSecond: number;
    readonly chainsSettledPerSecond: number;
    readonly exchangesPerSecond: number;
  };
  readonly errors: ErrorTally;
  readonly lost: number;
  readonly duplicated: number;
  readonly missedSla: number;
  /** IF-002s the participant never took (refused, or the load could not send them). */
  readonly gainsNotDelivered: number;
  /** A few MPANs of each kind of problem, for looking them up in the journal. */
  readonly examples: { readonly lost: readonly string[]; readonly duplicated: readonly string[]; readonly missedSla: readonly string[]; readonly gainsNotDelivered: readonly string[] };
  readonly journal: { readonly file: string; readonly bytes: number };
  /** The suite's own process (emulator, simulators, load): CPU seconds used and peak memory. Near the wall time, the suite was the bottleneck. */
  readonly suiteProcess: { readonly cpuSeconds: number; readonly peakRssMegabytes: number };
  readonly passed: boolean;
  /** Why the load failed, one sentence each; empty when it passed. */
  readonly problems: readonly string[];
}

const EXAMPLES_KEPT = 10;

function slaFor(event: RequestEvent): SlaWindow {
  const window = loadSlaTable()
    .forResponse('IF-031', event)
    .find((candidate) => candidate.trigger.interface === 'IF-002' && candidate.trigger.event === '[GainMPANInfo]');
  if (!window) throw new Error(`scenarios/slas.yaml has no window from IF-002 [GainMPANInfo] to IF-031 ${event}`);
  return window;
}

const perSecond = (count: number, millis: number) => (millis > 0 ? Math.round((count / (millis / 1000)) * 10) / 10 : 0);

function requestFigures(tracks: readonly MpanTrack[], event: RequestEvent, examples: { lost: string[]; duplicated: string[]; missedSla: string[] }): RequestFigures {
  const sla = slaFor(event);
  const real: number[] = [];
  const market: number[] = [];
  let expected = 0;
  let withinSla = 0;
  let missedSla = 0;
  let lost = 0;
  let duplicated = 0;
  for (const track of tracks) {
    const request = track.requests[event];
    if (request.references.size > 1) {
      duplicated += request.references.size - 1;
      if (examples.duplicated.length < EXAMPLES_KEPT) examples.duplicated.push(track.mpan);
    }
    if (!track.gain) continue;
    expected += 1;
    if (!request.accepted) {
      lost += 1;
      if (examples.lost.length < EXAMPLES_KEPT) examples.lost.push(track.mpan);
      continue;
    }
    // The suite stamps a push when its answer is read, and a submission when it arrives; under
    // load the participant's request can be read first. It cannot have been sent before the
    // IF-002 was delivered, so such a pair counts as no time at all rather than as a negative one.
    const latencyReal = Math.max(0, request.accepted.real - track.gain.real);
    const latencyMarket = Math.max(0, request.accepted.market - track.gain.market);
    real.push(latencyReal);
    market.push(latencyMarket);
    if (measureSla(sla, track.gain.market, track.gain.market + latencyMarket).withinSla) withinSla += 1;
    else {
      missedSla += 1;
      if (examples.missedSla.length < EXAMPLES_KEPT) examples.missedSla.push(track.mpan);
    }
  }
  return {
    message: `IF-031 ${event}`,
    sla: { id: sla.id, window: describeWindowLength(sla.window), description: describeSla(sla), provisional: sla.provisional },
    expected,
    received: real.length,
    withinSla,
    missedSla,
    lost,
    duplicated,
    ...(real.length ? { realMillis: distributionOf(real), marketMillis: distributionOf(market) } : {}),
  };
}

export interface SummaryInput {
  readonly tracker: LoadTracker;
  readonly settings: LoadSettings;
  readonly phases: LoadPhases;
  readonly requested: number;
  readonly journal: { readonly file: string; readonly bytes: number };
  readonly suiteProcess: LoadSummary['suiteProcess'];
  /** Real time the first MPAN was started and the last one. */
  readonly firstStart: number;
  readonly lastStart: number;
}

export function summariseLoad(input: SummaryInput): LoadSummary {
  const { tracker } = input;
  const tracks = [...tracker.mpans.values()];
  const examples = { lost: [] as string[], duplicated: [] as string[], missedSla: [] as string[], gainsNotDelivered: [] as string[] };
  const requests = REQUEST_EVENTS.map((event) => requestFigures(tracks, event, examples));
  const chains: number[] = [];
  const gainLags: number[] = [];
  let lastAccepted = 0;
  let lastSettled = 0;
  let chainsAccepted = 0;
  for (const track of tracks) {
    if (!track.gain) {
      if (examples.gainsNotDelivered.length < EXAMPLES_KEPT) examples.gainsNotDelivered.push(track.mpan);
      continue;
    }
    gainLags.push(Math.max(0, track.gain.real - track.scheduled));
    const [ms, ds] = REQUEST_EVENTS.map((event) => track.requests[event]);
    for (const request of [ms!, ds!]) if (request.accepted) lastAccepted = Math.max(lastAccepted, request.accepted.real);
    if (ms!.settled && ds!.settled) {
      const settled = Math.max(ms!.settled.real, ds!.settled.real);
      lastSettled = Math.max(lastSettled, settled);
      chains.push(Math.max(0, settled - track.gain.real));
      if (ms!.acceptedBySmrs && ds!.acceptedBySmrs) chainsAccepted += 1;
    }
  }
  const gainsDelivered = tracks.filter((track) => track.gain).length;
  const lost = requests.reduce((total, figures) => total + figures.lost, 0);
  const duplicated = requests.reduce((total, figures) => total + figures.duplicated, 0);
  const missedSla = requests.reduce((total, figures) => total + figures.missedSla, 0);
  const gainsNotDelivered = input.requested - gainsDelivered;
  const problems = [
    ...(lost ? [`${lost} appointment request(s) lost: the participant took the IF-002 and no IF-031 of that kind reached the DIP by the end (${examples.lost.slice(0, 3).join(', ')} …)`] : []),
    ...(duplicated ? [`${duplicated} appointment request(s) duplicated: more than one IF-031 of a kind for one MPAN (${examples.duplicated.slice(0, 3).join(', ')} …)`] : []),
    ...requests.filter((figures) => figures.missedSla).map((figures) => `${figures.missedSla} ${figures.message} missed the SLA (${figures.sla.description})`),
    ...(gainsNotDelivered ? [`${gainsNotDelivered} IF-002 [GainMPANInfo] never delivered to the participant (see errors)`] : []),
  ];
  const starting = input.lastStart - input.firstStart;
  return {
    tool: 'mhhs-qualify load',
    settings: input.settings,
    phases: input.phases,
    mpans: { requested: input.requested, started: tracks.length, gainsDelivered, chainsSettled: chains.length, chainsAccepted },
    requests,
    ...(chains.length ? { chainRealMillis: distributionOf(chains) } : {}),
    ...(gainLags.length ? { gainLagRealMillis: distributionOf(gainLags) } : {}),
    throughput: {
      // One start is one interval: n starts span n − 1 intervals.
      mpansStartedPerSecond: tracks.length > 1 ? perSecond(tracks.length - 1, starting) : 0,
      requestsAcceptedPerSecond: perSecond(requests.reduce((total, figures) => total + figures.received, 0), lastAccepted - input.firstStart),
      chainsSettledPerSecond: perSecond(chains.length, lastSettled - input.firstStart),
      exchangesPerSecond: perSecond(tracker.exchanges, tracker.lastExchangeAt - tracker.firstExchangeAt),
    },
    errors: tracker.errors,
    lost,
    duplicated,
    missedSla,
    gainsNotDelivered,
    examples,
    journal: input.journal,
    suiteProcess: input.suiteProcess,
    passed: problems.length === 0,
    problems,
  };
}
