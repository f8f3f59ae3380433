// The payload types in src/spec/generated/ are written from the DIP API definitions: they must
// be fresh, name every variant the catalogue knows, and stand alone (src/spec is core, and
// json-schema-to-typescript is for the generator only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIP_PAYLOADS_FILE, dipPayloadTypes, payloadTypeNameOf, REGENERATE_COMMAND, typeNameOf } from '../scripts/dip-payload-types.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const written = readFileSync(DIP_PAYLOADS_FILE, 'utf8');
const relative = path.relative(process.cwd(), DIP_PAYLOADS_FILE);

/** Where two texts first differ, as a line a person can find: 'line 4178: expected … found …'. */
function firstDifference(expected: string, found: string): string {
  const want = expected.split('\n');
  const have = found.split('\n');
  const line = want.findIndex((text, index) => text !== have[index]);
  const at = line === -1 ? want.length : line;
  return `line ${at + 1}: expected ${JSON.stringify(want[at] ?? '(end of file)')}, found ${JSON.stringify(have[at] ?? '(end of file)')}`;
}

describe('generated DIP payload types', () => {
  it(`${relative} is fresh (run ${REGENERATE_COMMAND})`, async () => {
    const generated = await dipPayloadTypes(spec);
    if (written !== generated) {
      expect.fail(
        `${relative} differs from what the DIP API definitions ${spec.version} in ${spec.dir} give (${firstDifference(generated, written)}). ` +
          `Run MHHS_DIP_SPEC_DIR=${path.relative(process.cwd(), spec.dir)} npm run types:generate and commit the file; never edit it by hand.`,
      );
    }
  });

  it('maps every interface and event code the catalogue knows to its payload type', () => {
    const keys = [...new Set(spec.catalogue.variants.map((variant) => `${variant.interfaceID} ${variant.eventCode}`))];
    const mapBody = /export interface DipPayloads \{\n([\s\S]*?)\n\}/.exec(written)?.[1] ?? '';
    const mapped = [...mapBody.matchAll(/^ {2}'([^']+)': (\w+);$/gm)].map((match) => [match[1], match[2]]);
    expect(mapped).toEqual(keys.map((key) => [key, payloadTypeNameOf(...(key.split(' ') as [string, string]))]));
    for (const [, type] of mapped) expect(written).toContain(`export interface ${type} {`);
  });

  it('names the definitions it was written from, and imports nothing', () => {
    expect(written).toContain(`DIP API definitions ${spec.version} (elexon-data/dip-api-documentation @ ${spec.pinned.commit})`);
    expect(written).toContain(REGENERATE_COMMAND);
    expect(written).not.toMatch(/^\s*(import|export .* from)\b/m);
  });

  it('names types readably and keeps the spec numbers apart', () => {
    expect(payloadTypeNameOf('IF-031', '[MSApp]')).toBe('IF031MSAppPayload');
    expect(payloadTypeNameOf('IF-024', '[SN-Vacant]')).toBe('IF024SNVacantPayload');
    expect(typeNameOf('REP002A-R006')).toBe('REP002AR006');
    expect(typeNameOf('R900-01')).toBe('R900_01');
    expect(typeNameOf('B906a')).toBe('B906A');
  });

  it('refuses definitions that differ from the published ones, naming the files', async () => {
    const modified = { ...spec, digests: { status: 'modified' as const, mismatched: ['RealCommonBlocks-unresolved.yaml'] } };
    await expect(dipPayloadTypes(modified)).rejects.toThrow(/differ from the published v2\.1\.0 \(RealCommonBlocks-unresolved\.yaml\)/);
  });
});
