// Every finding names a registered check (src/findings/check-registry.ts): one that does not
// is a check nobody declared, whose requirement, severity and wording nobody can look up, and
// which the fault catalogue and the selftest's list of checks no fault made fail cannot see.
// Shown three ways: the registry is well formed, the source builds no finding from an ID typed
// inline, and a run with fault switches that make many kinds of check fail raises only
// registered IDs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_REGISTRY, CHECKS, checkById, fixedRequirementOf, isRegisteredCheck } from '../src/findings/check-registry.ts';
import { RULES } from '../src/rules/index.ts';
import { loadRequirementCatalogue } from '../src/requirements/requirement-catalogue.ts';
import { findingOf } from '../src/rules/rule.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { specDirOf } from './spec-under-test.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Check IDs typed where a finding is built or tested: `rule: 'X'`, `rule === 'X'`. */
function ruleLiterals(text: string): string[] {
  return [...text.matchAll(/\brule\s*(?::|===|!==)\s*['"`]([^'"`]+)['"`]/g)].map((match) => match[1]!);
}

describe('the check registry', () => {
  it('names each check once, with a severity, one line saying what it holds and a requirement of the catalogue', () => {
    const ids = CHECK_REGISTRY.map((check) => check.id);
    // No two groups use the same name: CHECKS would hold only the last.
    expect(Object.keys(CHECKS)).toHaveLength(CHECK_REGISTRY.length - RULES.length);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const catalogue = loadRequirementCatalogue();
    for (const check of CHECK_REGISTRY) {
      expect(check.id, check.id).toMatch(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/);
      expect(['fail', 'warn'], check.id).toContain(check.severity);
      expect(check.title, check.id).toMatch(/^[^\n]{10,140}$/);
      expect(check.source.length, check.id).toBeGreaterThan(5);
      const requirement = fixedRequirementOf(check) ?? (typeof check.requirement === 'object' ? check.requirement.usual : undefined);
      if (requirement) expect([...catalogue.keys()], check.id).toContain(requirement);
      if (typeof check.requirement === 'object') expect(check.requirement.decidedBy.length, check.id).toBeGreaterThan(10);
    }
  });

  it('holds the message rules, the DIP emulator checks, the webhook and response checks and the scenario checks', () => {
    for (const id of ['MPAN-CHECK-DIGIT', 'SUR-GRAMMAR', 'DIP-API-KEY', 'SUR-NOT-REUSED', 'SCHEMA', 'ENVELOPE', 'WEBHOOK-STANDARD-RESPONSE', 'WEBHOOK-HTTP-STATUS', 'SIGNATURE-VALUE', 'ADDRESSED-TO-REQUESTER', 'SLA', 'PROCESS-CONTENT', 'SMRS-ACCEPTED', 'IDEMPOTENT-DELIVERY', 'STATUS-MESSAGE-CODE', 'READ-DATE']) {
      expect(isRegisteredCheck(id), id).toBe(true);
    }
    expect(isRegisteredCheck('ADDRESSING')).toBe(false);
    expect(checkById('CORRELATED-TO-TRIGGER')?.severity).toBe('warn');
  });

  it('builds a finding from the entry, the requirement decided per finding where the entry says so', () => {
    expect(findingOf(CHECKS.httpStatus, '', 'webhook answered 400; expected 201')).toEqual({ rule: 'WEBHOOK-HTTP-STATUS', severity: 'fail', pointer: '', message: 'webhook answered 400; expected 201', requirement: 'REQ-DIP-WEBHOOK-RESPONSE' });
    expect(findingOf(CHECKS.sla, '', 'late', 'ms-appointment-request').requirement).toBe('REQ-SLA-ms-appointment-request');
    expect(() => findingOf(CHECKS.sla, '', 'late')).toThrow(/SLA findings must say what decides their requirement \(REQ-SLA-<id> of the SLA measured\)/);
    expect(findingOf(CHECKS.content, '/0', 'wrong').requirement).toBe('REQ-PROCESS-CONTENT');
    expect(findingOf(CHECKS.content, '/0', 'wrong', 'REQ-SUP-IF027-AMENDMENT').requirement).toBe('REQ-SUP-IF027-AMENDMENT');
  });

  it('is where every check ID typed in src/ and mocks/ is declared (none is left where a finding is built)', () => {
    const literals = ['src', 'mocks'].flatMap(sourceFiles).flatMap((file) => ruleLiterals(readFileSync(path.join(ROOT, file), 'utf8')).map((id) => ({ file, id })));
    expect(literals.filter(({ id }) => !isRegisteredCheck(id))).toEqual([]);
    // The one left stands for a scenario that failed naming no check, in the requirement verdicts.
    expect(literals).toEqual([{ file: 'src/requirements/coverage.ts', id: 'SCENARIO' }]);
  });

  it('finds check IDs typed inline, so an unregistered one fails the test above', () => {
    expect(ruleLiterals("findings.push({ rule: 'SLA-LATE', severity: 'fail' }); if (finding.rule === \"SCHEMA\") {}")).toEqual(['SLA-LATE', 'SCHEMA']);
    expect(isRegisteredCheck('SLA-LATE')).toBe(false);
  });
});

/** Every check ID a run recorded: scenarios' findings and warnings, run-level findings (summary and each worker's), and every exchange's findings in the journal. */
function idsOfRun(reports: string): Set<string> {
  const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
  const ids = new Set<string>();
  for (const scenario of summary.scenarios) {
    for (const finding of scenario.findings ?? []) ids.add(finding.rule);
    for (const warning of scenario.warnings ?? []) ids.add(warning.split(' ')[0]!);
  }
  for (const finding of summary.runFindings ?? []) ids.add(finding.rule);
  const files = readdirSync(path.join(reports, 'run'));
  for (const name of files.filter((file) => /^run-findings.*\.json$/.test(file))) {
    for (const finding of JSON.parse(readFileSync(path.join(reports, 'run', name), 'utf8')) as Array<{ rule: string }>) ids.add(finding.rule);
  }
  const journals = files.filter((name) => /^journal.*\.jsonl$/.test(name));
  for (const journal of journals) {
    for (const line of readFileSync(path.join(reports, 'run', journal), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      for (const finding of (JSON.parse(line) as { findings?: Array<{ rule: string }> }).findings ?? []) ids.add(finding.rule);
    }
  }
  return ids;
}

function runWithFaults(tags: string, faults: readonly string[]): Set<string> {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-check-registry-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--no-report', '--time-scale', '3600', '--reports', reports, '--tags', tags, '--fault', ...faults], {
    cwd: ROOT,
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(1);
  return idsOfRun(reports);
}

describe('a run whose participant has defects', () => {
  it('raises findings naming registered checks only', { timeout: 300_000 }, () => {
    const seen = new Set([
      // Message rules, the DIP's own checks, SLAs and the webhook's answers, on IF-031 and IF-034.
      ...runWithFaults('@REC-22.6.1 and @segment:smart', ['late-if031', 'invalid-mpan']),
      ...runWithFaults('@COS-03 and @segment:smart', ['missing-standard-response', 'wrong-event-code']),
      // Scenario checks: process content and addressing, the SMRS's answers, silence, repeats, order.
      ...runWithFaults('@REC-22.6.1 and @segment:smart', ['unsigned-submissions']),
      ...runWithFaults('@COS-14 or @SDA-01 or @SDA-02 or @CRD-04 or @COS-09 or @REM-02 or @REQ-DIP-ORDER-TOLERANT or @REQ-DIP-SIGNATURE or @COM-06 or @SDA-04', [
        're-requests-on-gain-update',
        'misaddressed-advisory',
        'empty-consumption-amendment',
        'retrospective-direct-contract',
        'if001-unknown-mpan',
        'ignores-if045',
        'refuses-out-of-order',
        'skips-signature-check',
        'history-ids-mismatch',
        'agreed-read-dated-when-sent',
      ]),
    ]);
    expect([...seen].filter((id) => !isRegisteredCheck(id))).toEqual([]);
    // The runs did make checks of every kind fail, so the line above judged something.
    for (const id of ['SLA', 'MPAN-CHECK-DIGIT', 'WEBHOOK-STANDARD-RESPONSE', 'SIGNATURE-HEADERS', 'PROCESS-CONTENT', 'PROCESS-ADDRESSING', 'SMRS-OUTCOME', 'NO-SUPERSEDING-REQUEST', 'OUT-OF-ORDER-DELIVERY', 'SIGNATURE-CHECKED']) {
      expect([...seen], id).toContain(id);
    }
  });
});
