// The DIP as the participant sees it: submissions on /dip-channel/{IF} and /statusmessage
// answered as the DIP would (every refusal with a JSON body saying why), accepted messages
// handed to the central-system simulators, and publications pushed to the participant's
// webhook. One emulator per run (or per worker).
// With transport security it serves HTTPS requiring the participant's client certificate,
// refuses submissions whose DIP message signature does not verify, and signs its pushes.
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { Exchange } from '../../src/evidence/exchange.ts';
import type { ExchangeJournal } from '../../src/evidence/exchange-journal.ts';
import { mpansNamedIn } from '../../src/evidence/exchange-mpans.ts';
import type { Finding } from '../../src/rules/rule.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import { SIGNATURE_HEADERS } from '../../src/transport/dip-signature.ts';
import { SignatureVerifier } from '../../src/transport/signature-verifier.ts';
import { createPostAgent } from '../../src/transport/post-request.ts';
import type { DipTransportSecurity } from '../../src/transport/transport-security.ts';
import { EXCHANGE_ID_HEADER, type MswHttpServer, startMswHttpServer } from '../http/msw-http-server.ts';
import { jsonAnswer, route, type RouteAnswer, type RouteRequest } from '../http/route-handler.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';
import type { DipInbox, DipPublisher, PublishOptions } from './dip-ports.ts';
import { type AcceptedMessage, apiKeyRefusal, judgeSubmission } from './ingress-judgement.ts';
import { textField } from '../../src/spec/payload-fields.ts';
import { inProcessDeliveryExchange, simulatedRecipientsOf } from './in-process-delivery.ts';
import { ReferenceRegister } from './reference-register.ts';
import { type PushContext, type PushOutcome, pushPublication } from './publication-push.ts';
import type { SignatureTamper } from './push-signing.ts';
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
  /**
   * scheme://host[:port] the participant calls the DIP at when a proxy or NAT stands between
   * them (the profile's emulator.publicUrl): signatures are checked over it with the path and
   * query as sent, instead of over the listener's scheme and the Host header.
   */
  readonly publicUrl?: string;
  /** Real ms before each push retry. */
  readonly retrySchedule?: readonly number[];
  readonly pushTimeoutMs?: number;
  /** Distinguishes transaction IDs of parallel workers. */
  readonly runTag?: string;
  /** mTLS and DIP message signatures; without it the emulator speaks plain, unsigned HTTP. */
  readonly security?: DipTransportSecurity;
  /** The scenario that has these MPANs (the suite's stage knows): each exchange about them is recorded as that scenario's. */
  readonly scenarioOf?: (mpans: readonly string[]) => string | undefined;
  /** Messages per submission before 413 (default DEFAULT_MAX_BATCH_MESSAGES). */
  readonly maxBatchMessages?: number;
  /** Bodies over this many bytes are answered 413. */
  readonly maxBodyBytes?: number;
  /** Submissions per second per DIP ID before 429 with Retry-After; unlimited when absent. */
  readonly submissionsPerSecond?: number;
}

export interface PushOptions extends PublishOptions {
  readonly tamper?: SignatureTamper;
}

type AcceptedListener = (message: AcceptedMessage) => void;
type StatusListener = (status: ReceivedStatus) => void;

export class DipEmulator implements DipInbox, DipPublisher {
  private readonly acceptedReferences = new ReferenceRegister();
  private readonly acceptedListeners = new Set<AcceptedListener>();
  private readonly statusListeners = new Set<StatusListener>();
  /** Accepted submissions journaled or being journaled, not yet handed to the listeners. */
  private readonly pendingRoutes = new Set<Promise<void>>();
  private readonly nextTransactionId: ReturnType<typeof transactionIdFactory>;
  private server!: MswHttpServer;
  private readonly pushAgent: HttpAgent | HttpsAgent;
  /** Signature spoilings armed for the next push to a DIP ID (signature-check scenarios). */
  private readonly armedTampers = new Map<string, SignatureTamper>();
  private readonly answeredWebhooks = new Set<string>();
  /** The MPANs of each transaction the DIP pushed, by transaction ID: a status message naming it is about them. */
  private readonly transactionMpans = new Map<string, readonly string[]>();
  /** Every push of each transaction (a redelivery pushes it again), by transaction ID: how a journaled attempt finds its push. */
  private readonly pushesOf = new Map<string, Array<Promise<PushOutcome | undefined>>>();
  /** Submissions per DIP ID in the current one-second window (rate limiting). */
  private readonly submissionWindows = new Map<string, { second: number; count: number }>();
  /** Checks request signatures with their RSA work off the event loop (signature-verifier.ts says why). */
  private readonly signatures = new SignatureVerifier();

  private constructor(private readonly options: DipEmulatorOptions) {
    this.nextTransactionId = transactionIdFactory(options.now, options.runTag ?? '');
    const security = options.security;
    this.pushAgent = createPostAgent(security ? { identity: security.client, trustedCaPems: security.participantCaPems } : undefined);
  }

  static async start(options: DipEmulatorOptions): Promise<DipEmulator> {
    const emulator = new DipEmulator(options);
    if (options.security) emulator.signatures.start();
    emulator.server = await startMswHttpServer({
      handlers: emulator.handlers(),
      journal: options.journal,
      host: options.host,
      port: options.port,
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      now: options.now,
      ...(options.scenarioOf ? { scenarioOf: options.scenarioOf } : {}),
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.security ? { tls: { identity: options.security.server, clientCaPems: options.security.participantCaPems } } : {}),
    });
    return emulator;
  }

  /** Where the emulator listens. */
  get url(): string {
    return this.server.url;
  }

  /** The DIP's URL as the participant calls it: emulator.publicUrl when a proxy or NAT stands between them, else where it listens. */
  get publicUrl(): string {
    return this.options.publicUrl ?? this.server.url;
  }

  /**
   * Accepted messages, once the exchange is journaled and the participant's 201 written
   * (msw-http-server.ts `afterRecorded`); never for a submission the journal could not record.
   */
  onAccepted(listener: AcceptedListener): () => void {
    this.acceptedListeners.add(listener);
    return () => this.acceptedListeners.delete(listener);
  }

  onStatusMessage(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /**
   * Spoils the signature of the next push to `recipientDipId`, whoever makes it (the SMRS
   * simulator's own publications included): how a scenario checks the participant refuses it.
   */
  spoilNextPush(recipientDipId: string, tamper: SignatureTamper): void {
    if (!this.options.security) throw new Error('the emulator does not sign (transport security plain), so it cannot spoil a signature');
    this.armedTampers.set(recipientDipId, tamper);
  }

  /** Pushes a publication to a party's webhook, D0 added, retried as the DIP does. */
  async push(recipientDipId: string, interfaceID: string, payloads: ReadonlyArray<Record<string, unknown>>, options: PushOptions = {}): Promise<PushOutcome> {
    const recipient = this.options.directory.byDip(recipientDipId);
    if (!recipient?.webhookUrl) throw new Error(`DIP ID ${recipientDipId} has no webhook registered with the emulator`);
    const tamper = options.tamper ?? this.armedTampers.get(recipientDipId);
    this.armedTampers.delete(recipientDipId);
    return this.tracked((context) => pushPublication(context, { webhookUrl: recipient.webhookUrl!, interfaceID, payloads, ...options, ...(tamper ? { tamper } : {}) }));
  }

  /** Delivers a pushed body again, same transaction IDs: what the DIP does when it missed an answer. */
  async redeliver(recipientDipId: string, earlier: PushOutcome, options: PushOptions = {}): Promise<PushOutcome> {
    const recipient = this.options.directory.byDip(recipientDipId);
    if (!recipient?.webhookUrl) throw new Error(`DIP ID ${recipientDipId} has no webhook registered with the emulator`);
    return this.tracked((context) => pushPublication(context, { webhookUrl: recipient.webhookUrl!, interfaceID: '', payloads: [], ...options }, earlier));
  }

  /**
   * The push a journaled attempt belongs to, once that push is over (all its retries done): how a
   * step that saw a push in the journal learns how it ended. Undefined for an exchange that is no
   * attempt of a push this emulator made.
   */
  async pushOf(attempt: Exchange): Promise<PushOutcome | undefined> {
    const transactionIDs = messageTransactions(attempt.request.body);
    const pushes = await Promise.all(transactionIDs.flatMap((id) => this.pushesOf.get(id) ?? []));
    return pushes.find((push) => push?.attempts.some((candidate) => candidate.id === attempt.id));
  }

  /** Runs a push, noting it under each of its transactions before the first attempt leaves. */
  private async tracked(push: (context: PushContext) => Promise<PushOutcome>): Promise<PushOutcome> {
    let settle!: (outcome: PushOutcome | undefined) => void;
    const done = new Promise<PushOutcome | undefined>((resolve) => (settle = resolve));
    const context: PushContext = {
      ...this.pushContext(),
      onTransaction: (transactionID, mpans) => {
        remember(this.transactionMpans, transactionID, mpans);
        remember(this.pushesOf, transactionID, [...(this.pushesOf.get(transactionID) ?? []), done]);
      },
    };
    try {
      const outcome = await push(context);
      settle(outcome);
      return outcome;
    } catch (error) {
      // A push that threw has no outcome: a step asking after it hears so, not the error again.
      settle(undefined);
      throw error;
    }
  }

  private pushContext(): PushContext {
    return {
      spec: this.options.spec,
      journal: this.options.journal,
      now: this.options.now,
      nextTransactionId: this.nextTransactionId,
      retrySchedule: this.options.retrySchedule ?? [200, 1000, 3000],
      timeoutMs: this.options.pushTimeoutMs ?? 10_000,
      agent: this.pushAgent,
      answeredWebhooks: this.answeredWebhooks,
      ...(this.options.scenarioOf ? { scenarioOf: this.options.scenarioOf } : {}),
      ...(this.options.security ? { security: this.options.security } : {}),
    };
  }

  /** The canonicalisation profile of DIP message signatures, or undefined when the emulator does not sign. */
  get signingProfile(): string | undefined {
    return this.options.security?.signingProfile;
  }

  async close(): Promise<void> {
    this.pushAgent.destroy();
    await this.server.close();
    await this.signatures.close();
  }

  /** 429 with Retry-After when a DIP ID submits faster than the configured rate (real time). */
  private rateRefusal(apiKey: string | null): RouteAnswer | undefined {
    const limit = this.options.submissionsPerSecond;
    const party = limit ? this.options.directory.byApiKey(apiKey) : undefined;
    if (!limit || !party) return undefined;
    const now = Date.now();
    const second = Math.floor(now / 1000);
    const window = this.submissionWindows.get(party.dipId);
    const count = window?.second === second ? window.count + 1 : 1;
    this.submissionWindows.set(party.dipId, { second, count });
    if (count <= limit) return undefined;
    return jsonAnswer({ message: `more than ${limit} submissions per second from DIP ID ${party.dipId}; try again after the Retry-After delay` }, 429, {
      'retry-after': String(Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000))),
    });
  }

  /**
   * The DIP refuses a request whose message signature does not verify (401), before reading it.
   * The signature covers the URL the participant called, as the server rebuilt it from the
   * request (msw-http-server.ts), not the emulator's own address; the finding shows the string
   * checked, so a participant sees which URL that was.
   * Transport signatures are dated in real time, not market time: both sides sign with their wall clocks.
   */
  private async signatureRefusal(request: RouteRequest, body: Uint8Array): Promise<RouteAnswer | undefined> {
    const security = this.options.security;
    if (!security) return undefined;
    const findings = await this.signatures.verify({
      method: request.method,
      url: this.notesOf(request)?.calledUrl ?? request.url,
      body,
      // Only the signature's headers are read: looked up, not every header copied.
      headers: Object.fromEntries(Object.values(SIGNATURE_HEADERS).map((name) => [name, request.headers.get(name) ?? undefined])),
      trustedCaPems: security.participantCaPems,
      now: Date.now(),
      profile: security.signingProfile,
    });
    if (!findings.length) return undefined;
    this.record(request, findings);
    return jsonAnswer({ message: `DIP message signature refused: ${findings.map((finding) => finding.message).join('; ')}` }, 401);
  }

  /** What the HTTP server noted of the request as it arrived; undefined for a request it does not know. */
  private notesOf(request: RouteRequest) {
    const id = request.headers.get(EXCHANGE_ID_HEADER);
    return id ? this.server.notesFor(id) : undefined;
  }

  /** Market time the request arrived (msw-http-server.ts stamps it), so a slow check never dates it later. */
  private arrivalOf(request: RouteRequest): number {
    return this.notesOf(request)?.arrivedAt ?? this.options.now();
  }

  /**
   * Runs `then` once the request's exchange is journaled and answered (not at all if the
   * journal write fails). Until `then` has settled the routing is pending: `routed()` waits for it.
   */
  private afterRecorded(request: RouteRequest, then: () => Promise<void> | void): void {
    const notes = this.notesOf(request);
    if (!notes) throw new Error('a request the HTTP server did not note cannot be routed: it would never be journaled');
    let settled!: () => void;
    const pending = new Promise<void>((resolve) => (settled = resolve));
    this.pendingRoutes.add(pending);
    const done = () => {
      this.pendingRoutes.delete(pending);
      settled();
    };
    notes.afterRecorded.push((recorded) => {
      if (!recorded) return done();
      Promise.resolve()
        .then(then)
        // The submission is evidence already; a delivery the journal could not record is not handed on, and says why.
        .catch((error: unknown) => console.error(`DIP emulator: accepted messages not handed to the simulated parties: ${error instanceof Error ? error.message : String(error)}`))
        .finally(done);
    });
  }

  /**
   * Hands the accepted messages of one submission to the simulated parties: each is journaled as
   * an in-process delivery to the parties its A0 names, and only then are the listeners (the SMRS
   * and the simulated services) told, in the order the participant sent them.
   */
  private async routeAccepted(accepted: readonly AcceptedMessage[], submissionId: string | undefined): Promise<void> {
    const at = this.options.now();
    const deliveries = accepted.map((message) =>
      this.options.journal.append(
        inProcessDeliveryExchange({
          payloads: [message.payload],
          recipients: simulatedRecipientsOf(message.payload, this.options.directory),
          at,
          ...(submissionId ? { deliveredFrom: submissionId } : {}),
          ...(this.options.scenarioOf ? { scenarioOf: this.options.scenarioOf } : {}),
        }),
      ),
    );
    await Promise.all(deliveries);
    for (const message of accepted) this.acceptedListeners.forEach((listener) => listener(message));
  }

  /**
   * Hands a publication to a party the suite plays (it has no webhook), journaled first as an
   * in-process delivery: the SMRS's IF-033 to a simulated Metering Service is evidence like its
   * push to the participant.
   */
  async handOn(recipientDipId: string, payloads: ReadonlyArray<Record<string, unknown>>): Promise<void> {
    const recipient = this.options.directory.byDip(recipientDipId);
    if (!recipient) throw new Error(`DIP ID ${recipientDipId} is not registered with the emulator`);
    if (recipient.webhookUrl) throw new Error(`DIP ID ${recipientDipId} (${recipient.name}) has a webhook: publications to it are pushed, not handed on`);
    await this.options.journal.append(
      inProcessDeliveryExchange({
        payloads,
        recipients: [{ dipId: recipient.dipId, name: recipient.name, role: recipient.role }],
        at: this.options.now(),
        ...(this.options.scenarioOf ? { scenarioOf: this.options.scenarioOf } : {}),
      }),
    );
  }

  /**
   * Resolves once every submission already received has been routed to the simulators (or
   * dropped because its journal write failed). A step that saw an exchange journaled waits
   * here before asking a simulator what it did with it: routing follows the answer.
   */
  async routed(): Promise<void> {
    while (this.pendingRoutes.size > 0) await Promise.all(this.pendingRoutes);
  }

  private record(request: RouteRequest, findings: readonly Finding[]): void {
    this.notesOf(request)?.findings.push(...findings);
  }

  /** Files the exchange under `mpans`, in place of the MPANs its body names. */
  private fileUnder(request: RouteRequest, mpans: readonly string[]): void {
    const notes = this.notesOf(request);
    if (notes) notes.mpans = mpans;
  }

  /**
   * A status message is about the MPANs of the transactions it names (a participant's own words
   * may name none), and any its fields name. Read leniently: a status message the DIP refuses
   * is still evidence about the transaction it answers.
   */
  private mpansOfStatusMessage(text: string): string[] {
    let entries: unknown;
    try {
      entries = JSON.parse(text);
    } catch {
      return mpansNamedIn(text);
    }
    const transactions = (Array.isArray(entries) ? entries : [entries]).map((entry) => (entry as { transactionID?: unknown } | null)?.transactionID);
    const ofTransactions = transactions.flatMap((id) => (typeof id === 'string' ? (this.transactionMpans.get(id) ?? []) : []));
    return [...new Set([...ofTransactions, ...mpansNamedIn(text)])];
  }

  /**
   * The DIP's endpoints as MSW route handlers. They answer with plain RouteAnswers, which the
   * adapter writes as they are and MSW gets as a Response (route-handler.ts says why).
   */
  private handlers() {
    return [
      route.post('*/dip-channel/:channel', async ({ request, params, body: bytes }) => {
        const refused = (await this.signatureRefusal(request, bytes)) ?? this.rateRefusal(request.headers.get('x-api-key'));
        const now = this.arrivalOf(request);
        if (refused) return refused;
        const verdict = judgeSubmission({
          spec: this.options.spec,
          directory: this.options.directory,
          acceptedReferences: this.acceptedReferences,
          channel: `/dip-channel/${String(params.channel)}`,
          apiKey: request.headers.get('x-api-key'),
          body: bytes,
          now,
          timestamp: formatGbTimestamp(now),
          nextTransactionId: this.nextTransactionId,
          ...(this.options.maxBatchMessages ? { maxBatchMessages: this.options.maxBatchMessages } : {}),
        });
        this.record(request, verdict.findings);
        // Read from the body already parsed, not parsed again by the adapter.
        if (verdict.mpans) this.fileUnder(request, verdict.mpans);
        // Routing waits for the journal and the answer: simulators act on the message only once it is evidence.
        if (verdict.accepted.length > 0) this.afterRecorded(request, () => this.routeAccepted(verdict.accepted, request.headers.get(EXCHANGE_ID_HEADER) ?? undefined));
        return jsonAnswer(verdict.response, verdict.status);
      }),
      route.post('*/statusmessage', async ({ request, body: bytes }) => {
        const refused = await this.signatureRefusal(request, bytes);
        const now = this.arrivalOf(request);
        if (refused) return refused;
        const apiKey = request.headers.get('x-api-key');
        const party = this.options.directory.byApiKey(apiKey);
        if (!party) {
          const refusal = apiKeyRefusal(apiKey);
          this.record(request, [refusal.finding]);
          return jsonAnswer(refusal.body, 401);
        }
        const text = Buffer.from(bytes).toString('utf8');
        const result = checkStatusMessage(this.options.spec, text, party.dipId, formatGbTimestamp(now));
        this.record(request, result.findings);
        this.fileUnder(request, this.mpansOfStatusMessage(text));
        if (result.status === 201) this.afterRecorded(request, () => result.statuses.forEach((status) => this.statusListeners.forEach((listener) => listener(status))));
        return jsonAnswer(result.response, result.status);
      }),
    ];
  }
}

/** The transaction IDs of the messages in a pushed body (their D0 blocks). */
function messageTransactions(body: string): string[] {
  try {
    const messages = JSON.parse(body) as unknown;
    if (!Array.isArray(messages)) return [];
    return messages.flatMap((message) => {
      const id = textField((message as { payload?: unknown } | null)?.payload, 'CommonBlock', 'D0', 'transactionID');
      return id === undefined ? [] : [id];
    });
  } catch {
    return [];
  }
}

/**
 * How many recent transactions the emulator remembers (their MPANs and pushes): far more than a
 * scenario looks back on, and a bound on memory over a load run of a million pushes.
 */
const REMEMBERED_TRANSACTIONS = 20_000;

/** Sets `key` as the newest entry, forgetting the oldest beyond REMEMBERED_TRANSACTIONS. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED_TRANSACTIONS) map.delete(map.keys().next().value!);
}
