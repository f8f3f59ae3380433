// The DIP's consumption replay for Advanced MPANs (IF-015 / IF-016): an Advanced Data Service
// asks with IF-015 [ConsumptionReplay], naming only the MPAN (M0; the definitions give IF-015 no
// custom block, so no days), and the DIP answers by replaying, as IF-016, each IF-021 it holds
// for that MPAN: the same event code, M0 and custom block; S2 the original sender's S1 (S2 has
// S1's schema); R1 an outcome block (R0's schema). A request about an MPAN the SMRS does not hold
// Advanced ("ADV Sites Only", IF-015's title) is answered with IF-016 [ConsumptionRequestRejected].
// It hears of a message only once the DIP has journaled its delivery (DipInbox.onAccepted), and
// pushes through the DIP marked as a replay (D0 replayIndicator).
import type { Faker } from '@faker-js/faker';
import { buildMessage } from '../../src/builders/message-builder.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import type { DipInbox, DipPublisher } from './dip-ports.ts';
import type { AcceptedMessage } from './ingress-judgement.ts';
import type { PushOutcome } from './publication-push.ts';

/** The DIP as the sender of its replays: S1 must name a 10-character DIP ID and a 3-5 character role, and no source gives the DIP's own. */
export const DIP_REPLAY_SENDER = { dipId: '2400000001', role: 'DIP' } as const;

/** The IF-021 event codes IF-016 replays with the same name. */
const REPLAYED_EVENTS = new Set(['[ActivePower]', '[ReactivePower]']);

export const NOT_ADVANCED = 'The MPAN is not an Advanced site: consumption replay is for Advanced sites only (IF-015)';

export interface ConsumptionReplayOptions {
  readonly spec: LoadedSpec;
  readonly emulator: DipInbox & DipPublisher;
  /** The segment the SMRS holds the MPAN in (S, A), or undefined when it holds no such MPAN. */
  readonly segmentOf: (mpan: string) => string | undefined;
  readonly now: () => number;
  readonly faker: Faker;
}

export interface ReplayAnswer {
  readonly requestTransactionID: string;
  readonly mpan: string;
  readonly requester: string;
  /** The IF-016 pushed, each with its outcome. */
  readonly pushes: ReadonlyArray<{ readonly eventCode: string; readonly outcome: PushOutcome }>;
}

type Blocks = Record<string, Record<string, unknown>>;

const mpanOf = (payload: Record<string, unknown>): string | undefined => {
  const m0 = (payload.CommonBlock as Blocks | undefined)?.M0;
  return typeof m0?.MPANCore === 'string' ? m0.MPANCore : undefined;
};

export class ConsumptionReplay {
  /** Every answered request, in order. */
  readonly answers: ReplayAnswer[] = [];
  /** The IF-021 the DIP accepted, by MPAN, in the order accepted. */
  private readonly held = new Map<string, Record<string, unknown>[]>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: ConsumptionReplayOptions) {
    options.emulator.onAccepted((message) => this.hear(message));
  }

  /** The IF-021 the DIP holds for an MPAN. */
  heldFor(mpan: string): ReadonlyArray<Record<string, unknown>> {
    return this.held.get(mpan) ?? [];
  }

  /** Resolves when every request the DIP has routed so far has been answered. */
  async idle(): Promise<void> {
    for (;;) {
      await this.options.emulator.routed();
      if (this.pending.size === 0) return;
      await Promise.all(this.pending);
    }
  }

  private hear(message: AcceptedMessage): void {
    const mpan = mpanOf(message.payload);
    if (!mpan) return;
    if (message.interfaceID === 'IF-021' && REPLAYED_EVENTS.has(message.eventCode)) {
      this.held.set(mpan, [...this.heldFor(mpan), message.payload]);
    } else if (message.interfaceID === 'IF-015' && message.eventCode === '[ConsumptionReplay]') {
      const work = this.answer(message, mpan).catch((error: unknown) => console.error(`DIP consumption replay: ${error instanceof Error ? error.message : String(error)}`));
      this.pending.add(work);
      void work.finally(() => this.pending.delete(work));
    }
  }

  private async answer(request: AcceptedMessage, mpan: string): Promise<void> {
    const requester = request.senderDipId;
    const pushes: Array<{ eventCode: string; outcome: PushOutcome }> = [];
    const m0 = (request.payload.CommonBlock as Blocks).M0;
    if (this.options.segmentOf(mpan) !== 'A') {
      const payload = this.build('[ConsumptionRequestRejected]', { '/CommonBlock/M0': m0, '/CommonBlock/R1': { responseCode: 'R', responseMessages: [NOT_ADVANCED] } }, requester);
      pushes.push({ eventCode: '[ConsumptionRequestRejected]', outcome: await this.push(requester, payload) });
    } else {
      for (const original of this.heldFor(mpan)) {
        const common = original.CommonBlock as Blocks;
        const eventCode = String(common.S0?.eventCode);
        const payload = this.build(eventCode, { '/CommonBlock/M0': common.M0, '/CommonBlock/S2': common.S1, '/CommonBlock/R1': { responseCode: 'A', responseMessages: [] }, '/CustomBlock': original.CustomBlock }, requester);
        pushes.push({ eventCode, outcome: await this.push(requester, payload) });
      }
    }
    this.answers.push({ requestTransactionID: request.transactionID, mpan, requester, pushes });
  }

  private build(eventCode: string, fixed: Record<string, unknown>, requester: string): Record<string, unknown> {
    const { spec, faker, now } = this.options;
    return buildMessage(spec, {
      faker,
      interfaceID: 'IF-016',
      eventCode,
      now: now(),
      sender: DIP_REPLAY_SENDER,
      fixed: { ...fixed, '/CommonBlock/A0': { primaryRecipients: [requester], secondaryRecipients: [], always: [] } },
    }) as unknown as Record<string, unknown>;
  }

  private push(requester: string, payload: Record<string, unknown>): Promise<PushOutcome> {
    return this.options.emulator.push(requester, 'IF-016', [payload], { replay: true });
  }
}
