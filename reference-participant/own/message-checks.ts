// The participant's own checks of a DIP request body: its shape (a non-empty array of
// {"payload": …}), the variant its S0 names, the variant's schema (its own ajv, dip-definitions.ts)
// and a few meanings the schema cannot hold. It judges what it receives with them (the
// webhook's L3 validation) and what it sends (a self-check that is logged, never corrected).
// None of this comes from the suite: where the two read the spec differently, a scenario fails.
import type { ErrorObject } from 'ajv';
import type { DipDefinitions } from './dip-definitions.ts';
import { isValidMpanCore, mpanCheckDigit } from './mpan.ts';
import { pick } from './pick.ts';

/** What the participant found wrong in a message, as its journal and its answers name it. */
export interface Finding {
  /** The check: ENVELOPE, VARIANT-KNOWN, SCHEMA, MPAN-CHECK-DIGIT, … */
  readonly rule: string;
  readonly severity: 'fail' | 'warn';
  /** JSON pointer from the root of the HTTP body. */
  readonly pointer: string;
  readonly message: string;
  /** The requirement it serves, in the project's requirement IDs. */
  readonly requirement: string;
}

const fail = (rule: string, pointer: string, message: string, requirement = 'REQ-DIP-SCHEMA'): Finding => ({ rule, severity: 'fail', pointer, message, requirement });

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function escapeKey(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One ajv error as a finding at the field it is about (a missing or extra field's own pointer). */
function schemaFinding(error: ErrorObject, payloadPointer: string, variantName: string): Finding {
  const params = error.params as Record<string, unknown>;
  let at = error.instancePath;
  let text = error.message ?? `fails ${error.keyword}`;
  if (error.keyword === 'required') {
    at += `/${escapeKey(String(params.missingProperty))}`;
    text = 'is required but missing';
  } else if (error.keyword === 'additionalProperties') {
    at += `/${escapeKey(String(params.additionalProperty))}`;
    text = 'is not a field the definition has here';
  } else if (error.keyword === 'enum') {
    text = `must be one of ${(params.allowedValues as unknown[]).map(shown).join(', ')}`;
  }
  const field = at.replace(/^\//, '').replaceAll('/', '.') || 'payload';
  return fail('SCHEMA', `${payloadPointer}${at}`, `${field} ${text} [${variantName}]`);
}

/** The MPAN cores the participant acts on: M0's, or M1's principal MPAN. */
function mpanFindings(payload: unknown, payloadPointer: string): Finding[] {
  const findings: Finding[] = [];
  for (const [block, field] of [
    ['M0', 'MPANCore'],
    ['M1', 'principalMPAN'],
  ] as const) {
    const core = pick(payload, 'CommonBlock', block, field);
    if (typeof core !== 'string' || !/^\d{13}$/.test(core) || isValidMpanCore(core)) continue;
    findings.push(
      fail('MPAN-CHECK-DIGIT', `${payloadPointer}/CommonBlock/${block}/${field}`, `MPAN core '${core}' has check digit ${core[12]}; its first 12 digits call for ${mpanCheckDigit(core)}`, 'REQ-DIP-MPAN-CHECK-DIGIT'),
    );
  }
  return findings;
}

/** The variant a message names and the findings about its shape and schema. */
function messageFindings(definitions: DipDefinitions, item: unknown, index: number): { findings: Finding[]; payload?: Record<string, unknown>; interfaceID?: string } {
  const at = `/${index}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { findings: [fail('ENVELOPE', at, `each message must be an object {"payload": …}, found ${typeName(item)}`)] };
  const findings = Object.keys(item)
    .filter((key) => key !== 'payload')
    .map((key) => fail('ENVELOPE', `${at}/${escapeKey(key)}`, `'${key}' is not part of a DIP message; only 'payload' is`));
  const payload = (item as Record<string, unknown>).payload;
  const pointer = `${at}/payload`;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { findings: [...findings, fail('ENVELOPE', pointer, `payload must be an object with CommonBlock and CustomBlock, found ${typeName(payload)}`)] };
  }
  const record = payload as Record<string, unknown>;
  const interfaceID = pick(record, 'CommonBlock', 'S0', 'interfaceID');
  const eventCode = pick(record, 'CommonBlock', 'S0', 'eventCode');
  if (typeof interfaceID !== 'string' || typeof eventCode !== 'string') {
    const missing = typeof interfaceID !== 'string' ? 'interfaceID' : 'eventCode';
    return { findings: [...findings, fail('VARIANT-KNOWN', `${pointer}/CommonBlock/S0/${missing}`, `CommonBlock.S0.${missing} must name the message's ${missing}; without it no schema applies`)], payload: record };
  }
  const variant = definitions.variant(interfaceID, eventCode);
  if (!variant) {
    const known = definitions.variants.filter((entry) => entry.interfaceID === interfaceID).map((entry) => entry.eventCode);
    const text = known.length ? `${interfaceID} has no event code ${eventCode}; it has ${known.join(', ')}` : `${interfaceID} is not an interface of the DIP API definitions`;
    return { findings: [...findings, fail('VARIANT-KNOWN', `${pointer}/CommonBlock/S0/${known.length ? 'eventCode' : 'interfaceID'}`, text)], payload: record, interfaceID };
  }
  findings.push(...definitions.payloadErrors(variant, payload).map((error) => schemaFinding(error, pointer, variant.name)));
  findings.push(...mpanFindings(payload, pointer));
  return { findings, payload: record, interfaceID };
}

/** A body that is not a non-empty array: one finding, for the whole of it. */
function bodyFinding(body: unknown): Finding | undefined {
  if (Array.isArray(body) && body.length > 0) return undefined;
  return fail('ENVELOPE', '', Array.isArray(body) ? 'a DIP request body must hold at least one message' : `a DIP request body must be a JSON array of {"payload": …} messages, found ${typeName(body)}`);
}

/**
 * What the DIP pushed to the webhook (egress), judged message by message: one list of
 * findings per message of the body (one list for a body that is not a non-empty array).
 */
export function checkDelivery(definitions: DipDefinitions, body: unknown): Finding[][] {
  const whole = bodyFinding(body);
  if (whole) return [[whole]];
  return (body as unknown[]).map((item, index) => messageFindings(definitions, item, index).findings);
}

/**
 * What the participant is about to send the DIP (ingress) on `path`: the same checks, and
 * what only a sender can get wrong: a DIP block (D0) is the DIP's to add, and the channel names
 * the message's interface.
 */
export function checkSubmission(definitions: DipDefinitions, body: unknown, path: string): Finding[] {
  const whole = bodyFinding(body);
  if (whole) return [whole];
  return (body as unknown[]).flatMap((item, index) => {
    const { findings, payload, interfaceID } = messageFindings(definitions, item, index);
    if (pick(payload, 'CommonBlock', 'D0') !== undefined) findings.push(fail('NO-D0-IN-SUBMISSION', `/${index}/payload/CommonBlock/D0`, 'D0 is set by the DIP; a submission must not carry it', 'REQ-DIP-D0-SET-BY-DIP'));
    if (interfaceID !== undefined && path !== `/dip-channel/${interfaceID}`) findings.push(fail('CHANNEL', `/${index}/payload/CommonBlock/S0/interfaceID`, `${interfaceID} is submitted on ${path}, not on /dip-channel/${interfaceID}`, 'REQ-DIP-CHANNEL-INTERFACE'));
    return findings;
  });
}
