// Wires the reference participant together: spec, journal and state, webhook server,
// processing queue and outbox. `startReferenceParticipant` is what main.ts runs and what
// in-process tests call; the suite itself only ever talks to the result over HTTP.
import { type LoadedSpec, loadSpec } from '../src/spec/load-spec.ts';
import type { ReferenceParticipantConfig } from './config.ts';
import { DipClient } from './dip-client.ts';
import { createSigner } from './message-signature.ts';
import { FaultSwitches } from './faults.ts';
import { spoiltDeliveryChecks, spoiltWebhookAnswers } from './faults/answers.ts';
import { businessPolicy } from './faults/policy.ts';
import { lateActing } from './faults/timing.ts';
import { incomingSignatureCheck, outgoingSigner, spoiltApiKeys } from './faults/transport.ts';
import { ownIdentities } from './identities.ts';
import { Journal, readJournal } from './journal.ts';
import { createLogger, type LineWriter, listeningLine, stdoutWriter } from './log.ts';
import { Outbox } from './outbox.ts';
import { dipDefinitions } from './own/dip-definitions.ts';
import { checkSubmission } from './own/message-checks.ts';
import { processMessage, type ProcessorDeps } from './processor.ts';
import type { HttpAnswer, OutboxEntry, ProcessedRecord, ReceivedRecord, TriggerRecord } from './records.ts';
import { responseTexts } from './response-codes.ts';
import { applyEffect, applyRecord, type ParticipantState, replay } from './state.ts';
import { judgeStatusMessages } from './status-intake.ts';
import { judgeRegistrationDataChange, REGISTRATION_DATA_HOOK } from './registration-data.ts';
import { judgeServiceChange, SERVICE_CHANGE_HOOK } from './service-change.ts';
import { DATA_SERVICE_REQUEST_HOOK, judgeDataServiceRequest } from './data-service-requests.ts';
import { METERING_SERVICE_REQUEST_HOOK, judgeMeteringServiceRequest } from './metering-service-requests.ts';
import { DIRECT_CONTRACT_HOOK, judgeDirectContract } from './direct-contracts.ts';
import { BACK_OFFICE_CSS_REGISTRATION, BACK_OFFICE_PAGE, backOfficeForm, backOfficeOutcome, formToJson } from './back-office.ts';
import { judgeSiteWorks, SITE_WORKS_HOOK } from './site-works.ts';
import { judgeSettlementData, SETTLEMENT_DATA_HOOK } from './settlement-data.ts';
import { judgeMdrChange, MDR_CHANGE_HOOK } from './mdr-change.ts';
import { CONSUMPTION_REPLAY_HOOK, judgeConsumptionReplay } from './consumption-replay.ts';
import { CSS_REGISTRATION_HOOK, judgeCssRegistration } from './test-hooks.ts';
import { conformantDeliveryChecks, judgeDelivery, refuseSignature } from './webhook-intake.ts';
import { type ReceivedHttp, startServer } from './webhook-server.ts';

export interface StartOptions {
  /**
   * A spec already loaded (tests share one); by default loaded as the config says. The suite's
   * loader finds the folder and feeds the message builders; the participant judges with its
   * own reading of the same folder (own/dip-definitions.ts).
   */
  readonly spec?: LoadedSpec;
  /** Where JSON log lines go; stdout by default. */
  readonly log?: LineWriter;
  /** The market clock; by default the wall clock plus config.clockOffsetMillis. */
  readonly now?: () => number;
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningParticipant {
  readonly url: string;
  readonly journalFile: string;
  /** Resolves once every accepted message is processed and no outbox entry is pending. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** MPANs the config says each role already serves, known before any message arrives. */
function seedPortfolio(state: ParticipantState, config: ReferenceParticipantConfig, now: number): void {
  for (const [party, mpans] of [
    ['supplier', config.portfolio.supplier],
    ['meteringService', config.portfolio.meteringService],
    ['dataService', config.portfolio.dataService],
  ] as const) {
    for (const mpan of mpans) {
      if (!state.mpans[party].has(mpan)) applyEffect(state, { party, mpan, event: 'portfolio (config)', set: { status: 'portfolio' } }, now, undefined);
    }
  }
}

function receivedSummary(record: ReceivedRecord): Record<string, unknown> {
  const firstFinding = record.findings.find((finding) => finding.severity === 'fail');
  return {
    endpoint: record.endpoint,
    outcome: record.outcome,
    httpStatus: record.answer.status,
    messages: record.messages.map((message) => ({
      transactionID: message.transactionID,
      interfaceID: message.interfaceID,
      eventCode: message.eventCode,
      mpan: message.mpan,
      duplicate: message.duplicate,
    })),
    ...(firstFinding ? { finding: `${firstFinding.rule} ${firstFinding.pointer}: ${firstFinding.message}` } : {}),
  };
}

export async function startReferenceParticipant(config: ReferenceParticipantConfig, options: StartOptions = {}): Promise<RunningParticipant> {
  const env = options.env ?? process.env;
  const spec = options.spec ?? loadSpec({ version: config.spec.version, specDir: config.spec.dir, env });
  const writer = options.log ?? stdoutWriter;
  const log = createLogger(writer);
  const now = options.now ?? (() => Date.now() + config.clockOffsetMillis);
  const definitions = dipDefinitions(spec.dir);
  // The fault switches, each behind one seam: decorators on what is sent (the outbox), on the
  // webhook's checks and answers, on the clocks and the transport, and the business policy.
  const faults = new FaultSwitches(config.faults);
  const policy = businessPolicy(faults);
  const actOnAfter = lateActing(faults, config, (message) => config.behaviour.actOnAfterMillis[message.interfaceID] ?? 0);
  const webhookAnswer = spoiltWebhookAnswers(faults);
  const texts = responseTexts(definitions);
  const identities = ownIdentities(config);

  // State first: nothing is accepted before the journal is replayed.
  const journal = new Journal(config.stateDir, config.fsync);
  const { records, skipped } = readJournal(journal.file);
  const state = replay(records);
  seedPortfolio(state, config, now());

  // Keys are read once, from the environment only; the config names variables, never values.
  const keyVariable = (dipId: string | undefined) => identities.find((identity) => identity.dipId === dipId)?.apiKeyEnv ?? config.apiKeyEnv;
  const apiKeyFor = spoiltApiKeys(faults, (dipId) => {
    const variable = keyVariable(dipId);
    return variable ? env[variable] : undefined;
  });
  const missingKeys = [...new Set(identities.map((identity) => keyVariable(identity.dipId)))].filter((variable) => variable && !env[variable]);
  const signer = config.signing ? createSigner(config.signing) : undefined;
  const client = new DipClient({
    baseUrl: config.dipBaseUrl,
    timeoutMillis: config.delivery.requestTimeoutMillis,
    tls: config.tls,
    signer: outgoingSigner(faults, signer),
  });
  const outbox = new Outbox({
    state,
    journal,
    client,
    apiKeyFor,
    log,
    now,
    initialBackoffMillis: config.delivery.initialBackoffMillis,
    maxBackoffMillis: config.delivery.maxBackoffMillis,
  });
  const processorDeps: ProcessorDeps = { definitions, config, faults, policy, texts, state, identities };

  let stopping = false;
  let queue = Promise.resolve();
  const timers = new Set<NodeJS.Timeout>();

  /** Our own messages are checked with our own checks; a finding is logged, never fixed (faults rely on that). */
  function selfCheck(entries: readonly OutboxEntry[]): void {
    for (const entry of entries) {
      if (entry.kind !== 'message') continue;
      const findings = checkSubmission(definitions, entry.body, entry.path);
      if (findings.length > 0) log('self-check', { id: entry.id, faults: faults.list(), findings });
    }
  }

  function processOne(transactionID: string): void {
    const pending = state.pending.get(transactionID);
    if (stopping || !pending || state.processed.has(transactionID)) return;
    const { message } = pending;
    const at = now();
    const base = { type: 'processed', at, transactionID, interfaceID: message.interfaceID, eventCode: message.eventCode } as const;
    let record: ProcessedRecord;
    try {
      const result = processMessage(pending, processorDeps, at);
      record = { ...base, notes: result.notes, effects: result.effects, outbox: result.outbox, ...(result.settlement.length > 0 ? { settlement: result.settlement } : {}) };
    } catch (error) {
      // Recorded as processed so a bug cannot loop across restarts; the journal keeps the message.
      record = { ...base, notes: [], effects: [], outbox: [], error: (error as Error).stack ?? String(error) };
      log('error', { transactionID, error: record.error });
    }
    journal.append(record);
    applyRecord(state, record);
    log('processed', {
      transactionID,
      interfaceID: message.interfaceID,
      eventCode: message.eventCode,
      notes: record.notes,
      outgoing: record.outbox.map((entry) => ({ id: entry.id, path: entry.path, interfaceID: entry.interfaceID, eventCode: entry.eventCode, senderUniqueReference: entry.senderUniqueReference })),
    });
    outbox.kick();
    selfCheck(record.outbox);
  }

  function enqueue(transactionID: string): void {
    // A failure (the journal cannot be written) must not wedge the queue: the message stays
    // pending in memory and on disk, and is processed after the next restart.
    queue = queue.then(() => processOne(transactionID)).catch((error: unknown) => log('error', { transactionID, error: (error as Error).stack ?? String(error) }));
  }

  /**
   * When a received message is acted on, counted from its arrival (also after a restart): at
   * once, or later where behaviour.actOnAfterMillis says so (or a timing fault, faults/timing.ts).
   */
  function schedule(transactionID: string): void {
    const pending = state.pending.get(transactionID);
    if (!pending) return;
    const after = actOnAfter(pending.message);
    const delay = after > 0 ? pending.receivedAt + after - now() : 0;
    if (delay <= 0) return enqueue(transactionID);
    const timer = setTimeout(() => {
      timers.delete(timer);
      enqueue(transactionID);
    }, delay);
    timers.add(timer);
  }

  function receive(record: ReceivedRecord) {
    // Journaled before the answer leaves: a kill after this line loses nothing acknowledged.
    journal.append(record);
    applyRecord(state, record);
    log('received', receivedSummary(record));
    // Processing starts after the answer is on its way.
    for (const message of record.messages) if (!message.duplicate) setImmediate(() => schedule(message.transactionID));
    return record.answer;
  }

  /** The Supplier raised a registration with CSS (test hook or back office): journaled, then answered. */
  const recordCssRegistration = (text: string): HttpAnswer => {
    const judged = judgeCssRegistration(text, now());
    if ('record' in judged) {
      journal.append(judged.record);
      applyRecord(state, judged.record);
    }
    log('trigger', { name: 'css-registration', httpStatus: judged.answer.status, payload: text.slice(0, 500) });
    return judged.answer;
  };

  const intakeDeps = { state, identities, texts, checks: spoiltDeliveryChecks(faults, conformantDeliveryChecks(definitions)), actsOnRepeats: policy.actsOnRepeats };
  /** A trigger that makes the participant send something: journaled before the answer, so the update is sent even if the process dies now. */
  const sendOnTrigger = (name: string, text: string, judged: { record?: TriggerRecord; answer: HttpAnswer }): HttpAnswer => {
    if (judged.record) {
      journal.append(judged.record);
      applyRecord(state, judged.record);
      outbox.kick();
      selfCheck(judged.record.outbox ?? []);
    }
    log('trigger', { name, httpStatus: judged.answer.status, payload: text.slice(0, 500), ...(judged.record?.notes ? { notes: judged.record.notes } : {}) });
    return judged.answer;
  };
  /** A push's answer, held behaviour.answerHoldMillis after the message is journaled and its processing has begun. */
  const held = (answer: HttpAnswer): HttpAnswer | Promise<HttpAnswer> =>
    config.behaviour.answerHoldMillis > 0 ? new Promise((resolve) => setTimeout(() => resolve(answer), config.behaviour.answerHoldMillis)) : answer;

  /** The DIP signs every push; one whose signature fails is refused before it is read (signatures are dated in wall time). */
  const signatureProblem = incomingSignatureCheck(faults, (request: ReceivedHttp): string | undefined =>
    signer?.problem('POST', `${config.signing?.publicUrl ?? server.url}${request.target}`, request.bytes, request.headers, Date.now()),
  );
  const server = await startServer(
    config.listen.host,
    config.listen.port,
    {
      '/webhook': (request) => {
        const problem = signatureProblem(request);
        return held(receive(problem ? refuseSignature(request.text, '/webhook', problem, intakeDeps, now()) : webhookAnswer(judgeDelivery(request.text, intakeDeps, now()))));
      },
      '/statusmessage': (request) => {
        const problem = signatureProblem(request);
        return receive(problem ? refuseSignature(request.text, '/statusmessage', problem, intakeDeps, now()) : judgeStatusMessages(request.text, definitions, identities, texts, now()));
      },
      [CSS_REGISTRATION_HOOK]: ({ text }) => recordCssRegistration(text),
      // The same, from the back office's form: a person (or the suite's Playwright trigger) at a browser.
      [BACK_OFFICE_CSS_REGISTRATION]: ({ text }) => backOfficeOutcome(recordCssRegistration(formToJson(text)), text),
      [SITE_WORKS_HOOK]: ({ text }) => sendOnTrigger('site-works', text, judgeSiteWorks(text, { spec, config, faults, state, identities }, now())),
      [REGISTRATION_DATA_HOOK]: ({ text }) => sendOnTrigger('registration-data', text, judgeRegistrationDataChange(text, { spec, config, faults, state, identities }, now())),
      [SERVICE_CHANGE_HOOK]: ({ text }) => sendOnTrigger('service-change', text, judgeServiceChange(text, { spec, config, faults, state, identities }, now())),
      [DIRECT_CONTRACT_HOOK]: ({ text }) => sendOnTrigger('direct-contract', text, judgeDirectContract(text, { spec, config, faults, state, identities }, now())),
      [DATA_SERVICE_REQUEST_HOOK]: ({ text }) => sendOnTrigger('data-service-request', text, judgeDataServiceRequest(text, { spec, config, faults, state, identities }, now())),
      [METERING_SERVICE_REQUEST_HOOK]: ({ text }) => sendOnTrigger('metering-service-request', text, judgeMeteringServiceRequest(text, { spec, config, faults, state, identities }, now())),
      [SETTLEMENT_DATA_HOOK]: ({ text }) => sendOnTrigger('settlement-data', text, judgeSettlementData(text, { spec, config, faults, state, identities }, now())),
      [MDR_CHANGE_HOOK]: ({ text }) => sendOnTrigger('mdr-change', text, judgeMdrChange(text, { spec, config, faults, state, identities }, now())),
      [CONSUMPTION_REPLAY_HOOK]: ({ text }) => sendOnTrigger('consumption-replay', text, judgeConsumptionReplay(text, { spec, config, faults, state, identities }, now())),
    },
    (error) => log('error', { error: (error as Error).stack ?? String(error) }),
    config.tls,
    { [BACK_OFFICE_PAGE]: backOfficeForm },
  );
  writer(listeningLine(server.url));
  log('started', {
    stateDir: config.stateDir,
    dipBaseUrl: config.dipBaseUrl,
    transport: { tls: config.tls !== undefined, signing: config.signing?.profile ?? 'off' },
    identities: identities.map(({ dipId, mpid, role }) => ({ dipId, mpid, role })),
    faults: faults.list(),
    replayedRecords: records.length,
    skippedLines: skipped,
    pendingMessages: state.pending.size,
    pendingOutbox: [...state.outbox.values()].filter((item) => item.status === 'pending').length,
    ...(missingKeys.length ? { warning: `environment variable(s) ${missingKeys.join(', ')} not set: no X-API-Key is sent for them` } : {}),
  });
  for (const transactionID of state.pending.keys()) schedule(transactionID);
  outbox.kick();

  return {
    url: server.url,
    journalFile: journal.file,
    async idle() {
      for (;;) {
        await queue;
        await outbox.whenIdle();
        if (state.pending.size === 0 && ![...state.outbox.values()].some((item) => item.status === 'pending')) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      await server.close();
      await queue;
      await outbox.stop();
      journal.close();
    },
  };
}
