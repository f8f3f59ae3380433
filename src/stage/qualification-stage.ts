// One worker's stage: the DIP emulator, the central-system simulators, the market clock, the
// journal, and the participant (launched here when the profile bundles it). Scenarios share a
// stage within a worker; each takes fresh MPANs from the worker's own pool.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { DipEmulator } from '../../mocks/dip/dip-emulator.ts';
import { type Party, PartyDirectory } from '../../mocks/isd/party-directory.ts';
import { DataServiceDesk } from '../../mocks/parties/data-service-desk.ts';
import { acceptingServiceProviders } from '../../mocks/parties/simulated-service-provider.ts';
import { SimulatedDataServices } from '../../mocks/parties/simulated-data-service.ts';
import { LssSimulator } from '../../mocks/lss/lss-simulator.ts';
import { MdsSimulator } from '../../mocks/mds/mds-simulator.ts';
import { ConsumptionReplay } from '../../mocks/dip/consumption-replay.ts';
import { RegisteredAppointments } from '../../mocks/smrs/registered-appointments.ts';
import { type MarketSegment, type MeterRecord, type MeteringPoint, MeteringPointStore, type PartyRef } from '../../mocks/smrs/metering-points.ts';
import { formatGbTimestamp, gbMidnightUtcMillis } from '../time/gb-time.ts';
import { SmrsSimulator } from '../../mocks/smrs/smrs-simulator.ts';
import { bindIdentifierTag, cssRegistrationId } from '../builders/identifiers.ts';
import { freshMpan, identifierTag, newRunId } from '../run/fresh-identifiers.ts';
import { MarketClock, StallMeter } from '../clock/index.ts';
import { ExchangeJournal } from '../evidence/exchange-journal.ts';
import { type ParticipantProfile, readSecret, roleOf } from '../profile/participant-profile.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';
import { createPostAgent } from '../transport/post-request.ts';
import { bundledTransportSecurity, type DipTransportSecurity, externalTransportSecurity, type ParticipantCertificates } from '../transport/transport-security.ts';
import { type Shard, shardFromEnv, workerNumber } from '../run/shards.ts';
import { type LaunchedParticipant, launchReferenceParticipant } from './participant-launcher.ts';
import { SIMULATED, simulatedParties } from './simulated-parties.ts';

export interface StageOptions {
  readonly spec: LoadedSpec;
  readonly profile: ParticipantProfile;
  readonly runDir: string;
  /** 0 for a serial run; 1…N for parallel workers. Picks ports, MPAN pool and file names. */
  readonly worker: number;
  readonly timeScale: number;
  readonly seed: number;
  /** Fault switches for the bundled participant (self-tests), on top of the profile's. */
  readonly faults?: readonly string[];
  /** The shard of a sharded run; by default the one `run --shard` set in the environment. */
  readonly shard?: Shard;
  /** Market time the clock starts at (UTC millis), e.g. before M14 to test reverse migration; the real time by default. */
  readonly marketStart?: number;
  /** The run's ID, from which every identifier the stage makes is derived (src/run/fresh-identifiers.ts); a new one by default. */
  readonly runId?: string;
  /** How the SMRS simulator orders its work (see SmrsSimulatorOptions.ordering); serial unless a load asks. */
  readonly smrsOrdering?: 'serial' | 'per-mpan';
}

/**
 * The asset history the SMRS holds for a registered MPAN: a meter installed at the start of
 * migration, exchanged a year later. Meter IDs (10 characters, DT-029) follow the MPAN, so
 * evidence shows which MPAN a meter belongs to.
 */
function assetHistoryOf(mpan: string): MeterRecord[] {
  const at = (year: number, month: number, day: number) => formatGbTimestamp(gbMidnightUtcMillis(year, month, day) + 10 * 3_600_000);
  return [
    { meterID: `H${mpan.slice(-9)}`, installedOn: at(2025, 10, 22), removedOn: at(2026, 10, 1) },
    { meterID: `M${mpan.slice(-9)}`, installedOn: at(2026, 10, 1) },
  ];
}

/** Enough served MPANs for every incumbent scenario of one worker. */
const SERVED_POOL_SIZE = 50;
/** Enough supplied MPANs for every scenario of one worker in which the participant is the registered Supplier. */
const SUPPLIED_POOL_SIZE = 40;

const apiKeyEnvOf = (role: string) => `MHHS_REFERENCE_PARTICIPANT_API_KEY_${role}`;

/** Real milliseconds the late-if031 fault waits: a quarter past the 60-minute window, in market time. */
const lateMillisFor = (timeScale: number) => Math.ceil((75 * 60_000) / timeScale);
/**
 * Real milliseconds late-repeat-action waits before acting on a repeat again: 20 market minutes,
 * long past a rainy day's own watch of a few minutes, well inside the 60-minute SLA.
 */
const lateRepeatMillisFor = (timeScale: number) => Math.ceil((20 * 60_000) / timeScale);

export class QualificationStage {
  readonly clock: MarketClock;
  readonly journal: ExchangeJournal;
  readonly directory: PartyDirectory;
  readonly points = new MeteringPointStore();
  readonly faker: Faker;
  /** The run's ID and this worker's number, carried by every identifier the stage makes. */
  readonly identifierTag: string;
  private readonly runId: string;
  emulator!: DipEmulator;
  smrs!: SmrsSimulator;
  /** The Data Service the suite plays, for the Supplier's advisories and amendment requests (IF-024, IF-027). */
  dataServiceDesk!: DataServiceDesk;
  /** The Data Services the suite plays, as recipients of the participant's reads (IF-041). */
  dataServices!: SimulatedDataServices;
  /** The Load Shaping Service: publishes the shapes a Data Service estimates with (IF-022, IF-023). */
  lss!: LssSimulator;
  /** The Market-wide Data Service: judges the settlement data a Data Service sends (IF-021). */
  mds!: MdsSimulator;
  /** The DIP's consumption replay to an Advanced Data Service (IF-015 / IF-016). */
  consumptionReplay!: ConsumptionReplay;
  participant?: LaunchedParticipant;
  participantUrl?: string;
  /** Offers the simulated service providers refuse, by MPAN: SP code and text. */
  readonly refusals = new Map<string, string>();
  /** Which scenario has each MPAN (by its first 12 digits): the journal records each exchange as that scenario's. */
  private readonly scenarioOfMpan = new Map<string, string>();

  private mpanCounter = 0;
  /** MPANs the participant serves as Metering Service from the start (incumbent scenarios). */
  private readonly servedMpans: string[] = [];
  /** MPANs the participant is the registered Supplier of from the start. */
  private readonly suppliedMpans: string[] = [];
  /** mTLS and signatures of this stage's DIP; undefined for a plain-HTTP profile. */
  security?: DipTransportSecurity;
  /** How the suite calls the participant's test hooks: with the DIP's client certificate under mTLS. */
  triggerAgent!: HttpAgent | HttpsAgent;
  /** Where the bundled participant's certificates and keys live for the run; removed on close. */
  private pkiDir?: string;

  private constructor(readonly options: StageOptions) {
    mkdirSync(options.runDir, { recursive: true });
    // A compressed clock leaves out the worker's own stalls (src/clock/stall-meter.ts says why).
    const stalls = options.timeScale > 1 ? { stalls: new StallMeter().start() } : {};
    this.clock = new MarketClock({ timeScale: options.timeScale, ...(options.marketStart === undefined ? {} : { startUtcMillis: options.marketStart }), ...stalls });
    this.journal = new ExchangeJournal(path.join(options.runDir, `journal-worker-${options.worker}.jsonl`));
    this.directory = new PartyDirectory(simulatedParties());
    this.faker = new Faker({ locale: [en_GB, en] });
    this.faker.seed(options.seed + options.worker);
    // The seed decides the content; the run ID makes the identifiers new (src/run/fresh-identifiers.ts).
    this.runId = options.runId ?? newRunId();
    this.identifierTag = identifierTag(this.runId, options.worker);
    bindIdentifierTag(this.faker, this.identifierTag);
  }

  static async start(options: StageOptions): Promise<QualificationStage> {
    // A shard numbers its workers apart from every other shard's (see src/run/shards.ts), so
    // pools, generated data and journal files stay distinct when the shards' reports are merged.
    const stage = new QualificationStage({ ...options, worker: workerNumber(options.worker, options.shard ?? shardFromEnv()) });
    try {
      await stage.open();
    } catch (error) {
      // Stop what did start (the emulator listening, the participant's process): left running,
      // they would keep the run from ending, or outlive it.
      await stage.close().catch(() => undefined);
      throw error;
    }
    return stage;
  }

  private async open(): Promise<void> {
    const { spec, profile } = this.options;
    const bundled = profile.launch === 'bundled';
    this.servedMpans.push(...(bundled ? Array.from({ length: SERVED_POOL_SIZE }, () => this.nextMpan()) : profile.portfolio.meteringService));
    this.suppliedMpans.push(...(bundled ? Array.from({ length: SUPPLIED_POOL_SIZE }, () => this.nextMpan()) : profile.portfolio.supplier));
    // The DIP issues one key per DIP ID; a bundled participant gets throw-away keys made here.
    const bundledKeys = profile.roles.map(() => randomBytes(24).toString('base64url'));
    const keyOf = (index: number) => (bundled ? bundledKeys[index]! : readSecret(profile.roles[index]!.apiKey!, `${profile.file}: participant.roles[${index}].apiKey`));
    const participantParties: Party[] = profile.roles.map((role, index) => ({
      dipId: role.dipId,
      mpid: role.mpid,
      role: role.role,
      name: `${profile.name} (${role.role})`,
      apiKey: keyOf(index),
    }));
    const now = () => this.clock.now();
    const participantCertificates = this.openTransportSecurity();
    this.triggerAgent = createPostAgent(this.security ? { identity: this.security.client, trustedCaPems: this.security.participantCaPems } : undefined);
    this.emulator = await DipEmulator.start({
      spec,
      directory: this.directory,
      journal: this.journal,
      now,
      host: profile.emulator.host,
      port: profile.emulator.port,
      // Behind a proxy or NAT the participant calls, and signs, a URL other than where the emulator listens.
      ...(profile.emulator.publicUrl ? { publicUrl: profile.emulator.publicUrl } : {}),
      retrySchedule: [100, 500, 2000],
      runTag: this.identifierTag,
      ...(this.security ? { security: this.security } : {}),
      scenarioOf: (mpans) => mpans.map((mpan) => this.scenarioOfMpan.get(mpan.slice(0, 12))).find((scenario) => scenario !== undefined),
    });
    this.smrs = new SmrsSimulator({
      spec,
      emulator: this.emulator,
      directory: this.directory,
      registrationService: SIMULATED.smrs,
      points: this.points,
      now,
      faker: this.faker,
      simulatedRecipient: acceptingServiceProviders({ spec, faker: this.faker, now, directory: this.directory, smrs: () => this.smrs, refusals: this.refusals }),
      ...(this.options.smrsOrdering ? { ordering: this.options.smrsOrdering } : {}),
    });
    this.dataServiceDesk = new DataServiceDesk({ spec, emulator: this.emulator, directory: this.directory, points: this.points, now, faker: this.faker });
    this.dataServices = new SimulatedDataServices(this.emulator, this.directory, this.points);
    this.lss = new LssSimulator({ spec, emulator: this.emulator, directory: this.directory, loadShapingService: SIMULATED.loadShapingService, now, faker: this.faker, seed: this.options.seed });
    this.mds = new MdsSimulator({
      spec,
      emulator: this.emulator,
      directory: this.directory,
      marketWideDataService: SIMULATED.marketWideDataService,
      appointments: new RegisteredAppointments(this.points),
      now,
      faker: this.faker,
      loadShapes: this.lss,
    });
    this.consumptionReplay = new ConsumptionReplay({ spec, emulator: this.emulator, segmentOf: (mpan) => this.points.get(mpan)?.segment, now, faker: this.faker });
    let webhookBase = profile.webhookUrl;
    if (bundled) {
      this.participant = await launchReferenceParticipant({
        config: { ...this.referenceParticipantConfig(), ...(participantCertificates ? this.writeParticipantCertificates(participantCertificates) : {}) },
        workDir: path.join(this.options.runDir, `worker-${this.options.worker}`),
        keys: Object.fromEntries(profile.roles.map((role, index) => [apiKeyEnvOf(role.role), bundledKeys[index]!])),
      });
      webhookBase = `${this.participant.url}/webhook`;
      this.participantUrl = this.participant.url;
    }
    for (const party of participantParties) this.directory.add({ ...party, webhookUrl: webhookBase! });
  }

  /** The certificates of the stage's DIP; for a bundled participant also its own, from one throw-away CA. */
  private openTransportSecurity(): ParticipantCertificates | undefined {
    const { transport, launch } = this.options.profile;
    if (transport.security === 'plain') return undefined;
    if (launch === 'external') {
      this.security = externalTransportSecurity({ suitePkiDir: transport.suitePki!, participantCaFile: transport.participantCa!, signingProfile: transport.signingProfile });
      return undefined;
    }
    const made = bundledTransportSecurity(transport.signingProfile);
    this.security = made.suite;
    return made.participant;
  }

  /** The bundled participant's TLS and signing files, outside the run folder so no key reaches the evidence. */
  private writeParticipantCertificates(certificates: ParticipantCertificates): Record<string, unknown> {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-qualify-pki-'));
    this.pkiDir = dir;
    const write = (name: string, text: string, secret = false) => {
      const file = path.join(dir, name);
      writeFileSync(file, text, secret ? { mode: 0o600 } : {});
      if (secret) chmodSync(file, 0o600);
      return file;
    };
    const ca = write('ca.pem', certificates.caPem);
    return {
      tls: {
        certFile: write('server.pem', certificates.server.certificatePem),
        keyFile: write('server.key.pem', certificates.server.privateKeyPem, true),
        clientCertFile: write('client.pem', certificates.client.certificatePem),
        clientKeyFile: write('client.key.pem', certificates.client.privateKeyPem, true),
        caFile: ca,
      },
      signing: {
        certFile: write('signing.pem', certificates.signing.certificatePem),
        keyFile: write('signing.key.pem', certificates.signing.privateKeyPem, true),
        trustedCaFile: ca,
        profile: this.options.profile.transport.signingProfile,
      },
    };
  }

  /** The bundled participant plays every role of the profile and appoints the simulated providers. */
  private referenceParticipantConfig(): Record<string, unknown> {
    const { profile, spec } = this.options;
    const identity = (role: string) => {
      const entry = roleOf(profile, role);
      return entry ? { dipId: entry.dipId, mpid: entry.mpid, role, apiKeyEnv: apiKeyEnvOf(role) } : undefined;
    };
    const pick = (party: { dipId: string; mpid: string }) => ({ dipId: party.dipId, mpid: party.mpid });
    return {
      // The DIP's URL as a participant calls it, publicUrl when the profile names one: the URL it signs.
      dipBaseUrl: this.emulator.publicUrl,
      listen: { host: '127.0.0.1', port: 0 },
      environmentTag: 'UIT',
      stateDir: path.join(this.options.runDir, `worker-${this.options.worker}`, 'reference-participant-state'),
      supplier: identity('SUP'),
      meteringService: identity('MSS'),
      ...(identity('MSA') ? { advancedMeteringService: identity('MSA') } : {}),
      ...(identity('SDS') ? { dataService: identity('SDS') } : {}),
      ...(identity('ADS') ? { advancedDataService: identity('ADS') } : {}),
      ...(profile.capabilities.dataService ? { meterDataRetrievers: { ownMdr: profile.capabilities.dataService.ownMdr, mdrs: profile.capabilities.dataService.mdrs } } : {}),
      serves: { segments: profile.capabilities.segments, gspGroups: profile.capabilities.gspGroups, ...(profile.capabilities.meterTypes ? { meterTypes: profile.capabilities.meterTypes } : {}) },
      registrationServiceDipId: SIMULATED.smrs.dipId,
      // Where its Data Services send settlement data (IF-021), besides the distributor and the Supplier.
      settlement: { marketWideDataServiceDipId: SIMULATED.marketWideDataService.dipId, loadShapingServiceDipId: SIMULATED.loadShapingService.dipId },
      portfolio: { supplier: [...this.suppliedMpans], meteringService: [...this.servedMpans] },
      appointMeteringService: pick(SIMULATED.smartMeteringService),
      appointAdvancedMeteringService: pick(SIMULATED.advancedMeteringService),
      appointDataService: { ...pick(SIMULATED.smartDataService), consentGranularity: 'H', domesticIndicator: true, fallBackReadFrequency: null },
      faults: [...profile.faults, ...(this.options.faults ?? [])],
      faultOptions: { lateMillis: lateMillisFor(this.options.timeScale), lateRepeatMillis: lateRepeatMillisFor(this.options.timeScale) },
      behaviour: {
        answerHoldMillis: profile.behaviour.answerHoldMillis,
        actOnAfterMillis: Object.fromEntries(Object.entries(profile.behaviour.actOnAfterMinutes).map(([interfaceID, minutes]) => [interfaceID, Math.ceil((minutes * 60_000) / this.options.timeScale)])),
      },
      // A market clock started on a past date (--market-start): the participant's calendar starts
      // there too, or the dates it proposes (an Effective From Date of tomorrow) are weeks ahead of the market's.
      ...(this.options.marketStart === undefined ? {} : { clockOffsetMillis: this.options.marketStart - Date.now() }),
      spec: { version: spec.version, dir: spec.dir },
      fsync: false,
    };
  }

  /**
   * A new MPAN from this worker's pool: the distributor prefix differs per worker, so pools never
   * meet, and the rest comes from the run ID, so no run repeats another's (freshMpan).
   */
  nextMpan(): string {
    this.mpanCounter += 1;
    return freshMpan(this.runId, this.options.worker, this.mpanCounter);
  }

  /** A new CSS registration ID (a UUID) of this run, for a switch or an initial registration. */
  newCssRegistrationId(): string {
    return cssRegistrationId(this.faker);
  }

  /** A new connection (BP006): an MPAN the SMRS holds with no Supplier and no service providers yet. */
  newConnection(segment: MarketSegment, gspGroup = '_K'): MeteringPoint {
    return this.points.add({ mpan: this.nextMpan(), gspGroup, distributorDipId: SIMULATED.distributor.dipId, segment });
  }

  /** `scenario` (its feature file and line) has `mpan` from now on: what the journal records about it is that scenario's. */
  fileUnderScenario(mpan: string, scenario: string): void {
    this.scenarioOfMpan.set(mpan.slice(0, 12), scenario);
  }

  /** Registers a metering point with the SMRS: another Supplier's, served by the incumbent providers. */
  meteringPoint(segment: MarketSegment, gspGroup = '_K', meterTypes?: readonly string[]): MeteringPoint {
    // Created after the served pool, so a fresh MPAN is never one the participant already serves.
    return this.registered(this.nextMpan(), segment, gspGroup, {}, meterTypes);
  }

  /**
   * A metering point the participant already serves as Metering Service, for another Supplier.
   * Undefined when the profile lists no (more) such MPANs.
   */
  servedMeteringPoint(segment: MarketSegment, gspGroup = '_K'): MeteringPoint | undefined {
    const role = roleOf(this.options.profile, segment === 'S' ? 'MSS' : 'MSA');
    const mpan = this.servedMpans.shift();
    if (!role || !mpan) return undefined;
    return this.registered(mpan, segment, gspGroup, { meteringService: { dipId: role.dipId, mpid: role.mpid } });
  }

  /**
   * A metering point the participant is the registered Supplier of, served by the incumbent
   * providers. Undefined when the profile lists no (more) such MPANs (portfolio.supplier).
   */
  suppliedMeteringPoint(segment: MarketSegment, gspGroup = '_K'): MeteringPoint | undefined {
    const role = roleOf(this.options.profile, 'SUP');
    const mpan = this.suppliedMpans.shift();
    if (!role || !mpan) return undefined;
    return this.registered(mpan, segment, gspGroup, { supplier: { dipId: role.dipId, mpid: role.mpid } });
  }

  /** An MPAN the SMRS holds for another Supplier with the incumbent providers, unless `parties` names others. */
  private registered(mpan: string, segment: MarketSegment, gspGroup: string, parties: { supplier?: PartyRef; meteringService?: PartyRef }, meterTypes?: readonly string[]): MeteringPoint {
    return this.points.add({
      mpan,
      gspGroup,
      distributorDipId: SIMULATED.distributor.dipId,
      segment,
      ...(meterTypes ? { meterTypes } : {}),
      supplier: parties.supplier ?? { dipId: SIMULATED.otherSupplier.dipId, mpid: SIMULATED.otherSupplier.mpid },
      meteringService: parties.meteringService ?? { dipId: SIMULATED.incumbentMeteringService.dipId, mpid: SIMULATED.incumbentMeteringService.mpid },
      dataService: { dipId: SIMULATED.incumbentDataService.dipId, mpid: SIMULATED.incumbentDataService.mpid },
      meters: assetHistoryOf(mpan),
    });
  }

  async close(): Promise<void> {
    await this.participant?.stop();
    await this.emulator?.close();
    this.triggerAgent?.destroy();
    if (this.pkiDir) rmSync(this.pkiDir, { recursive: true, force: true });
  }
}
