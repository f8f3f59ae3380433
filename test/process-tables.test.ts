// The process tables (scenarios/process-tables/) and their traceability to the features: the
// real tables load, every row of a covered process has a scenario (or says why none is due),
// every ref tag names a row, every scenario covering a row carries its process's tag; and on
// fixtures, each kind of break is reported, named.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processCoverage, traceabilityProblems } from '../src/processes/process-coverage.ts';
import { loadProcessTables, ProcessTableError } from '../src/processes/process-tables.ts';
import { readFeatureScenarios } from '../src/requirements/feature-scenarios.ts';

const tables = loadProcessTables();
const scenarios = readFeatureScenarios();
const report = processCoverage(tables, scenarios);
const tableOf = (process: string) => tables.tables.find((table) => table.process === process)!;
const countsOf = (process: string) => report.tables.find((entry) => entry.table.process === process)!.counts;

describe('the process tables', () => {
  it('load one table per process of PROCESS-TABLES.md §4, in the order of business-processes.yaml', () => {
    expect(tables.tables.map((table) => `${table.process} ${table.rows.length}`)).toEqual([
      'BP001 20', 'BP002 9', 'BP003 3', 'BP003A 1', 'BP003B 3', 'BP003C 1', 'BP005 5', 'BP006 6', 'BP007 5', 'BP008 6', 'BP009 10', 'BP010 5', 'BP011 6',
      'MIGRATION 7', 'RELATED-MPANS 6', 'IF045-REMINDERS 2', 'SUPPLIER-TO-DS 4',
    ]);
    expect(tableOf('BP001').name).toBe('Change of Supplier');
  });

  it('keep the document’s refs, and tag a scenario with them without the space', () => {
    const rec = tables.rowOfTag('@REC-22.6.1');
    expect(rec?.table.process).toBe('BP001');
    expect(rec?.row).toMatchObject({ ref: 'REC 22.6.1', interfaces: ['IF-031'], eventCodes: ['MSApp'], sla: { id: 'ms-appointment-request', text: '60 min' }, source: ['S1', 'S4', 'S5'], tags: ['code-body'] });
    expect(tables.rowOfTag('@COS-03')?.row.tags).toEqual(['inferred']);
    expect(tables.rowOfTag('@COS-05')?.row.eventCodes).toEqual(['MSAppAccepted', 'MSAppRejected']);
    expect(tables.refTagPrefixes).toEqual(expect.arrayContaining(['@COS-', '@REC-', '@CMS-', '@3A-', '@MIG-', '@REM-']));
    expect(tables.looksLikeRowRef('@IF-031')).toBe(false);
    expect(tables.looksLikeRowRef('@REQ-REC-22.6.1')).toBe(false);
  });

  it('say why wherever no scenario is due', () => {
    const notDue = tables.tables.flatMap((table) => table.rows.filter((row) => !row.scenarioDue));
    expect(notDue.length).toBeGreaterThan(0);
    expect(notDue.filter((row) => !row.why?.trim()).map((row) => row.ref)).toEqual([]);
  });
});

describe('traceability of the real features to the tables', () => {
  it('finds nothing wrong: no missing row, no unknown ref tag, no missing process tag, no stale scenarioDue: false', () => {
    expect(traceabilityProblems(report)).toEqual([]);
  });

  it('gives every scenario that covers a row the tag of the row’s process, hand-written and generated alike', () => {
    expect(report.missingProcessTags).toEqual([]);
    const disconnection = scenarios.filter((scenario) => scenario.tags.includes('@BP007'));
    expect(disconnection.map((scenario) => scenario.file)).toEqual(expect.arrayContaining(['features/dip-channels/supplier-receives-every-publication.feature']));
    expect(disconnection.filter((scenario) => scenario.tags.includes('@DIS-01'))).toHaveLength(2);
    expect(tables.processTagsOf(['@IF-037', '@COS-11', '@DIS-04', '@REL-04', '@CMS-08'])).toEqual(['@BP001', '@BP002', '@BP007', '@RELATED-MPANS']);
  });

  it('has a scenario for every row of the covered processes that is due one', () => {
    // Every table is covered: each row due a scenario has one (the fixtures below show the check failing).
    expect(report.tables.filter((entry) => entry.table.coverage === 'covered').map((entry) => entry.table.process)).toEqual(tables.tables.map((table) => table.process));
    expect(countsOf('BP009')).toEqual({ total: 10, covered: 8, notDue: 2, missing: 0, planned: 0 });
    expect(countsOf('BP001')).toEqual({ total: 20, covered: 14, notDue: 6, missing: 0, planned: 0 });
    const covered = report.tables[0]!.rows.filter((entry) => entry.state === 'covered').map((entry) => entry.row.ref);
    expect(covered).toEqual(['COS-02', 'REC 22.6.1', 'REC 22.6.3', 'COS-03', 'COS-04', 'COS-05', 'COS-06', 'COS-09', 'COS-10', 'COS-11', 'COS-12', 'COS-14', 'COS-15', 'COS-16']);
  });

  it('checked real ref tags, so the empty findings mean something', () => {
    const refTags = scenarios.flatMap((scenario) => scenario.tags.filter((tag) => tables.looksLikeRowRef(tag)));
    expect(refTags).toEqual(expect.arrayContaining(['@COS-02', '@REC-22.6.1', '@REC-22.6.3', '@COS-12']));
  });

  it('reports the planned processes, which are none now', () => {
    expect(report.planned.map((entry) => entry.process)).toEqual(tables.tables.filter((table) => table.coverage === 'planned').map((table) => table.process));
    expect(report.planned).toEqual([]);
  });
});

// ─── Fixtures: a temp folder with process-tables/ and features/ ───────────────────────────────

const ROW = (ref: string, extra = '') => `  - ref: ${ref}\n    when: trigger\n    from: REGS\n    interface: IF-009\n    source: [S4]\n    tags: [official]\n${extra}`;
const TABLE = (process: string, coverage: string, rows: string) => `process: ${process}\ncoverage: ${coverage}\nrows:\n${rows}`;

function fixture(files: { tables: Record<string, string>; features?: Record<string, string> }) {
  const root = mkdtempSync(path.join(tmpdir(), 'mhhs-process-tables-'));
  const tablesDir = path.join(root, 'process-tables');
  const featuresDir = path.join(root, 'features');
  mkdirSync(tablesDir);
  mkdirSync(featuresDir);
  for (const [name, text] of Object.entries(files.tables)) writeFileSync(path.join(tablesDir, name), text);
  for (const [name, text] of Object.entries(files.features ?? {})) writeFileSync(path.join(featuresDir, name), text);
  return { tablesDir, featuresDir };
}

function problemsLoading(tablesDir: string): readonly string[] {
  try {
    loadProcessTables(tablesDir);
  } catch (error) {
    if (error instanceof ProcessTableError) return error.problems;
    throw error;
  }
  return [];
}

const FEATURE = (tags: string) => `@BP007 @role:supplier\nFeature: Disconnection\n\n  ${tags} @REQ-X\n  Scenario: The Supplier hears of the disconnection\n    Given something\n`;

describe('the traceability check fails on fixtures', () => {
  it('names the row of a covered process that no scenario carries', () => {
    const { tablesDir, featuresDir } = fixture({
      tables: { 'bp007.yaml': TABLE('BP007', 'covered', ROW('DIS-01') + ROW('DIS-02')) },
      features: { 'disconnection.feature': FEATURE('@DIS-01 @IF-009') },
    });
    const found = processCoverage(loadProcessTables(tablesDir), readFeatureScenarios(featuresDir));
    expect(found.missingRows).toEqual([{ process: 'BP007', ref: 'DIS-02' }]);
    expect(traceabilityProblems(found)).toEqual(['BP007 is covered but no scenario is tagged with row DIS-02: tag one, or mark the row scenarioDue: false with why']);
  });

  it('names a scenario tag that looks like a row ref but names no row, and ignores interface tags', () => {
    const { tablesDir, featuresDir } = fixture({
      tables: { 'bp007.yaml': TABLE('BP007', 'covered', ROW('DIS-01')) },
      features: { 'disconnection.feature': FEATURE('@DIS-01 @DIS-09 @IF-009') },
    });
    const found = processCoverage(loadProcessTables(tablesDir), readFeatureScenarios(featuresDir));
    expect(found.unknownRefTags).toEqual([{ file: 'features/disconnection.feature', scenario: 'The Supplier hears of the disconnection', tag: '@DIS-09' }]);
    expect(found.missingRows).toEqual([]);
  });

  it('names a scenario that covers a row without its process tag, whichever level the tags are on', () => {
    const { tablesDir, featuresDir } = fixture({
      tables: { 'bp007.yaml': TABLE('BP007', 'covered', ROW('DIS-01')), 'bp008.yaml': TABLE('BP008', 'covered', ROW('CES-01')) },
      features: {
        'disconnection.feature': FEATURE('@DIS-01 @CES-01'),
        'untagged.feature': '@role:supplier\nFeature: Untagged\n\n  Rule: Told\n\n    @DIS-01\n    Scenario: Told of it\n      Given something\n',
      },
    });
    const found = processCoverage(loadProcessTables(tablesDir), readFeatureScenarios(featuresDir));
    expect(found.missingProcessTags).toEqual([
      { file: 'features/disconnection.feature', scenario: 'The Supplier hears of the disconnection', tag: '@BP008', rows: ['@CES-01'] },
      { file: 'features/untagged.feature', scenario: 'Told of it', tag: '@BP007', rows: ['@DIS-01'] },
    ]);
    expect(traceabilityProblems(found)).toEqual([
      'features/disconnection.feature › The Supplier hears of the disconnection: carries @CES-01 of BP008 but not @BP008, so --tags @BP008 does not select it: add @BP008',
      'features/untagged.feature › Told of it: carries @DIS-01 of BP007 but not @BP007, so --tags @BP007 does not select it: add @BP007',
    ]);
  });

  it('counts rows of a planned process as planned, not missing, and flags a stale scenarioDue: false', () => {
    const { tablesDir, featuresDir } = fixture({
      tables: { 'bp007.yaml': TABLE('BP007', 'planned', ROW('DIS-01', '    scenarioDue: false\n    why: internal\n') + ROW('DIS-02')) },
      features: { 'disconnection.feature': FEATURE('@DIS-01') },
    });
    const found = processCoverage(loadProcessTables(tablesDir), readFeatureScenarios(featuresDir));
    expect(found.planned).toEqual([{ process: 'BP007', counts: { total: 2, covered: 1, notDue: 0, missing: 0, planned: 1 } }]);
    expect(found.staleNotDue).toEqual([{ process: 'BP007', ref: 'DIS-01', scenarios: ['The Supplier hears of the disconnection'] }]);
  });

  it('refuses a ref used in two tables, naming both places', () => {
    const { tablesDir } = fixture({
      tables: { 'a.yaml': TABLE('BP007', 'planned', ROW('DIS-01')), 'b.yaml': TABLE('BP008', 'planned', ROW('DIS-02') + ROW('DIS-01')) },
    });
    expect(problemsLoading(tablesDir)).toEqual([
      "ref 'DIS-01' is used twice: process-tables/a.yaml rows[0] and process-tables/b.yaml rows[1]; a ref names one row across all tables",
    ]);
  });

  it('refuses "REC 22.6.1" and "REC-22.6.1" as two rows: they are the same tag', () => {
    const { tablesDir } = fixture({ tables: { 'a.yaml': TABLE('BP001', 'planned', ROW('REC 22.6.1') + ROW('REC-22.6.1')) } });
    expect(problemsLoading(tablesDir)).toEqual([expect.stringMatching(/^ref 'REC-22\.6\.1' is used twice: process-tables\/a\.yaml rows\[0\] and process-tables\/a\.yaml rows\[1\]/)]);
  });

  it('names the file, row and field of an unknown field', () => {
    const { tablesDir } = fixture({ tables: { 'a.yaml': TABLE('BP007', 'planned', ROW('DIS-01') + ROW('DIS-02', '    trigger: typo for when\n')) } });
    expect(problemsLoading(tablesDir)).toEqual([expect.stringMatching(/^process-tables\/a\.yaml: rows\[1\] \(DIS-02\)\.trigger: unknown field; a row may have ref, when, /)]);
  });

  it('reports every other mistake at once: missing field, unknown process, unknown SLA id, unexplained scenarioDue, bracketed event code', () => {
    const { tablesDir } = fixture({
      tables: {
        'a.yaml': TABLE('BP999', 'covered', ROW('DIS-01')),
        'b.yaml': TABLE(
          'BP007',
          'sometimes',
          [
            '  - ref: DIS-02\n    from: REGS\n    interface: IF-009\n    source: [S4]\n    tags: [official]\n',
            ROW('DIS-03', '    sla: { id: no-such-window }\n'),
            ROW('DIS-04', '    scenarioDue: false\n'),
            ROW('DIS-05', '    eventCode: "[MPANDisconnection]"\n'),
            ROW('DIS-06', '    tags: [official, rumour]\n').replace('    tags: [official]\n', ''),
          ].join(''),
        ),
      },
    });
    const problems = problemsLoading(tablesDir);
    expect(problems).toEqual([
      expect.stringMatching(/^process-tables\/a\.yaml: process: 'BP999' is not in scenarios\/business-processes\.yaml/),
      'process-tables/b.yaml: coverage: must be covered or planned, not "sometimes"',
      'process-tables/b.yaml: rows[0] (DIS-02).when: missing; every row needs ref, when, from, source and tags',
      expect.stringMatching(/^process-tables\/b\.yaml: rows\[1\] \(DIS-03\)\.sla\.id: 'no-such-window' is not a window in scenarios\/slas\.yaml; known: ms-appointment-request,/),
      'process-tables/b.yaml: rows[2] (DIS-04).why: missing; scenarioDue: false must say why no scenario is due',
      'process-tables/b.yaml: rows[3] (DIS-05).eventCode: "[MPANDisconnection]" is not of the form MSApp (no brackets)',
      'process-tables/b.yaml: rows[4] (DIS-06).tags: "rumour" is not of the form code-body | official | 3p | sim | inferred',
    ]);
  });
});
