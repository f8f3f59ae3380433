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
import { allowedSeverities, CHECK_REGISTRY, CHECKS, checkById, fixedRequirementOf, isRegisteredCheck, severityAllowed } from '../src/findings/check-registry.ts';
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

/**
 * Findings whose severity is set where they are raised: `{ ...maker(…), severity: 'warn' }`, the
 * maker being findingOf(GROUP.name, …) itself or a const of the same file that calls it. Each
 * with the check ID the maker's entry carries (undefined when the maker could not be read).
 */
function severityOverrides(file: string, text: string): Array<{ file: string; id: string | undefined; severity: string }> {
  return [...text.matchAll(/\.\.\.\s*([\w.]+)\(([^\n]*?)\)\s*,\s*severity:\s*['"`](\w+)['"`]/g)].map((match) => {
    const [, maker, args, severity] = match as unknown as [string, string, string, string];
    const entryName = maker === 'findingOf' ? /^\s*\w+\.(\w+)/.exec(args)?.[1] : new RegExp(`\\b(?:const|function)\\s+${maker}\\b[^\\n]*?findingOf\\(\\w+\\.(\\w+)`).exec(text)?.[1];
    const entry = entryName === undefined ? undefined : (CHECKS as Record<string, { id: string }>)[entryName];
    return { file, id: entry?.id, severity };
  });
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
      // A severity besides its own is allowed with the reason and the place it is raised.
      expect(allowedSeverities(check)[0], check.id).toBe(check.severity);
      if (check.severityVaries) {
        expect(new Set(check.severityVaries.allowed).size, check.id).toBe(check.severityVaries.allowed.length);
        for (const severity of check.severityVaries.allowed) expect(['fail', 'warn'], check.id).toContain(severity);
        expect(check.severityVaries.why.length, check.id).toBeGreaterThan(20);
        expect(check.severityVaries.where, check.id).toMatch(/^(src|mocks)\/\S+\.ts\b/);
      }
    }
  });

  it('allows a finding the severity of its check, and another only where the entry says so', () => {
    expect(severityAllowed('MPAN-CHECK-DIGIT', 'fail')).toBe(true);
    expect(severityAllowed('MPAN-CHECK-DIGIT', 'warn')).toBe(false);
    expect(severityAllowed('CORRELATED-TO-TRIGGER', 'warn')).toBe(true);
    expect(severityAllowed('CORRELATED-TO-TRIGGER', 'fail')).toBe(false);
    expect(allowedSeverities(CHECKS.available)).toEqual(['fail', 'warn']);
    expect(allowedSeverities(CHECKS.content)).toEqual(['fail', 'warn']);
    expect(severityAllowed('SLA-LATE', 'fail')).toBe(false);
  });

  it('allows every severity set where a finding is raised in src/ and mocks/ (findings never carry one their check does not allow)', () => {
    const overrides = ['src', 'mocks'].flatMap(sourceFiles).flatMap((file) => severityOverrides(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(overrides.filter(({ id, severity }) => id === undefined || !severityAllowed(id, severity))).toEqual([]);
    // The sites the registry's severityVaries entries stand for: a new one is registered there first.
    expect(overrides.map(({ file, id, severity }) => `${file} ${id} ${severity}`).sort()).toEqual([
      'src/checks/delivery-verdict.ts WEBHOOK-AVAILABLE warn',
      'src/scenario/settlement-data-steps.ts IF021-ESTIMATES-FOLLOW-SHAPE fail',
      'src/scenario/site-works-steps.ts PROCESS-CONTENT warn',
    ]);
    for (const check of CHECK_REGISTRY.filter((entry) => entry.severityVaries)) {
      expect(overrides.map(({ file }) => file), check.id).toContain(check.severityVaries!.where.split(' ')[0]);
    }
  });

  it('reads a severity set at the raise site and the check it overrides, so a disallowed one fails the test above', () => {
    const text = "const late = (m: string) => findingOf(PROCESS_CHECKS.sla, '', m, 'x');\nwarnings.push({ ...late('y'), severity: 'warn' }, { ...findingOf(CHECKS.schema, '', 'z'), severity: 'warn' });";
    const overrides = severityOverrides('a.ts', text);
    expect(overrides).toEqual([
      { file: 'a.ts', id: 'SLA', severity: 'warn' },
      { file: 'a.ts', id: 'SCHEMA', severity: 'warn' },
    ]);
    expect(overrides.filter(({ id, severity }) => !severityAllowed(id!, severity))).toHaveLength(2);
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

interface Raised {
  readonly rule: string;
  readonly severity: string;
}

/** Every check ID a run recorded, with each severity: scenarios' findings and warnings, run-level findings (summary and each worker's), and every exchange's findings in the journal. */
function raisedInRun(reports: string): Raised[] {
  const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
  const raised: Raised[] = [];
  for (const scenario of summary.scenarios) {
    // A scenario's findings in the summary are those that failed it (src/run/run-summary.ts keeps no warning there).
    for (const finding of scenario.findings ?? []) raised.push({ rule: finding.rule, severity: 'fail' });
    for (const warning of scenario.warnings ?? []) raised.push({ rule: warning.split(' ')[0]!, severity: 'warn' });
  }
  raised.push(...(summary.runFindings ?? []));
  const files = readdirSync(path.join(reports, 'run'));
  for (const name of files.filter((file) => /^run-findings.*\.json$/.test(file))) {
    raised.push(...(JSON.parse(readFileSync(path.join(reports, 'run', name), 'utf8')) as Raised[]));
  }
  const journals = files.filter((name) => /^journal.*\.jsonl$/.test(name));
  for (const journal of journals) {
    for (const line of readFileSync(path.join(reports, 'run', journal), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      raised.push(...((JSON.parse(line) as { findings?: Raised[] }).findings ?? []));
    }
  }
  return raised.map(({ rule, severity }) => ({ rule, severity }));
}

function runWithFaults(tags: string, faults: readonly string[]): Raised[] {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-check-registry-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--no-report', '--time-scale', '3600', '--reports', reports, '--tags', tags, '--fault', ...faults], {
    cwd: ROOT,
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(1);
  return raisedInRun(reports);
}

describe('a run whose participant has defects', () => {
  it('raises findings naming registered checks only, each with a severity its check allows', { timeout: 300_000 }, () => {
    const raised = [
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
    ];
    const seen = new Set(raised.map(({ rule }) => rule));
    expect([...seen].filter((id) => !isRegisteredCheck(id))).toEqual([]);
    expect([...new Set(raised.filter(({ rule, severity }) => !severityAllowed(rule, severity)).map(({ rule, severity }) => `${rule} ${severity}`))]).toEqual([]);
    // The runs did make checks of every kind fail, so the line above judged something.
    for (const id of ['SLA', 'MPAN-CHECK-DIGIT', 'WEBHOOK-STANDARD-RESPONSE', 'SIGNATURE-HEADERS', 'PROCESS-CONTENT', 'PROCESS-ADDRESSING', 'SMRS-OUTCOME', 'NO-SUPERSEDING-REQUEST', 'OUT-OF-ORDER-DELIVERY', 'SIGNATURE-CHECKED']) {
      expect([...seen], id).toContain(id);
    }
  });
});
