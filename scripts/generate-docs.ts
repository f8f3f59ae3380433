// Writes docs/scenario-catalogue.md from the process tables and the features.
// Run: npm run docs:generate
import { writeFileSync } from 'node:fs';
import { CATALOGUE_FILE, currentScenarioCatalogue } from '../src/processes/catalogue-file.ts';

writeFileSync(CATALOGUE_FILE, currentScenarioCatalogue());
process.stdout.write(`${CATALOGUE_FILE} written\n`);
