// Turns ajv's errors into findings a person can act on: the field's pointer from the file
// root, what was expected, what arrived, and the spec's own name for the type.
import type { SchemaError } from '../spec/schema-validators.ts';
import { SHAPE_CHECKS } from '../findings/check-registry.ts';
import type { Finding } from '../rules/rule.ts';
import { escapePointer, findingOf } from '../rules/rule.ts';


const MAX_SHOWN_CHOICES = 15;

function show(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // A hostile file can nest deeper than JSON.stringify recurses; describe rather than quote it.
    return `(${typeOf(value)} nested too deeply to show)`;
  }
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The spec's name for the schema that failed, e.g. DT-003-DateTime or IF-031-MSApp. */
function specTypeName(error: SchemaError): string | undefined {
  const names = [...error.schemaPath.matchAll(/components\/schemas\/([^/]+)/g)].map((match) => match[1]);
  return names[names.length - 1];
}

function example(error: SchemaError): string {
  const sample = (error.parentSchema as { example?: unknown } | undefined)?.example;
  return sample === undefined || typeof sample === 'object' ? '' : `, e.g. ${show(sample)}`;
}

function choices(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_SHOWN_CHOICES).map((value) => show(value)).join(', ');
  return values.length > MAX_SHOWN_CHOICES ? `${shown} … (${values.length} in all)` : shown;
}

function problem(error: SchemaError): { pointerSuffix: string; text: string } {
  const params = error.params as Record<string, unknown>;
  const data = error.data;
  switch (error.keyword) {
    case 'required':
      return { pointerSuffix: `/${escapePointer(String(params.missingProperty))}`, text: `is required but missing` };
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const nearly = allowed.find((name) => name.toLowerCase() === extra.toLowerCase());
      const hint = nearly
        ? `; did you mean '${nearly}'? (field names are case-sensitive)`
        : allowed.length
          ? `; allowed here: ${choices(allowed)}`
          : '';
      return { pointerSuffix: `/${escapePointer(extra)}`, text: `is not a field the spec defines here${hint}` };
    }
    case 'type':
      return { pointerSuffix: '', text: `must be ${String(params.type).replace(',', ' or ')}, found ${typeOf(data)} ${show(data)}` };
    case 'enum':
      return { pointerSuffix: '', text: `${show(data)} is not one of ${choices(params.allowedValues as unknown[])}` };
    case 'minLength':
    case 'maxLength': {
      const length = typeof data === 'string' ? [...data].length : 0;
      const parent = error.parentSchema as { minLength?: number; maxLength?: number } | undefined;
      const bound =
        parent?.minLength !== undefined && parent.minLength === parent.maxLength
          ? `exactly ${parent.minLength}`
          : error.keyword === 'minLength'
            ? `at least ${String(params.limit)}`
            : `at most ${String(params.limit)}`;
      return { pointerSuffix: '', text: `${show(data)} has ${length} characters; must have ${bound}${example(error)}` };
    }
    case 'pattern':
      return { pointerSuffix: '', text: `${show(data)} does not match ${String(params.pattern)}${example(error)}` };
    case 'minItems':
    case 'maxItems':
      return {
        pointerSuffix: '',
        text: `has ${Array.isArray(data) ? data.length : 0} items; must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)}`,
      };
    default:
      return { pointerSuffix: '', text: `${show(data)} ${error.message ?? `fails ${error.keyword}`}` };
  }
}

export function schemaFindings(errors: readonly SchemaError[], payloadPointer: string, variantName: string): Finding[] {
  return errors.map((error) => {
    const { pointerSuffix, text } = problem(error);
    const pointer = payloadPointer + error.instancePath + pointerSuffix;
    const field = (error.instancePath + pointerSuffix).replace(/^\//, '').replace(/\//g, '.') || 'payload';
    const typeName = specTypeName(error);
    const named = typeName && typeName !== variantName ? ` (${typeName})` : '';
    return findingOf(SHAPE_CHECKS.schema, pointer, `${field} ${text}${named} [${variantName}]`);
  });
}
