// `mhhs-qualify list --role …`, run in-process against the real features and process tables:
// a role sees its own scenarios with their rows, interfaces and requirements, never the other
// role's, and the row counts agree with the tables.
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.ts';
import { memoryIO } from '../src/cli/output/console-io.ts';
import { loadProcessTables } from '../src/processes/process-tables.ts';
import type { ProcessListing } from '../src/processes/role-scenarios.ts';

async function list(...args: string[]) {
  const io = memoryIO();
  const code = await runCli(['list', ...args], io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

const SUPPLIER_SCENARIO = 'Metering Service appointment request follows the gain notification within the SLA';
const MS_SCENARIO = 'Rejects an appointment outside its operational area with SP007';
const tables = loadProcessTables();

async function listing(role: string): Promise<ProcessListing[]> {
  const result = await list('--role', role, '--format', 'json');
  expect(result.code).toBe(0);
  const json = JSON.parse(result.stdout) as { role: string; processes: ProcessListing[] };
  expect(json.role).toBe(role);
  return json.processes;
}

describe('mhhs-qualify list', () => {
  it('lists a Supplier scenario under BP001 with its rows, interfaces and requirements', async () => {
    const result = await list('--role', 'supplier');
    expect(result.code).toBe(0);
    const bp001 = result.stdout.slice(result.stdout.indexOf('BP001 Change of Supplier (process table: covered)'), result.stdout.indexOf('\nBP002 '));
    expect(bp001).toContain(
      [
        `  ${SUPPLIER_SCENARIO}`,
        '    rows          COS-02, REC 22.6.1',
        '    interfaces    IF-002, IF-031',
        '    requirements  REQ-REC-22.6.1, REQ-SLA-ms-appointment-request, REQ-PROCESS-CONTENT, REQ-DIP-WEBHOOK-RESPONSE',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain(MS_SCENARIO);
    expect(result.stdout).toMatch(/^ {2}BP001 +covered +11 of 20 rows {2}\(all scenarios: 14 covered, 6 not due, 0 missing\)$/m);
  });

  it('does not list the Supplier’s scenario for a Metering Service, and lists the Metering Service’s own', async () => {
    const result = await list('--role', 'metering-service');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(SUPPLIER_SCENARIO);
    expect(result.stdout).toContain(`  ${MS_SCENARIO}\n    rows          COS-04\n    interfaces    IF-033, IF-034\n    requirements  REQ-SP-007`);
    // COS-15's reminder names the Metering Service among its recipients (DES138): its IF-045 channel scenario covers it.
    expect(result.stdout).toMatch(/^ {2}BP001 +covered +8 of 20 rows/m);
  });

  it('prints JSON whose row counts agree with the tables and the scenarios listed', async () => {
    for (const role of ['supplier', 'metering-service']) {
      const processes = await listing(role);
      for (const table of tables.tables) {
        const entry = processes.find((process) => process.process === table.process);
        expect(entry?.rows?.total).toBe(table.rows.length);
        expect(entry?.coverage).toBe(table.coverage);
        // Rows covered by this role = the table's rows that the role's listed scenarios name.
        const named = new Set(processes.flatMap((process) => process.scenarios.flatMap((scenario) => scenario.rows)));
        expect(entry?.rows?.coveredByRole).toBe(table.rows.filter((row) => named.has(row.ref)).length);
      }
    }
    const supplier = await listing('supplier');
    const bp001 = supplier.find((process) => process.process === 'BP001')!;
    expect(bp001.scenarios.find((scenario) => scenario.name === SUPPLIER_SCENARIO)).toMatchObject({
      file: 'features/bp001-change-of-supplier/supplier-appoints-services.feature',
      rows: ['COS-02', 'REC 22.6.1'],
      interfaces: ['IF-002', 'IF-031'],
    });
    expect(bp001.rows).toEqual({ total: 20, coveredByRole: 11, all: { total: 20, covered: 14, notDue: 6, missing: 0, planned: 0 } });
    // The DIP channel group has scenarios for both roles and no table.
    expect(supplier.find((process) => process.process === 'DIP')).toMatchObject({ scenarios: expect.arrayContaining([expect.objectContaining({ name: 'Acts once on a transaction the DIP delivers twice' })]) });
    expect(supplier.find((process) => process.process === 'DIP')?.rows).toBeUndefined();
  });

  it('refuses a role it does not know, and a missing --role, with exit code 2', async () => {
    const unknown = await list('--role', 'distributor');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("argument 'distributor' is invalid");
    expect((await list()).code).toBe(2);
  });
});
