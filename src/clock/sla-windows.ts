// SLA windows, read from scenarios/slas.yaml: the one place the suite writes down how long a
// party may take to answer. Steps and simulators look a window up by id and never restate its
// length, so a window that a code body publishes later changes in one file.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/** One end of a window: a DIP interface and event code, or an event with no DIP message (meter works on site). */
export interface SlaEndpoint {
  readonly interface?: string;
  readonly event: string;
}

export type SlaWindowLength = { readonly minutes: number } | { readonly workingDays: number };

export interface SlaWindow {
  readonly id: string;
  readonly trigger: SlaEndpoint;
  readonly response: SlaEndpoint;
  readonly responder: string;
  readonly window: SlaWindowLength;
  /** No public source gives this window; the verdict is reported as provisional. */
  readonly provisional: boolean;
  /** T-number and source key of PROCESS-TABLES §2, e.g. "T3 / REC 22.6.1 (S1)". */
  readonly source: string;
  /** Short citation printed beside a verdict, e.g. "REC 22.6.1". */
  readonly cite: string;
  readonly note?: string;
  /** Why no scenario can time this window against the participant, when none can. */
  readonly unmeasured?: string;
}

export interface SlaTable {
  readonly windows: readonly SlaWindow[];
  /** Throws for an unknown id: a scenario naming a window that does not exist is a suite bug. */
  byId(id: string): SlaWindow;
  /** Windows whose response is this interface and event code. */
  forResponse(interfaceID: string, eventCode: string): readonly SlaWindow[];
}

export const SLAS_FILE = new URL('../../scenarios/slas.yaml', import.meta.url);

const INTERFACE_ID = /^(IF|REP)-\d{3}$/;

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where} must be non-empty text`);
  return value;
}

function endpoint(value: unknown, where: string): SlaEndpoint {
  const raw = (value ?? {}) as Record<string, unknown>;
  const event = text(raw.event, `${where}.event`);
  if (raw.interface === undefined) return { event };
  if (typeof raw.interface !== 'string' || !INTERFACE_ID.test(raw.interface)) {
    throw new Error(`${where}.interface must be an interface id such as IF-031, not ${JSON.stringify(raw.interface)}`);
  }
  return { interface: raw.interface, event };
}

function windowLength(value: unknown, where: string): SlaWindowLength {
  const raw = (value ?? {}) as Record<string, unknown>;
  const keys = Object.keys(raw);
  const [key] = keys;
  const amount = key === undefined ? undefined : raw[key];
  if (keys.length !== 1 || (key !== 'minutes' && key !== 'workingDays') || !Number.isInteger(amount) || (amount as number) <= 0) {
    throw new Error(`${where} must be { minutes: n } or { workingDays: n } with a whole n above 0`);
  }
  return key === 'minutes' ? { minutes: amount as number } : { workingDays: amount as number };
}

function slaWindow(value: unknown, where: string): SlaWindow {
  const raw = (value ?? {}) as Record<string, unknown>;
  if (typeof raw.provisional !== 'boolean') throw new Error(`${where}.provisional must be true or false`);
  return {
    id: text(raw.id, `${where}.id`),
    trigger: endpoint(raw.trigger, `${where}.trigger`),
    response: endpoint(raw.response, `${where}.response`),
    responder: text(raw.responder, `${where}.responder`),
    window: windowLength(raw.window, `${where}.window`),
    provisional: raw.provisional,
    source: text(raw.source, `${where}.source`),
    cite: text(raw.cite, `${where}.cite`),
    ...(raw.note === undefined ? {} : { note: text(raw.note, `${where}.note`) }),
    ...(raw.unmeasured === undefined ? {} : { unmeasured: text(raw.unmeasured, `${where}.unmeasured`) }),
  };
}

export function parseSlaTable(source: string, file: string): SlaTable {
  const raw = yaml.load(source, { schema: yaml.CORE_SCHEMA }) as { slas?: unknown } | undefined;
  if (!Array.isArray(raw?.slas)) throw new Error(`${file}: expected a top-level 'slas' list`);
  const windows = raw.slas.map((entry, index) => slaWindow(entry, `${file}: slas[${index}]`));
  const byId = new Map<string, SlaWindow>();
  for (const window of windows) {
    if (byId.has(window.id)) throw new Error(`${file}: SLA id '${window.id}' is used twice`);
    byId.set(window.id, window);
  }
  return {
    windows,
    byId(id) {
      const window = byId.get(id);
      if (!window) throw new Error(`no SLA window '${id}' in ${file}; known: ${[...byId.keys()].join(', ')}`);
      return window;
    },
    forResponse: (interfaceID, eventCode) =>
      windows.filter((window) => window.response.interface === interfaceID && window.response.event === eventCode),
  };
}

let bundled: SlaTable | undefined;

export function loadSlaTable(): SlaTable {
  bundled ??= parseSlaTable(readFileSync(SLAS_FILE, 'utf8'), 'scenarios/slas.yaml');
  return bundled;
}
