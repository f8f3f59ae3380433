// The spec every test uses: the folder CI points MHHS_DIP_SPEC_DIR at, loaded once per file.
import path from 'node:path';
import { type LoadedSpec, loadSpec } from '../src/spec/load-spec.ts';

export const SHARED_SPEC_ROOT = path.resolve(process.env.MHHS_DIP_SPEC_DIR ?? '../shared/dip-api/v2.1.0', '..');
export const specDirOf = (version: string): string => path.join(SHARED_SPEC_ROOT, version);

const loaded = new Map<string, LoadedSpec>();

export function specUnderTest(version = 'v2.1.0'): LoadedSpec {
  let spec = loaded.get(version);
  if (!spec) {
    spec = loadSpec({ version, specDir: specDirOf(version) });
    loaded.set(version, spec);
  }
  return spec;
}
