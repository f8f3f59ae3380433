// Each rule must be shown able to fail: for every rule, messages built valid for many
// interfaces and event codes get exactly one defect planted, and validation must then report
// that rule at that pointer and nothing else.
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { buildMessage, type DipPayload } from '../src/builders/message-builder.ts';
import { RULES } from '../src/rules/index.ts';
import { loadRoleInterfaceTable } from '../src/rules/role-interface-table.ts';
import { type Direction, pick } from '../src/rules/rule.ts';
import type { VariantEntry } from '../src/spec/catalogue.ts';
import { formatGbTimestamp, gbDate, gbMidnightUtcMillis, MILLIS } from '../src/time/gb-time.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

type Body = Array<{ payload: DipPayload }>;

interface Planted {
  readonly body: Body;
  readonly pointer: string;
  readonly channel?: string;
  readonly direction?: Direction;
}

interface Defect {
  readonly rule: string;
  readonly description: string;
  /** Plants the defect in a valid one-message body; undefined when the variant has no place for it. */
  plant(body: Body, now: number): Planted | undefined;
}

const S1 = '/0/payload/CommonBlock/S1';
const s1Of = (body: Body) => body[0]!.payload.CommonBlock.S1 as Record<string, string>;

function midnightOffsetDays(now: number, days: number): string {
  const [year, month, day] = gbDate(now + days * MILLIS.DAY).split('-').map(Number) as [number, number, number];
  return formatGbTimestamp(gbMidnightUtcMillis(year, month, day));
}

/** B070/B071 effective-from field of a body, if its variant has one. */
function appointmentEfd(body: Body): { block: Record<string, unknown>; field: string; pointer: string } | undefined {
  for (const [blockName, field] of [['B070', 'proposedMeteringServiceDIPEffectiveFromDate'], ['B071', 'proposedDataServiceDIPEffectiveFromDate']] as const) {
    const block = pick(body[0]!.payload, 'CustomBlock', blockName) as Record<string, unknown> | undefined;
    if (block && typeof block[field] === 'string') return { block, field, pointer: `/0/payload/CustomBlock/${blockName}/${field}` };
  }
  return undefined;
}

function replaceSurPart(reference: string, part: number, value: string): string {
  // S-IF-031-<DIP ID>-<ROLE>-<YYYYMMDD>-<ref>: with the IF- prefix the parts sit one further on.
  const pieces = reference.split('-');
  const offset = pieces[1] === 'IF' || pieces[1] === 'REP' ? 1 : 0;
  pieces[part + offset] = value;
  return pieces.join('-');
}

const DEFECTS: readonly Defect[] = [
  {
    rule: 'CHANNEL-MATCHES-INTERFACE',
    description: 'submitted on another interface’s channel',
    // No interface is numbered 999, so the channel differs from every message's interface.
    plant: (body) => ({ body, pointer: '/0/payload/CommonBlock/S0/interfaceID', channel: 'IF-999' }),
  },
  {
    rule: 'SENDER-ROLE-ALLOWED',
    description: 'sent by a role that does not send the interface',
    plant: (body) => {
      const s1 = s1Of(body);
      const interfaceID = (body[0]!.payload.CommonBlock.S0 as { interfaceID: string }).interfaceID;
      const senders = loadRoleInterfaceTable().sendersOf(interfaceID);
      if (!senders) return undefined;
      const intruder = ['LDSO', 'SUP', 'REGS'].find((role) => !senders.includes(role))!;
      s1.senderRoleID = intruder;
      // Keep the reference in agreement, so that only the role rule speaks.
      s1.senderUniqueReference = replaceSurPart(s1.senderUniqueReference!, 3, intruder);
      return { body, pointer: `${S1}/senderRoleID` };
    },
  },
  {
    rule: 'INGRESS-NO-D0',
    description: 'a participant message carrying the DIP’s D0 block',
    plant: (body, now) => {
      const interfaceID = (body[0]!.payload.CommonBlock.S0 as { interfaceID: string }).interfaceID;
      body[0]!.payload.CommonBlock.D0 = {
        transactionID: `T-${interfaceID}-1009012345-SUP-20260101-1`,
        transactionTimestamp: formatGbTimestamp(now),
        publicationID: `PUB-${interfaceID.slice(-3)}`,
        initialCorrelationID: null,
        replayIndicator: false,
        serviceTicketURL: null,
      };
      return { body, pointer: '/0/payload/CommonBlock/D0' };
    },
  },
  {
    rule: 'SUR-GRAMMAR',
    description: 'sender unique reference dated 31 February',
    plant: (body) => {
      const s1 = s1Of(body);
      s1.senderUniqueReference = replaceSurPart(s1.senderUniqueReference!, 4, '20260231');
      return { body, pointer: `${S1}/senderUniqueReference` };
    },
  },
  {
    rule: 'SUR-MATCHES-SENDER',
    description: 'sender unique reference naming another DIP ID',
    plant: (body) => {
      const s1 = s1Of(body);
      const other = s1.senderDIPID === '9999999999' ? '8888888888' : '9999999999';
      s1.senderUniqueReference = replaceSurPart(s1.senderUniqueReference!, 2, other);
      return { body, pointer: `${S1}/senderUniqueReference` };
    },
  },
  {
    rule: 'SUR-UNIQUE-IN-BATCH',
    description: 'the same message twice in one batch',
    plant: (body) => ({ body: [body[0]!, structuredClone(body[0]!)], pointer: `/1/payload/CommonBlock/S1/senderUniqueReference` }),
  },
  {
    rule: 'TIMESTAMP-GB-LOCAL',
    description: 'senderTimestamp with the other GB offset',
    plant: (body) => {
      const s1 = s1Of(body);
      const stamp = s1.senderTimestamp!;
      s1.senderTimestamp = stamp.slice(0, 19) + (stamp.endsWith('+00:00') ? '+01:00' : '+00:00');
      return { body, pointer: `${S1}/senderTimestamp` };
    },
  },
  {
    rule: 'MPAN-CHECK-DIGIT',
    description: 'M0.MPANCore with a wrong check digit',
    plant: (body) => {
      const m0 = pick(body[0]!.payload, 'CommonBlock', 'M0') as Record<string, string> | undefined;
      if (!m0?.MPANCore) return undefined;
      const core = m0.MPANCore;
      m0.MPANCore = core.slice(0, 12) + String((Number(core[12]) + 1) % 10);
      return { body, pointer: '/0/payload/CommonBlock/M0/MPANCore' };
    },
  },
  {
    rule: 'EFD-LOCAL-MIDNIGHT',
    description: 'appointment effective at 09:00',
    plant: (body) => {
      const efd = appointmentEfd(body);
      if (!efd) return undefined;
      efd.block[efd.field] = `${String(efd.block[efd.field]).slice(0, 11)}09:00:00${String(efd.block[efd.field]).slice(19)}`;
      return { body, pointer: efd.pointer };
    },
  },
  {
    rule: 'EFD-NOT-IN-PAST',
    description: 'appointment effective yesterday',
    plant: (body, now) => {
      const efd = appointmentEfd(body);
      if (!efd) return undefined;
      efd.block[efd.field] = midnightOffsetDays(now, -1);
      return { body, pointer: efd.pointer };
    },
  },
  {
    rule: 'EFD-WITHIN-28-DAYS',
    description: 'appointment effective in 29 days',
    plant: (body, now) => {
      const efd = appointmentEfd(body);
      if (!efd) return undefined;
      efd.block[efd.field] = midnightOffsetDays(now, 29);
      return { body, pointer: efd.pointer };
    },
  },
];

const SEEDS = [1, 2, 3];

describe('every rule fails on a message with its one defect', () => {
  const spec = specUnderTest('v2.1.0');
  const faker = new Faker({ locale: [en_GB, en] });

  it('has a planted defect for every rule', () => {
    expect(DEFECTS.map((defect) => defect.rule).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  const build = (variant: VariantEntry, seed: number) => {
    faker.seed(seed);
    // Summer and winter in turn, so both GB offsets are exercised.
    const now = Date.UTC(2026, seed % 2 === 0 ? 6 : 11, 10 + seed, 9, 30);
    const payload = buildMessage(spec, { faker, interfaceID: variant.interfaceID, eventCode: variant.eventCode, variant, now });
    return { body: [{ payload }] as Body, now };
  };

  it.each(DEFECTS.map((defect) => [defect.rule, defect] as const))('%s', (_rule, defect) => {
    let planted = 0;
    for (const variant of spec.catalogue.variants) {
      for (const seed of SEEDS) {
        const { body, now } = build(variant, seed);
        expect(validateBody(spec, body, { now })[0]!.findings, `${variant.name} seed ${seed} must start clean`).toEqual([]);
        const defective = defect.plant(body, now);
        if (!defective) continue;
        planted += 1;
        const reports = validateBody(spec, defective.body, { now, channel: defective.channel, direction: defective.direction });
        const found = reports.flatMap((report) => report.findings.map((finding) => `${finding.rule} ${finding.pointer}`));
        expect(found, `${defect.description} in ${variant.name} (seed ${seed})`).toEqual([`${defect.rule} ${defective.pointer}`]);
        expect(reports.some((report) => report.verdict === 'fail')).toBe(true);
      }
    }
    expect(planted, 'the defect must be plantable in some variants').toBeGreaterThan(0);
  });
});
