// OpenAPI 3.0 marks a schema that also accepts null with `nullable: true`, a keyword JSON
// Schema validators do not know. Translate it into JSON Schema once, at load time:
// `type: T` becomes `type: [T, 'null']`, and an `enum` gains `null` (otherwise the enum
// would still refuse null and the field could never be null, contrary to the spec).

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rewrites `nullable` throughout a parsed OpenAPI document, in place. Returns the count. */
export function translateNullable(node: unknown): number {
  let translated = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isObject(value)) return;
    if (typeof value.nullable === 'boolean') {
      if (value.nullable) {
        translated += 1;
        if (typeof value.type === 'string') value.type = [value.type, 'null'];
        if (Array.isArray(value.enum) && !value.enum.includes(null)) value.enum = [...value.enum, null];
      }
      delete value.nullable;
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(node);
  return translated;
}
