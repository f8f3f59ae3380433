// Judges one DIP request body (a JSON array of {payload}) against the spec and the rules:
// the question the whole suite asks of every message.
import { RULES } from '../rules/index.ts';
import { loadRoleInterfaceTable, type RoleInterfaceTable } from '../rules/role-interface-table.ts';
import { SHAPE_CHECKS } from '../findings/check-registry.ts';
import { type Direction, type Finding, findingOf, type MessageUnderCheck, type Rule, type RuleContext } from '../rules/rule.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';
import { readField } from '../spec/payload-fields.ts';
import { parseGbTimestamp, parseOffsetTimestamp } from '../time/gb-time.ts';
import { collectFields } from './message-fields.ts';
import { schemaFindings } from './schema-findings.ts';

export type Verdict = 'pass' | 'fail';

export interface MessageReport {
  readonly index: number;
  readonly interfaceID: string | null;
  readonly eventCode: string | null;
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
}

export interface ValidateOptions {
  /** Market time to judge against; when absent each message's own senderTimestamp. */
  readonly now?: number | undefined;
  readonly channel?: string | undefined;
  readonly direction?: Direction;
  readonly rules?: readonly Rule[];
  readonly roles?: RoleInterfaceTable;
}

/** Findings on the shape around a message (the batch, `payload`), before any schema applies. */
const envelope = (pointer: string, message: string): Finding => findingOf(SHAPE_CHECKS.envelope, pointer, message);
/** Findings on an interface and event code the spec defines no schema for. */
const variantUnknown = (pointer: string, message: string): Finding => findingOf(SHAPE_CHECKS.variantKnown, pointer, message);

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function verdictOf(findings: readonly Finding[]): Verdict {
  return findings.some((finding) => finding.severity === 'fail') ? 'fail' : 'pass';
}

function messageNow(payload: unknown, now: number | undefined): number | undefined {
  if (now !== undefined) return now;
  const stamp = readField(payload, 'CommonBlock', 'S1', 'senderTimestamp');
  if (typeof stamp !== 'string') return undefined;
  // A wrong offset is its own finding; the instant is still what the sender meant.
  const parsed = parseGbTimestamp(stamp);
  const instant = 'kind' in parsed ? parseOffsetTimestamp(stamp) : parsed;
  return 'kind' in instant ? undefined : instant.utcMillis;
}

/**
 * The DIP does not enforce the case of field names on ingress, so a variant is chosen even
 * from `InterfaceID`; the schema then reports the spelling, which recipients may enforce.
 */
function s0FieldIgnoringCase(payload: unknown, key: 'interfaceID' | 'eventCode'): unknown {
  const exact = readField(payload, 'CommonBlock', 'S0', key);
  const block = readField(payload, 'CommonBlock', 'S0');
  if (exact !== undefined || typeof block !== 'object' || block === null) return exact;
  const lower = key.toLowerCase();
  const found = Object.keys(block).find((candidate) => candidate.toLowerCase() === lower);
  return found === undefined ? undefined : (block as Record<string, unknown>)[found];
}

/** Schema and variant findings of one array item; the message if rules can run on it. */
function checkShape(spec: LoadedSpec, item: unknown, index: number): { findings: Finding[]; message?: MessageUnderCheck } {
  const at = `/${index}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { findings: [envelope(at, `each message must be an object {"payload": …}, found ${typeName(item)}`)] };
  }
  const payload = (item as Record<string, unknown>).payload;
  const findings: Finding[] = Object.keys(item)
    .filter((key) => key !== 'payload')
    .map((key) => envelope(`${at}/${key}`, `'${key}' is not part of a DIP message; only 'payload' is`));
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    findings.push(envelope(`${at}/payload`, `payload must be an object with CommonBlock and CustomBlock, found ${typeName(payload)}`));
    return { findings };
  }
  const pointer = `${at}/payload`;
  const interfaceID = s0FieldIgnoringCase(payload, 'interfaceID');
  const eventCode = s0FieldIgnoringCase(payload, 'eventCode');
  const message: MessageUnderCheck = {
    index,
    pointer,
    payload: payload as Record<string, unknown>,
    interfaceID: typeof interfaceID === 'string' ? interfaceID : undefined,
    eventCode: typeof eventCode === 'string' ? eventCode : undefined,
    fields: collectFields(payload, pointer),
  };
  if (!message.interfaceID || !message.eventCode) {
    const missing = !message.interfaceID ? 'interfaceID' : 'eventCode';
    findings.push(variantUnknown(`${pointer}/CommonBlock/S0/${missing}`, `CommonBlock.S0.${missing} must name the message's ${missing === 'interfaceID' ? 'interface, e.g. "IF-031"' : 'event code, e.g. "[MSApp]"'}; without it no schema applies`));
    return { findings, message };
  }
  const variant = spec.catalogue.variant(message.interfaceID, message.eventCode);
  if (!variant) {
    const known = spec.catalogue.variantsOf(message.interfaceID).map((entry) => entry.eventCode);
    const text = known.length
      ? `${message.interfaceID} has no event code ${message.eventCode} in DIP API ${spec.version}; it has ${known.join(', ')}`
      : `${message.interfaceID} is not an interface of DIP API ${spec.version}`;
    findings.push(variantUnknown(`${pointer}/CommonBlock/S0/${known.length ? 'eventCode' : 'interfaceID'}`, text));
    return { findings, message };
  }
  const errors = spec.validators.errorsOf(variant, payload, message.fields.beyondBmp);
  if (errors.length > 0) findings.push(...schemaFindings(errors, pointer, variant.name));
  return { findings, message };
}

export function validateBody(spec: LoadedSpec, body: unknown, options: ValidateOptions = {}): MessageReport[] {
  if (!Array.isArray(body) || body.length === 0) {
    const message = Array.isArray(body)
      ? 'a DIP request body must hold at least one message'
      : `a DIP request body must be a JSON array of {"payload": …} messages, found ${typeName(body)}`;
    const findings = [envelope('', message)];
    return [{ index: 0, interfaceID: null, eventCode: null, verdict: 'fail', findings }];
  }
  const rules = options.rules ?? RULES;
  const roles = options.roles ?? loadRoleInterfaceTable();
  const contextFor = (payload: unknown): RuleContext => ({
    now: messageNow(payload, options.now),
    direction: options.direction ?? 'ingress',
    channel: options.channel,
    roles,
  });
  const checked = body.map((item, index) => checkShape(spec, item, index));
  const messages = checked.flatMap((entry) => (entry.message ? [entry.message] : []));
  const batchFindings = rules
    .filter((rule) => rule.scope === 'batch')
    .flatMap((rule) => rule.check(messages, contextFor(messages[0]?.payload)));
  return checked.map((entry, index) => {
    const findings = [...entry.findings];
    const message = entry.message;
    if (message) {
      const context = contextFor(message.payload);
      for (const rule of rules) if (rule.scope === 'message') findings.push(...rule.check(message, context));
      findings.push(...batchFindings.filter((finding) => finding.pointer.startsWith(`${message.pointer}/`)));
    }
    return {
      index,
      interfaceID: message?.interfaceID ?? null,
      eventCode: message?.eventCode ?? null,
      verdict: verdictOf(findings),
      findings,
    };
  });
}
