// Runs every check of `mhhs-qualify doctor` on one profile, in the order a newcomer fixes
// things: the profile, the files it names, the certificates in them, the API keys, the DIP API
// definitions, the emulator's address, the triggers and the portfolio, then the network. A check that depends on an earlier
// one that failed is not run, and says so, rather than repeating the same failure in other words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import { type FeatureScenario, readFeatureScenarios } from '../requirements/feature-scenarios.ts';
import { createPostAgent, type TlsClientOptions } from '../transport/post-request.ts';
import { checkCertificateValidity, checkParticipantCa, checkSuiteChain } from './certificate-checks.ts';
import {
  checkApiKey,
  checkEmulatorPort,
  checkIdMapFile,
  checkParticipantCaFile,
  checkProfile,
  checkSpec,
  checkSuitePkiFiles,
  checkTriggerDeclared,
  type CheckResult,
  ok,
  warn,
} from './doctor-checks.ts';
import { TRIGGER_NEEDS_SENDS, TRIGGER_ROLES } from './init-answers.ts';
import { checkDataServiceRoles } from './data-service-checks.ts';
import { checkClockSkew, judgeReachable, needsALook, probe, schemeMismatch, type TransportContext } from './reachability-checks.ts';
import { checkPortfolio, portfolioNeeds, type PortfolioKey } from './portfolio-checks.ts';
import { seeServer } from './server-identity.ts';

export interface DoctorOptions {
  readonly profile: string;
  readonly specDir?: string | undefined;
  readonly specVersion?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: Date;
  /** How long each network probe may take. */
  readonly timeoutMs?: number;
}

const SUITE_CERTIFICATES = ['ca', 'dip-server', 'dip-client', 'dip-signing'];

/** The transport files and certificates; returns the TLS set-up the network checks use, if usable. */
function transportChecks(profile: ParticipantProfile, now: Date, results: CheckResult[]): { tls?: TlsClientOptions; usable: boolean } {
  if (profile.transport.security === 'plain') {
    results.push(warn('transport', 'transport.security is plain: HTTP, no certificates, no message signatures', 'for a first try only; a certification run refuses it: set transport.security: mtls'));
    return { usable: true };
  }
  const caFile = profile.transport.participantCa!;
  const dir = profile.transport.suitePki!;
  const caReadable = checkParticipantCaFile(caFile);
  const pkiReadable = checkSuitePkiFiles(dir);
  results.push(caReadable, pkiReadable);
  if (pkiReadable.status === 'ok') {
    const renew = `make new ones with mhhs-qualify certs init --dir ${dir}, then have your systems trust the new ca.pem`;
    for (const name of SUITE_CERTIFICATES) results.push(checkCertificateValidity(`certificate ${name}.pem`, path.join(dir, `${name}.pem`), renew, now));
    results.push(checkSuiteChain(dir));
  }
  if (caReadable.status === 'ok') {
    results.push(checkCertificateValidity('participant CA certificate', caFile, 'renew your CA certificate and point transport.participantCa at it', now), checkParticipantCa(caFile));
  }
  if (pkiReadable.status !== 'ok' || caReadable.status !== 'ok') return { usable: false };
  const tls = {
    identity: { certificatePem: readFileSync(path.join(dir, 'dip-client.pem'), 'utf8'), privateKeyPem: readFileSync(path.join(dir, 'dip-client.key.pem'), 'utf8') },
    trustedCaPems: [readFileSync(caFile, 'utf8')],
  };
  return { tls, usable: true };
}

/** The webhook, its clock, and every http trigger, over the run's own transport. */
async function networkChecks(profile: ParticipantProfile, tls: TlsClientOptions | undefined, timeoutMs: number, results: CheckResult[]): Promise<void> {
  const base = { security: profile.transport.security, participantCa: profile.transport.participantCa, suiteCa: profile.transport.suitePki && path.join(profile.transport.suitePki, 'ca.pem') };
  const targets: Array<{ check: string; url: string; context: TransportContext; clock: boolean }> = [
    { check: 'webhook reachable', url: profile.webhookUrl ?? '', context: { ...base, setting: 'participant.webhookUrl' }, clock: true },
    ...Object.entries(profile.triggers).flatMap(([name, trigger]) =>
      // As a run does: an external participant has no {participant} address to fill in.
      'http' in trigger ? [{ check: `trigger ${name}`, url: trigger.http.url.replace('{participant}', ''), context: { ...base, setting: `triggers.${name}.http.url` }, clock: false }] : [],
    ),
  ];
  const agent = createPostAgent(tls);
  const plainAgent = createPostAgent();
  try {
    for (const target of targets) {
      const mismatch = schemeMismatch(target.check, target.url, target.context);
      if (mismatch) {
        results.push(mismatch);
        continue;
      }
      const answer = await probe(target.url, agent, timeoutMs);
      const { outcome } = answer;
      // A failed handshake: look at who answers, to tell another program from a certificate problem.
      const seen = tls && outcome.kind === 'transport-error' && needsALook(outcome.code) ? await seeServer(target.url, outcome, tls, timeoutMs, plainAgent) : undefined;
      results.push(judgeReachable(target.check, answer, target.context, seen));
      const skew = target.clock ? checkClockSkew(answer) : undefined;
      if (skew) results.push(skew);
    }
  } finally {
    agent.destroy();
    plainAgent.destroy();
  }
}

/** Undefined when the feature files cannot be read: the check then names the scenarios without counting them. */
function scenariosNeedingPortfolio(profile: ParticipantProfile, now: Date): Record<PortfolioKey, number> | undefined {
  try {
    return portfolioNeeds(profile, now.getTime());
  } catch {
    return undefined;
  }
}

/** Undefined when the feature files cannot be read: the Data Service check then says so instead of counting. */
function featureScenarios(): FeatureScenario[] | undefined {
  try {
    return readFeatureScenarios();
  } catch {
    return undefined;
  }
}

export async function runDoctor(options: DoctorOptions): Promise<CheckResult[]> {
  const env = options.env ?? process.env;
  const results: CheckResult[] = [];
  const { result, profile } = checkProfile(options.profile);
  results.push(result);
  const spec = checkSpec({ specDir: options.specDir, specVersion: options.specVersion, env });
  if (!profile) return [...results, spec];
  // Said for a bundled participant too: no Data Service scenario runs against either.
  const dataService = checkDataServiceRoles(profile, featureScenarios());
  if (profile.launch === 'bundled') {
    return [...results, ok('participant', 'bundled: the suite starts the reference participant and makes its certificates and keys for each run'), spec, ...(dataService ? [dataService] : [])];
  }
  const now = options.now ?? new Date();
  const transport = transportChecks(profile, now, results);
  results.push(...profile.roles.map((role) => checkApiKey(role, env)));
  if (profile.idMap) results.push(checkIdMapFile(profile.idMap));
  results.push(spec, await checkEmulatorPort(profile.emulator.host, profile.emulator.port));
  for (const [name, roles] of Object.entries(TRIGGER_ROLES)) {
    // A trigger of an optional interface the profile does not send serves only scenarios that are not applicable.
    const needs = TRIGGER_NEEDS_SENDS[name as keyof typeof TRIGGER_NEEDS_SENDS];
    if (needs && !profile.capabilities.sends.includes(needs)) continue;
    const declared = checkTriggerDeclared(profile, name, roles);
    if (declared) results.push(declared);
  }
  results.push(...checkPortfolio(profile, scenariosNeedingPortfolio(profile, now)));
  if (dataService) results.push(dataService);
  if (!transport.usable) {
    results.push(warn('webhook reachable', 'not checked, nor the http triggers: the transport files above must be fixed first', 'fix the FAIL lines above, then run doctor again'));
    return results;
  }
  await networkChecks(profile, transport.tls, options.timeoutMs ?? 5_000, results);
  return results;
}
