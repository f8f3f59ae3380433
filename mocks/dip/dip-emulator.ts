// The DIP as the participant sees it: submissions on /dip-channel/{IF} and /statusmessage
// answered as the DIP would, accepted messages handed to the central-system simulators, and
// publications pushed to the participant's webhook. One emulator per run (or per worker).
import { http, HttpResponse } from 'msw';
import type { ExchangeJournal } from '../../src/evidence/exchange-journal.ts';
import type { Finding } from '../../src/rules/rule.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import { EXCHANGE_ID_HEADER, type MswHttpServer, startMswHttpServer } from '../http/msw-http-server.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';
import { type AcceptedMessage, judgeSubmission } from './ingress-judgement.ts';
import { type PushOutcome, pushPublication } from './publication-push.ts';
import { transactionIdFactory } from './transaction-ids.ts';
import { checkStatusMessage, type ReceivedStatus } from './status-messages.ts';

export interface DipEmulatorOptions {
  readonly spec: LoadedSpec;
  readonly directory: PartyDirectory;
  readonly journal: ExchangeJournal;
  /** Market time, UTC millis. */
  readonly now: () => number;
  readonly host?: string;
  readonly port?: number;
  /** Real ms before each push retry. */
  readonly retrySchedule?: readonly number[];
  readonly pushTimeoutMs?: number;
  /** Distinguishes transaction IDs of parallel workers. */
  readonly runTag?: string;
}

export interface PushOptions {
  readonly initialCorrelationID?: string | null;
  readonly replay?: boolean;
  readonly scenario?: string;
}

type AcceptedListener = (message: AcceptedMessage) => void;
type StatusListener = (status: ReceivedStatus) => void;

export class DipEmulator {
  private readonly acceptedReferences = new Set<string>();
  private readonly acceptedListeners = new Set<AcceptedListener>();
  private readonly statusListeners = new Set<StatusListener>();
  private readonly nextTransactionId: ReturnType<typeof transactionIdFactory>;
  private server!: MswHttpServer;

  private constructor(private readonly options: DipEmulatorOptions) {
    this.nextTransactionId = transactionIdFactory(options.now, options.runTag ?? '');
  }

  static async start(options: DipEmulatorOptions): Promise<DipEmulator> {
    const emulator = new DipEmulator(options);
    emulator.server = await startMswHttpServer({
      handlers: emulator.handlers(),
      journal: options.journal,
      host: options.host,
      port: options.port,
      now: options.now,
    });
    return emulator;
  }

  get url(): string {
    return this.server.url;
  }

  /** Accepted messages, after the participant has had its 201 and the exchange is journaled. */
  onAccepted(listener: AcceptedListener): () => void {
    this.acceptedListeners.add(listener);
    return () => this.acceptedListeners.delete(listener);
  }

  onStatusMessage(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Pushes a publication to a party's webhook, D0 added, retried as the DIP does. */
  async push(recipientDipId: string, interfaceID: string, payloads: ReadonlyArray<Record<string, unknown>>, options: PushOptions = {}): Promise<PushOutcome> {
    const recipient = this.options.directory.byDip(recipientDipId);
    if (!recipient?.webhookUrl) throw new Error(`DIP ID ${recipientDipId} has no webhook registered with the emulator`);
    return pushPublication(this.pushContext(), { webhookUrl: recipient.webhookUrl, interfaceID, payloads, ...options });
  }

  /** Delivers a pushed body again, same transaction IDs: what the DIP does when it missed an answer. */
  async redeliver(recipientDipId: string, earlier: PushOutcome, options: PushOptions = {}): Promise<PushOutcome> {
    const recipient = this.options.directory.byDip(recipientDipId);
    if (!recipient?.webhookUrl) throw new Error(`DIP ID ${recipientDipId} has no webhook registered with the emulator`);
    return pushPublication(
      { ...this.pushContext(), nextTransactionId: this.nextTransactionId },
      { webhookUrl: recipient.webhookUrl, interfaceID: '', payloads: [], ...options },
      earlier,
    );
  }

  private pushContext() {
    return {
      spec: this.options.spec,
      journal: this.options.journal,
      now: this.options.now,
      nextTransactionId: this.nextTransactionId,
      retrySchedule: this.options.retrySchedule ?? [200, 1000, 3000],
      timeoutMs: this.options.pushTimeoutMs ?? 10_000,
    };
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private record(request: Request, findings: readonly Finding[]): void {
    const id = request.headers.get(EXCHANGE_ID_HEADER);
    if (id) this.server.notesFor(id).findings.push(...findings);
  }

  private handlers() {
    return [
      http.post('*/dip-channel/:channel', async ({ request, params }) => {
        const now = this.options.now();
        const verdict = judgeSubmission({
          spec: this.options.spec,
          directory: this.options.directory,
          acceptedReferences: this.acceptedReferences,
          channel: `/dip-channel/${String(params.channel)}`,
          apiKey: request.headers.get('x-api-key'),
          bodyText: await request.text(),
          now,
          timestamp: formatGbTimestamp(now),
          nextTransactionId: this.nextTransactionId,
        });
        this.record(request, verdict.findings);
        // Routing waits for the journal: simulators act on the message only once it is evidence.
        if (verdict.accepted.length > 0) {
          setImmediate(() => verdict.accepted.forEach((message) => this.acceptedListeners.forEach((listener) => listener(message))));
        }
        return verdict.response ? HttpResponse.json(verdict.response, { status: verdict.status }) : new HttpResponse(null, { status: verdict.status });
      }),
      http.post('*/statusmessage', async ({ request }) => {
        const now = this.options.now();
        const party = this.options.directory.byApiKey(request.headers.get('x-api-key'));
        if (!party) return new HttpResponse(null, { status: 401 });
        const result = checkStatusMessage(this.options.spec, await request.text(), party.dipId, formatGbTimestamp(now));
        this.record(request, result.findings);
        if (result.status === 201) setImmediate(() => result.statuses.forEach((status) => this.statusListeners.forEach((listener) => listener(status))));
        return HttpResponse.json(result.response, { status: result.status });
      }),
    ];
  }
}
