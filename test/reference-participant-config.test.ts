// The reference participant's YAML config: the commented example is valid, defaults are
// what the example says, mistakes are named, and the environment overrides a parent process
// uses (DIP URL, state dir, port, faults) take effect.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from '../reference-participant/config.ts';
import { FAULT_NAMES } from '../reference-participant/faults.ts';
import { rawConfig, tempStateDir } from './reference-participant-harness.ts';

const EXAMPLE = 'reference-participant/config.example.yaml';

describe('reference participant config', () => {
  it('reads the example: identities, area, appointments, everything off by default', () => {
    const config = loadConfigFile(EXAMPLE, {});
    expect(config.dipBaseUrl).toBe('http://127.0.0.1:7001');
    expect(config.apiKeyEnv).toBe('MHHS_RP_API_KEY');
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 0 });
    expect(config.environmentTag).toBe('UIT');
    expect(config.supplier).toEqual({ dipId: '1000000001', mpid: 'RPSU', role: 'SUP' });
    expect(config.meteringService.role).toBe('MSS');
    expect(config.advancedMeteringService?.role).toBe('MSA');
    expect(config.serves.segments).toEqual(['S', 'A']);
    expect(config.serves.gspGroups).toHaveLength(14);
    expect(config.appointDataService).toMatchObject({ dipId: '1000000004', consentGranularity: 'H', domesticIndicator: true, fallBackReadFrequency: null });
    expect(config.faults).toEqual([]);
    expect(path.isAbsolute(config.stateDir)).toBe(true);
    expect(config.stateDir).toBe(path.resolve('reports/reference-participant-state'));
  });

  it('names the mistake', () => {
    const base = rawConfig('http://127.0.0.1:7001', tempStateDir());
    const mistakes: [Record<string, unknown>, RegExp][] = [
      [{ faults: ['slow'] }, /faults\[0\] 'slow' is not a fault; known: late-if031/],
      [{ supplier: { dipId: '12345', mpid: 'RPSU', role: 'SUP' } }, /supplier\.dipId must be a 10-character DIP ID/],
      [{ meteringService: { dipId: '1000000002', mpid: 'RPMS', role: 'MSA' } }, /meteringService\.role must be MSS/],
      [{ serves: { gspGroups: ['_I'] } }, /serves\.gspGroups\[0\] must be one of _A/],
      [{ dipBaseUrl: 'localhost:7001' }, /dipBaseUrl must be an http\(s\) URL/],
      [{ appointDataService: { dipId: '1000000004', mpid: 'rpds' } }, /appointDataService\.mpid must be an MPID/],
    ];
    for (const [change, message] of mistakes) expect(() => parseConfig({ ...base, ...change })).toThrow(message);
    expect(() => parseConfig({ ...base, faults: ['slow'] })).toThrow(ConfigError);
  });

  it('accepts every catalogued fault, and the environment overrides the file', () => {
    const stateDir = tempStateDir();
    const file = path.join(stateDir, 'config.yaml');
    writeFileSync(file, JSON.stringify(rawConfig('http://127.0.0.1:7001', stateDir, { faults: FAULT_NAMES })));
    expect(loadConfigFile(file, {}).faults).toEqual(FAULT_NAMES);
    const overridden = loadConfigFile(file, {
      MHHS_RP_DIP_BASE_URL: 'http://127.0.0.1:9999/',
      MHHS_RP_STATE_DIR: path.join(stateDir, 'elsewhere'),
      MHHS_RP_PORT: '7100',
      MHHS_RP_FAULTS: 'wrong-d0-echo, reused-sur',
    });
    expect(overridden.dipBaseUrl).toBe('http://127.0.0.1:9999');
    expect(overridden.stateDir).toBe(path.join(stateDir, 'elsewhere'));
    expect(overridden.listen.port).toBe(7100);
    expect(overridden.faults).toEqual(['wrong-d0-echo', 'reused-sur']);
  });
});
