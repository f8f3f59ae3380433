// The generated payload types are usable and strict: a built message, checked against its
// schema at run time, is its variant's type; a misspelt field, a wrong event code or an unknown
// variant does not compile. `npm run typecheck` proves the `@ts-expect-error` lines: each must
// still be an error, or tsc fails.
import { en, en_GB, Faker } from '@faker-js/faker';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildMessage } from '../src/builders/message-builder.ts';
import { DIP_PAYLOADS_FILE } from '../scripts/dip-payload-types.ts';
import type { B070, DipPayloads } from '../src/spec/generated/dip-payloads.ts';
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const now = Date.UTC(2026, 8, 15, 10);

type MessageKind = keyof DipPayloads;

/** True when `payload` is valid for the variant's schema, so it may be read as that variant's type. */
function isPayloadOf<K extends MessageKind>(definitions: LoadedSpec, kind: K, payload: unknown): payload is DipPayloads[K] {
  const [interfaceID, eventCode] = kind.split(' ') as [string, string];
  const validate = definitions.validators.forVariant(interfaceID, eventCode);
  if (!validate) throw new Error(`${kind} is not a variant of the DIP API definitions ${definitions.version}`);
  return validate(payload) === true;
}

function built(kind: string, seed: number, direction: 'ingress' | 'egress' = 'ingress'): unknown {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  const [interfaceID, eventCode] = kind.split(' ') as [string, string];
  return buildMessage(spec, { faker, interfaceID, eventCode, now, direction, sender: { dipId: '1009012345', role: 'SUP' } });
}

/** tsc's errors for a module that declares `source`, beside the generated types it imports. */
function typeErrorsOf(source: string): string[] {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dip-payloads-'));
  try {
    const file = path.join(folder, 'payloads.ts');
    writeFileSync(file, `import type { DipPayloads } from ${JSON.stringify(DIP_PAYLOADS_FILE)};\n${source}`);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      types: [],
      skipLibCheck: true,
    });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('generated DIP payload types', () => {
  it('types a built IF-031 [MSApp] once its schema accepts it', () => {
    const payload = built('IF-031 [MSApp]', 31);
    if (!isPayloadOf(spec, 'IF-031 [MSApp]', payload)) throw new Error('the builder made an IF-031 [MSApp] its schema refuses');
    const appointment: DipPayloads['IF-031 [MSApp]'] = payload;
    const proposed: B070 = appointment.CustomBlock.B070;
    expect(appointment.CommonBlock.S0).toEqual({ interfaceID: 'IF-031', schemaVersion: '011', eventCode: '[MSApp]' });
    expect(appointment.CommonBlock.S1.senderDIPID).toBe('1009012345');
    expect(['COS', 'CSP', 'USP', 'SEG', 'MCA', 'MCS', 'ALG']).toContain(proposed.appointmentScenario);
    // @ts-expect-error B070 has proposedMeteringServiceMPID, not proposedMeteringServiceMpid
    expect(proposed.proposedMeteringServiceMpid).toBeUndefined();
  });

  it('accepts every payload the builders make, for every variant, sent and delivered', () => {
    const kinds = [...new Set(spec.catalogue.variants.map((variant) => `${variant.interfaceID} ${variant.eventCode}`))];
    const declarations = kinds.flatMap((kind, index) =>
      (['ingress', 'egress'] as const).map((direction) => {
        const payload = built(kind, index, direction);
        expect(isPayloadOf(spec, kind as MessageKind, payload), `${kind} (${direction}) is valid for its schema`).toBe(true);
        return `export const ${direction}${index}: DipPayloads[${JSON.stringify(kind)}] = ${JSON.stringify(payload)};`;
      }),
    );
    expect(kinds).toHaveLength(146);
    expect(typeErrorsOf(declarations.join('\n'))).toEqual([]);
    // The same check does fail: a field the type does not have is an error.
    expect(typeErrorsOf(`export const wrong: DipPayloads['IF-031 [MSApp]']['CustomBlock'] = { B070x: {} };`).join('\n')).toMatch(/B070x/);
  });

  it('refuses at run time what the schema refuses, so the type is never claimed for it', () => {
    const payload = structuredClone(built('IF-031 [MSApp]', 32)) as { CustomBlock: Record<string, unknown> };
    delete payload.CustomBlock.B070;
    expect(isPayloadOf(spec, 'IF-031 [MSApp]', payload)).toBe(false);
  });

  it('pins each variant, also where one schema serves several event codes', () => {
    expectTypeOf<DipPayloads['IF-031 [MSApp]']['CommonBlock']['S0']['eventCode']>().toEqualTypeOf<'[MSApp]'>();
    expectTypeOf<DipPayloads['IF-041 [ReadingCOS]']['CommonBlock']['S0']['eventCode']>().toEqualTypeOf<'[ReadingCOS]'>();
    expectTypeOf<DipPayloads['IF-041 [ReadingCOS]']['CustomBlock']>().toEqualTypeOf<DipPayloads['IF-041 [ReadingRemote]']['CustomBlock']>();
    expectTypeOf<B070['contractReferenceMeteringService']>().toEqualTypeOf<string | null>();
  });

  it('does not compile a misspelt field, a wrong event code or an unknown variant', () => {
    const payload = built('IF-031 [MSApp]', 33);
    if (!isPayloadOf(spec, 'IF-031 [MSApp]', payload)) throw new Error('the builder made an IF-031 [MSApp] its schema refuses');
    const proposed: B070 = {
      ...payload.CustomBlock.B070,
      // @ts-expect-error a misspelt field: B070 is closed
      proposedMeteringServiceDIPIdentifier: '1009012345',
    };
    const s0: DipPayloads['IF-031 [MSApp]']['CommonBlock']['S0'] = {
      interfaceID: 'IF-031',
      schemaVersion: '011',
      // @ts-expect-error IF-031 [MSApp] carries '[MSApp]' only
      eventCode: '[DSApp]',
    };
    // @ts-expect-error no variant 'IF-031 [MSAppointment]'
    const unknown: DipPayloads['IF-031 [MSAppointment]'] | undefined = undefined;
    expect([proposed.proposedMeteringServiceDIPID, s0.interfaceID, unknown]).toEqual([payload.CustomBlock.B070.proposedMeteringServiceDIPID, 'IF-031', undefined]);
  });
});
