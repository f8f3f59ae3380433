import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importIdMap } from '../src/requirements/id-map.ts';

const known = { requirements: new Set(['REQ-SP-006']), scenarios: new Set(['Accepts an appointment for a Smart MPAN it serves']) };
const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-idmap-'));

describe('importing external IDs', () => {
  it('reads CSV and xlsx with "External ID" and "Maps to"', async () => {
    const csv = path.join(dir, 'map.csv');
    writeFileSync(csv, 'External ID,Maps to\r\nQT-MS-017,REQ-SP-006\r\nPIT-042,Accepts an appointment for a Smart MPAN it serves\r\n');
    expect(await importIdMap(csv, known)).toEqual([
      { externalId: 'QT-MS-017', mapsTo: 'REQ-SP-006' },
      { externalId: 'PIT-042', mapsTo: 'Accepts an appointment for a Smart MPAN it serves' },
    ]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('map');
    sheet.addRow(['External ID', 'Maps to']);
    sheet.addRow(['QT-MS-017', 'REQ-SP-006']);
    const xlsx = path.join(dir, 'map.xlsx');
    writeFileSync(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(await importIdMap(xlsx, known)).toEqual([{ externalId: 'QT-MS-017', mapsTo: 'REQ-SP-006' }]);
  });

  it('names the row that maps to nothing the suite has', async () => {
    const csv = path.join(dir, 'bad.csv');
    writeFileSync(csv, 'External ID,Maps to\r\nQT-1,REQ-NOPE\r\n');
    await expect(importIdMap(csv, known)).rejects.toThrow(/row 2: "REQ-NOPE" is neither a requirement/);
  });
});
