// Writes src/spec/generated/dip-payloads.ts, the payload types of every DIP message variant,
// from the DIP API definitions. Run: MHHS_DIP_SPEC_DIR=… npm run types:generate
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSpec } from '../src/spec/load-spec.ts';
import { DIP_PAYLOADS_FILE, dipPayloadTypes } from './dip-payload-types.ts';

const spec = loadSpec({});
const text = await dipPayloadTypes(spec);
mkdirSync(path.dirname(DIP_PAYLOADS_FILE), { recursive: true });
writeFileSync(DIP_PAYLOADS_FILE, text);
const types = text.match(/^export (interface|type) /gm)?.length ?? 0;
process.stdout.write(`${path.relative(process.cwd(), DIP_PAYLOADS_FILE)}: ${types} types, ${Math.round(text.length / 1024)} KB, from ${spec.version} in ${spec.dir}\n`);
