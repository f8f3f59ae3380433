// docs/scenario-catalogue.md is written from the process tables and the features; a stale copy
// would tell a reviewer about scenarios that no longer run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, currentScenarioCatalogue } from '../src/processes/catalogue-file.ts';

describe('scenario catalogue', () => {
  const current = currentScenarioCatalogue();

  it('is fresh (run npm run docs:generate)', () => {
    expect(readFileSync(CATALOGUE_FILE, 'utf8')).toBe(current);
  });

  it('lists each process with its rows and each feature with its scenarios', () => {
    expect(current).toMatch(/^### BP009 Change of Meter/m);
    expect(current).toMatch(/^\| COM-04 \| MS → REGS \| IF-005 \[MeterExchange\] \| 2 scenarios \|$/m);
    expect(current).toMatch(/^\| COM-01 \| SUP → MS \| D0142.*\| not due: /m);
    expect(current).toMatch(/^\| Reports "meter exchanged on site" with IF-005 \[MeterExchange\] \(Advanced MPAN\) \| metering-service \| COM-04 \| IF-005, IF-006 \| .*REQ-SLA-meter-exchange-mtds/m);
  });
});
