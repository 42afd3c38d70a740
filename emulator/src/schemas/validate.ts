import type { JsonSchema } from "./address-builder";

/**
 * Server-side check of an address against the subset of JSON Schema our address schemas use
 * (object/string/null types, required, maxLength, pattern, oneOf-const, additionalProperties).
 * Messages follow Remote's Ecto-style wording ("can't be blank", "has invalid format", "is invalid").
 * The unit tests assert it agrees with @remoteoss/json-schema-form on valid/invalid input.
 */
export function validateAgainstSchema(value: unknown, schema: JsonSchema): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    add("", "is invalid");
    return errors;
  }
  const input = value as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);

  for (const [name, prop] of Object.entries(properties)) {
    const v = input[name];
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
      if (required.has(name)) add(name, "can't be blank");
      continue;
    }
    if (typeof v !== "string") {
      add(name, "is invalid");
      continue;
    }
    if (typeof prop.maxLength === "number" && [...v].length > prop.maxLength) {
      add(name, `should be at most ${prop.maxLength} character(s)`);
    }
    if (typeof prop.pattern === "string" && !new RegExp(prop.pattern).test(v)) add(name, "has invalid format");
    if (Array.isArray(prop.oneOf) && !prop.oneOf.some((o: { const?: unknown }) => o.const === v)) add(name, "is invalid");
  }
  if (schema.additionalProperties === false) {
    for (const key of Object.keys(input)) if (!(key in properties)) add(key, "is not a permitted field");
  }
  return errors;
}
