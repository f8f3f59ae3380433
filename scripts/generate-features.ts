// Writes the DIP-channel features (features/dip-channels/) from the role table and the DIP API
// definitions: per role, every publication it receives taken (valid and broken), and the same
// list on rainy days. Run: MHHS_DIP_SPEC_DIR=… npm run features:generate
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNEL_ROLES, dipChannelFeature } from '../src/processes/dip-channel-features.ts';
import { loadProcessTables } from '../src/processes/process-tables.ts';
import { rainyDayFeature } from '../src/processes/rainy-day-features.ts';
import { publicationsReceivedBy, withProcessRows } from '../src/processes/receivable-publications.ts';
import { loadRoleInterfaceTable } from '../src/rules/role-interface-table.ts';
import { loadSpec } from '../src/spec/load-spec.ts';

const spec = loadSpec({});
const table = loadRoleInterfaceTable();
const tables = loadProcessTables();
const folder = path.resolve(import.meta.dirname, '../features/dip-channels');
for (const role of CHANNEL_ROLES) {
  const publications = withProcessRows(role.code, publicationsReceivedBy(role.code, spec, table), tables);
  writeFileSync(path.join(folder, role.file), dipChannelFeature(role, publications));
  writeFileSync(path.join(folder, role.rainyDayFile), rainyDayFeature(role, publicationsReceivedBy(role.code, spec, table)));
  process.stdout.write(`${role.file}, ${role.rainyDayFile}: ${publications.length} publications\n`);
}
