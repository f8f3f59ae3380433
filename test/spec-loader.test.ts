import { cpSync, mkdtempSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSpec } from '../src/spec/load-spec.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { translateNullable } from '../src/spec/openapi-nullable.ts';
import { SpecError } from '../src/spec/pinned-versions.ts';
import { chooseSpecDir, specCacheDir } from '../src/spec/spec-location.ts';
import { specDirOf, specUnderTest } from './spec-under-test.ts';

describe('OpenAPI nullable', () => {
  it('adds null to the type and to an enum, and drops the keyword', () => {
    const schema = { properties: { a: { type: 'string', nullable: true, enum: ['X'] }, b: { type: 'string', nullable: false } } };
    expect(translateNullable(schema)).toBe(1);
    expect(schema.properties.a).toEqual({ type: ['string', 'null'], enum: ['X', null] });
    expect(schema.properties.b).toEqual({ type: 'string' });
  });

  it('lets a nullable spec field be null and refuses null where the spec does not allow it', () => {
    const spec = specUnderTest();
    const validate = spec.validators.forVariant('IF-031', '[MSApp]')!;
    const cases = [
      ['subText', null, true],
      ['senderCorrelationID', null, true],
      ['senderDIPID', null, false],
    ] as const;
    for (const [field, value, valid] of cases) {
      const s1 = {
        environmentTag: 'UIT', subText: 'x', senderUniqueReference: 'S-IF-031-1009012345-SUP-20260915-0001A',
        senderTimestamp: '2026-09-15T10:00:00+01:00', senderDIPID: '1009012345', senderRoleID: 'SUP',
        senderCorrelationID: 'CI-1', DIPConnectionProviderID: null, [field]: value,
      };
      validate({ CommonBlock: { S0: {}, S1: s1 } });
      const onField = (validate.errors ?? []).filter((error) => error.instancePath === `/CommonBlock/S1/${field}`);
      expect(onField.length === 0, field).toBe(valid);
    }
  });
});

describe('loading the DIP API definitions', () => {
  it.each([
    ['v2.1.0', 58, 148, 121],
    ['v1.8.3', 57, 147, 118],
  ])('%s: catalogue of interfaces, variants and blocks, digests verified', (version, interfaces, variants, blocks) => {
    const spec = specUnderTest(version);
    expect(spec.digests).toEqual({ status: 'verified', mismatched: [] });
    expect(spec.catalogue.interfaces).toHaveLength(interfaces);
    expect(spec.catalogue.variants).toHaveLength(variants);
    expect(spec.catalogue.blocks).toHaveLength(blocks);
    expect(spec.catalogue.responseCodes.find((code) => code.code === 'MSG1006')?.description).toBe('Sender Unique Reference Duplicated');
    expect(spec.catalogue.variant('IF-031', '[MSApp]')?.schemaVersions).toEqual(['011']);
  });

  it('chooses the schema made for an event code where the spec lists the code in two', () => {
    const spec = specUnderTest('v2.1.0');
    expect(spec.catalogue.variant('IF-020', '[RelatedAdd]')?.name).toBe('IF-020-RelatedAdd');
    expect(spec.catalogue.variant('IF-020', '[RelatedRemove]')?.name).toBe('IF-020-RelatedRemove');
    expect(spec.catalogue.variant('IF-020', '[RelatedCreate]')?.name).toBe('IF-020-RelatedCreate');
  });

  it('counts string lengths in code points, as JSON Schema does, even beyond the BMP', () => {
    const spec = specUnderTest('v2.1.0');
    const body = JSON.parse(readFileSync('examples/messages/if-031-ms-appointment.json', 'utf8'));
    const withSubText = (text: string) => {
      body[0].payload.CommonBlock.S1.subText = text;
      return validateBody(spec, body)[0]!;
    };
    // 400 emoji are 800 UTF-16 units but 400 characters: within subText's 500.
    expect(withSubText('\u{1F50C}'.repeat(400)).findings).toEqual([]);
    expect(withSubText('\u{1F50C}'.repeat(501)).findings.map((finding) => finding.pointer)).toEqual(['/0/payload/CommonBlock/S1/subText']);
    expect(withSubText('x'.repeat(501)).verdict).toBe('fail');
  });

  it('compiles a variant once, on first use', () => {
    const spec = loadSpec({ specDir: specDirOf('v2.1.0') });
    expect(spec.validators.compiledCount).toBe(0);
    const first = spec.validators.forVariant('IF-034', '[MSAppSPResponse]');
    const again = spec.validators.forVariant('IF-034', '[MSAppSPResponse]');
    expect(first).toBe(again);
    expect(spec.validators.compiledCount).toBe(1);
    expect(spec.validators.forVariant('IF-034', '[NoSuchEvent]')).toBeUndefined();
  });

  it('compiles every variant\'s lean validator ahead of the first message when asked (a participant that must answer promptly)', () => {
    const spec = loadSpec({ specDir: specDirOf('v2.1.0') });
    expect(spec.validators.leanCount).toBe(0);
    const schemas = new Set(spec.catalogue.variants.map((variant) => `${variant.file}#${variant.pointer}`)).size;
    expect(spec.validators.prepare()).toBe(schemas);
    expect(spec.validators.leanCount).toBe(schemas);
    // A valid message then needs no compile at all, not even the exact validator.
    const body = JSON.parse(readFileSync('examples/messages/if-031-ms-appointment.json', 'utf8'));
    expect(validateBody(spec, body)[0]!.findings).toEqual([]);
    expect(spec.validators.leanCount).toBe(schemas);
    expect(spec.validators.compiledCount).toBe(0);
  });

  it('reports a directory whose files differ from the published ones', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'mhhs-spec-'));
    cpSync(specDirOf('v2.1.0'), copy, { recursive: true });
    appendFileSync(path.join(copy, 'DataTypes-unresolved.yaml'), '\n# local edit\n');
    const spec = loadSpec({ specDir: copy });
    expect(spec.digests).toEqual({ status: 'modified', mismatched: ['DataTypes-unresolved.yaml'] });
  });

  it('refuses a folder of another version than the one asked for', () => {
    expect(() => loadSpec({ version: 'v1.8.3', specDir: specDirOf('v2.1.0') })).toThrow(/declares version 2\.1\.0, but v1\.8\.3/);
  });

  it('refuses an unknown version and names the supported ones', () => {
    expect(() => loadSpec({ version: 'v9.9.9' })).toThrow(/choose one of v2\.1\.0, v1\.8\.3/);
  });
});

describe('choosing the spec directory', () => {
  const env = (extra: Record<string, string>) => ({ XDG_CACHE_HOME: mkdtempSync(path.join(tmpdir(), 'mhhs-cache-')), ...extra });

  it('prefers --spec-dir, then MHHS_DIP_SPEC_DIR, then the cache', () => {
    const flagDir = specDirOf('v2.1.0');
    const envDir = path.dirname(specDirOf('v2.1.0'));
    expect(chooseSpecDir({ specDir: flagDir, version: 'v2.1.0', env: env({ MHHS_DIP_SPEC_DIR: envDir }) })).toEqual({ dir: flagDir, source: 'flag' });
    // A parent folder with one sub-folder per version serves every version.
    expect(chooseSpecDir({ version: 'v1.8.3', env: env({ MHHS_DIP_SPEC_DIR: envDir }) })).toEqual({ dir: specDirOf('v1.8.3'), source: 'env' });
    const cacheEnv = env({});
    const cached = specCacheDir('v2.1.0', cacheEnv);
    mkdirSync(path.dirname(cached), { recursive: true });
    cpSync(specDirOf('v2.1.0'), cached, { recursive: true });
    expect(chooseSpecDir({ version: 'v2.1.0', env: cacheEnv })).toEqual({ dir: cached, source: 'cache' });
  });

  it('says how to get the files when none are configured', () => {
    expect(() => chooseSpecDir({ version: 'v2.1.0', env: env({}) })).toThrow(SpecError);
    expect(() => chooseSpecDir({ version: 'v2.1.0', env: env({}) })).toThrow(/mhhs-qualify spec fetch --version v2\.1\.0/);
    expect(() => chooseSpecDir({ specDir: '/nonexistent', version: 'v2.1.0', env: env({}) })).toThrow(/--spec-dir points at '\/nonexistent'/);
  });
});
