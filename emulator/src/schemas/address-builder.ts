// Builds address_details schemas in the dialect Remote serves to @remoteoss/json-schema-form:
// plain JSON Schema plus `x-jsf-presentation.inputType`, `x-jsf-order`, `x-jsf-errorMessage`,
// and selects expressed as `oneOf: [{ const, title }]` (the library turns those into `options`).

export type JsonSchema = Record<string, unknown>;
export type Option = readonly [value: string, label: string];

export interface TextField {
  kind: "text";
  title: string;
  description?: string;
  required?: boolean;
  maxLength?: number;
  pattern?: string;
  patternMessage?: string;
}

export interface SelectField {
  kind: "select";
  title: string;
  description?: string;
  required?: boolean;
  options: readonly Option[];
}

export type FieldSpec = TextField | SelectField;

function textProperty(f: TextField): JsonSchema {
  return {
    title: f.title,
    ...(f.description ? { description: f.description } : {}),
    type: f.required ? "string" : ["string", "null"],
    maxLength: f.maxLength ?? 255,
    ...(f.pattern ? { pattern: f.pattern } : {}),
    ...(f.patternMessage ? { "x-jsf-errorMessage": { pattern: f.patternMessage } } : {}),
    "x-jsf-presentation": { inputType: "text" },
  };
}

function selectProperty(f: SelectField): JsonSchema {
  return {
    title: f.title,
    ...(f.description ? { description: f.description } : {}),
    type: f.required ? "string" : ["string", "null"],
    oneOf: f.options.map(([value, label]) => ({ const: value, title: label })),
    "x-jsf-presentation": { inputType: "select" },
  };
}

/** Fields are rendered in insertion order, which is why callers pass an ordered list. */
export function addressSchema(fields: ReadonlyArray<readonly [name: string, spec: FieldSpec]>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, spec] of fields) {
    properties[name] = spec.kind === "text" ? textProperty(spec) : selectProperty(spec);
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    additionalProperties: false,
    properties,
    required: fields.filter(([, s]) => s.required).map(([n]) => n),
    "x-jsf-order": fields.map(([n]) => n),
  };
}

export const streetField: TextField = { kind: "text", title: "Address", required: true, description: "Street and number" };
export const line2Field: TextField = { kind: "text", title: "Address line 2", description: "Apartment, suite, floor (optional)" };
export const cityField: TextField = { kind: "text", title: "City", required: true, maxLength: 100 };
