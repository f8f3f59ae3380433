// One row of a process table: a step of ../shared/domain/PROCESS-TABLES.md §4, read from YAML
// and checked field by field. Every problem is collected as a sentence naming the file, the row
// index and the field, so a table with three mistakes reports all three at once.

/** The source marks of PROCESS-TABLES.md (its Tag column), written in lower case. */
export const SOURCE_TAGS = ['code-body', 'official', '3p', 'sim', 'inferred'] as const;
export type SourceTag = (typeof SOURCE_TAGS)[number];

/** An SLA as the table gives it: a window of scenarios/slas.yaml, the document's own words, or both. */
export interface RowSla {
  readonly id?: string;
  readonly text?: string;
}

export interface ProcessRow {
  /** As PROCESS-TABLES.md writes it: "COS-02", "REC 22.6.1". */
  readonly ref: string;
  /** The scenario tag that covers this row: "@COS-02", "@REC-22.6.1" (a tag cannot hold a space). */
  readonly tag: string;
  /** The trigger; PROCESS-TABLES.md §1 reads the REC's "When" column as its SLA column too. */
  readonly when: string;
  readonly action?: string;
  readonly from: string;
  readonly to?: string;
  /** DIP interfaces, e.g. ["IF-031"]; empty for a step with no DIP message. */
  readonly interfaces: readonly string[];
  /** Event codes without brackets, e.g. ["MSApp"]. */
  readonly eventCodes: readonly string[];
  /** A flow outside the DIP (DTN, CSS, a step internal to one party). */
  readonly nonDipFlow?: string;
  readonly sla?: RowSla;
  /** Source keys of PROCESS-TABLES.md §0: S1 … S12. */
  readonly source: readonly string[];
  readonly sourceNote?: string;
  readonly tags: readonly SourceTag[];
  readonly note?: string;
  /** False when no scenario is due for this row; `why` then says why. */
  readonly scenarioDue: boolean;
  readonly why?: string;
}

const ROW_FIELDS = ['ref', 'when', 'action', 'from', 'to', 'interface', 'eventCode', 'nonDipFlow', 'sla', 'source', 'sourceNote', 'tags', 'note', 'scenarioDue', 'why'];

/** "COS-02", "REC 22.6.1", "3A-01": a prefix, then a space or dash, then the step number. */
const REF = /^[A-Z0-9]+[ -][0-9][0-9.]*$/;
/** Tags that already mean something else; a ref with one of these prefixes would be misread. */
const RESERVED_PREFIXES = ['IF-', 'REP-', 'REQ-'];
const INTERFACE = /^(IF|REP)-\d{3}$/;
const EVENT_CODE = /^[A-Za-z][A-Za-z0-9-]*$/;
const SOURCE_KEY = /^S\d+$/;

export const tagOfRef = (ref: string): string => `@${ref.replace(/ /g, '-')}`;

export interface RowContext {
  readonly file: string;
  readonly index: number;
  readonly slaIds: ReadonlySet<string>;
  readonly problems: string[];
}

/** Reads one row, or returns undefined when it is too broken to use; the reasons go to `context.problems`. */
export function readProcessRow(value: unknown, context: RowContext): ProcessRow | undefined {
  const { file, index, problems } = context;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${file}: rows[${index}] must be a map of fields (ref, when, from, …)`);
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const label = typeof raw.ref === 'string' ? ` (${raw.ref})` : '';
  const at = (field: string) => `${file}: rows[${index}]${label}.${field}`;
  const before = problems.length;

  for (const field of Object.keys(raw)) {
    if (!ROW_FIELDS.includes(field)) problems.push(`${at(field)}: unknown field; a row may have ${ROW_FIELDS.join(', ')}`);
  }

  const text = (field: string, required: boolean): string | undefined => {
    const entry = raw[field];
    if (entry === undefined) {
      if (required) problems.push(`${at(field)}: missing; every row needs ref, when, from, source and tags`);
      return undefined;
    }
    if (typeof entry !== 'string' || entry.trim() === '') {
      problems.push(`${at(field)}: must be non-empty text, not ${JSON.stringify(entry)}`);
      return undefined;
    }
    return entry;
  };

  // A field that takes one value or a list: `interface: IF-031` or `interface: [IF-035, IF-036]`.
  const list = (field: string, pattern: RegExp, example: string, required: boolean): string[] => {
    const entry = raw[field];
    if (entry === undefined) {
      if (required) problems.push(`${at(field)}: missing; write [] when the document gives none`);
      return [];
    }
    const values = Array.isArray(entry) ? entry : [entry];
    const wrong = values.filter((item) => typeof item !== 'string' || !pattern.test(item));
    if (wrong.length) problems.push(`${at(field)}: ${wrong.map((item) => JSON.stringify(item)).join(', ')} is not of the form ${example}`);
    return values.filter((item): item is string => typeof item === 'string' && pattern.test(item));
  };

  const ref = text('ref', true);
  if (ref !== undefined && !REF.test(ref)) problems.push(`${at('ref')}: '${ref}' is not a step ref such as COS-02, REC 22.6.1 or 3A-01`);
  const reserved = ref === undefined ? undefined : RESERVED_PREFIXES.find((prefix) => tagOfRef(ref).startsWith(`@${prefix}`));
  if (reserved) problems.push(`${at('ref')}: '${ref}' would read as a @${reserved}… tag, which already means something else`);

  const interfaces = list('interface', INTERFACE, 'IF-031', false);
  const eventCodes = list('eventCode', EVENT_CODE, 'MSApp (no brackets)', false);
  if (raw.eventCode !== undefined && raw.interface === undefined) problems.push(`${at('eventCode')}: an event code needs the interface it belongs to`);
  const nonDipFlow = text('nonDipFlow', false);
  if (raw.interface === undefined && raw.nonDipFlow === undefined) {
    problems.push(`${at('interface')}: missing; name the DIP interface, or the flow outside the DIP in nonDipFlow`);
  }

  const source = list('source', SOURCE_KEY, 'S1 (a source key of PROCESS-TABLES.md §0)', true);
  const tags = list('tags', new RegExp(`^(${SOURCE_TAGS.join('|')})$`), SOURCE_TAGS.join(' | '), true) as SourceTag[];
  const sla = readSla(raw.sla, at('sla'), context);

  const scenarioDue = raw.scenarioDue ?? true;
  if (typeof scenarioDue !== 'boolean') problems.push(`${at('scenarioDue')}: must be true or false`);
  const why = text('why', false);
  if (scenarioDue === false && why === undefined && raw.why === undefined) problems.push(`${at('why')}: missing; scenarioDue: false must say why no scenario is due`);
  if (scenarioDue !== false && raw.why !== undefined) problems.push(`${at('why')}: explains scenarioDue: false, which this row does not set`);

  const when = text('when', true);
  const from = text('from', true);
  const optional = Object.fromEntries(
    ['action', 'to', 'sourceNote', 'note'].flatMap((field) => {
      const entry = text(field, false);
      return entry === undefined ? [] : [[field, entry]];
    }),
  ) as Pick<ProcessRow, 'action' | 'to' | 'sourceNote' | 'note'>;
  if (problems.length > before || ref === undefined || when === undefined || from === undefined) return undefined;

  return {
    ref,
    tag: tagOfRef(ref),
    when,
    from,
    interfaces,
    eventCodes,
    ...(nonDipFlow === undefined ? {} : { nonDipFlow }),
    ...(sla === undefined ? {} : { sla }),
    source,
    tags,
    ...optional,
    scenarioDue: scenarioDue !== false,
    ...(why === undefined ? {} : { why }),
  };
}

/** `sla: NOT FOUND` (the document's words) or `sla: { id: ms-appointment-request, text: 60 min }`. */
function readSla(value: unknown, at: string, context: RowContext): RowSla | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return { text: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    context.problems.push(`${at}: must be text or { id, text }, not ${JSON.stringify(value)}`);
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((key) => key !== 'id' && key !== 'text');
  if (unknown.length) context.problems.push(`${at}: unknown field ${unknown.join(', ')}; an SLA has id and text`);
  if (raw.text !== undefined && (typeof raw.text !== 'string' || raw.text.trim() === '')) context.problems.push(`${at}.text: must be non-empty text`);
  if (typeof raw.id !== 'string') {
    context.problems.push(`${at}.id: missing; give the id of a window in scenarios/slas.yaml, or write the SLA as plain text`);
    return undefined;
  }
  if (!context.slaIds.has(raw.id)) {
    context.problems.push(`${at}.id: '${raw.id}' is not a window in scenarios/slas.yaml; known: ${[...context.slaIds].join(', ')}`);
  }
  return { id: raw.id, ...(typeof raw.text === 'string' ? { text: raw.text } : {}) };
}
