// Certification mode: the run a participant submits. Every applicable scenario, real time, no
// fault switches, a declared capability set, the published DIP definitions, and a suite with
// no local changes. Anything else is a development run, marked "not for submission".
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');

export interface CertificationRequest {
  readonly profile: ParticipantProfile;
  readonly spec: LoadedSpec;
  readonly tags: string | undefined;
  readonly faults: readonly string[];
  readonly timeScale: number;
}

/** Local changes to the suite's own files (generated reports aside), or undefined outside a git checkout. */
function localChanges(): string[] | undefined {
  try {
    const status = execFileSync('git', ['status', '--porcelain', '--', '.', ':(exclude)reports'], { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return status.split('\n').filter((line) => line.trim() !== '');
  } catch {
    return undefined;
  }
}

/** Every reason the run cannot be a certification run; empty when it can. */
export function certificationRefusals(request: CertificationRequest): string[] {
  const reasons: string[] = [];
  if (!request.profile.capabilities.declared) reasons.push(`the profile ${request.profile.file} has no capability declaration (capabilities: segments, processes …)`);
  if (request.profile.transport.security !== 'mtls') reasons.push('transport.security is plain; the DIP uses mutual TLS and message signatures on every request');
  if (request.tags) reasons.push('--tags selects scenarios; a certification run runs every applicable one');
  if (request.faults.length) reasons.push('--fault switches on defects of the reference participant; a certification run has none');
  if (request.timeScale !== 1) reasons.push(`--time-scale ${request.timeScale} compresses time; a certification run keeps real time (1)`);
  if (request.spec.digests.status !== 'verified') reasons.push(`the DIP API definitions differ from the published ${request.spec.version} (${request.spec.digests.mismatched.join(', ')})`);
  const changes = localChanges();
  if (changes?.length) reasons.push(`the suite has local changes (${changes.slice(0, 3).join('; ')}${changes.length > 3 ? ' …' : ''}); certify with a committed version`);
  return reasons;
}
