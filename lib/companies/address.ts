// The address part of the form is Remote's country JSON schema, read with Remote's own headless
// library (@remoteoss/json-schema-form v1). The browser renders its fields; both sides validate
// with the same schema, so what the browser accepts the server accepts too.
import { createHeadlessForm, type Field, type FormErrors } from "@remoteoss/json-schema-form";
import type { FieldErrorMap } from "./fields";

export type AddressSchema = Record<string, unknown>;
export type AddressValues = Record<string, string>;
/** What the browser gets when it asks for a country's address form. */
export type AddressSchemaResult = { ok: true; schema: AddressSchema | null } | { ok: false; message: string };

/** What the form needs to draw one address field (a plain, serialisable subset of jsf's Field). */
export type AddressField = {
  name: string;
  label: string;
  description?: string;
  inputType: string;
  required: boolean;
  maxLength?: number;
  options?: { value: string; label: string }[];
};

function headless(schema: AddressSchema, values?: AddressValues) {
  // jsf expects a root object schema; anything else is treated as "no address fields".
  if (schema.type !== "object") return null;
  return createHeadlessForm(schema as Parameters<typeof createHeadlessForm>[0], { initialValues: values ?? {} });
}

function toField(f: Field): AddressField {
  const options = Array.isArray(f.options)
    ? (f.options as { value?: unknown; label?: unknown }[]).map((o) => ({ value: String(o.value ?? ""), label: String(o.label ?? o.value ?? "") }))
    : undefined;
  return {
    name: f.name,
    label: f.label ?? f.name,
    description: typeof f.description === "string" ? f.description : undefined,
    inputType: f.inputType ?? "text",
    required: !!f.required,
    maxLength: typeof f.maxLength === "number" ? f.maxLength : undefined,
    options,
  };
}

/** The visible fields for the current values (conditional fields may appear or disappear). */
export function addressFields(schema: AddressSchema, values: AddressValues = {}): AddressField[] {
  const form = headless(schema, values);
  if (!form) return [];
  form.handleValidation(clean(schema, values));
  return form.fields.filter((f) => f.isVisible !== false).map(toField);
}

/** Only the schema's own properties, trimmed; empty answers are left out rather than sent as "". */
export function clean(schema: AddressSchema, values: AddressValues): AddressValues {
  const props = (schema.properties ?? {}) as Record<string, unknown>;
  const out: AddressValues = {};
  for (const name of Object.keys(props)) {
    const v = typeof values[name] === "string" ? values[name].trim() : "";
    if (v !== "") out[name] = v;
  }
  return out;
}

/** "City" → "city", but "ZIP code" stays "ZIP code". */
const inSentence = (label: string) => (/^.[a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

function message(field: AddressField | undefined, raw: string): string {
  if (raw === "Required field" && field) {
    return `${field.inputType === "select" || field.inputType === "radio" ? "Choose" : "Enter"} the ${inSentence(field.label)}`;
  }
  return raw;
}

/** Validates with jsf; errors come back keyed `address.<field>`, ready to show beside the inputs. */
export function validateAddress(schema: AddressSchema, values: AddressValues): { ok: true; data: AddressValues } | { ok: false; errors: FieldErrorMap } {
  const form = headless(schema, values);
  const data = clean(schema, values);
  if (!form) return { ok: true, data };
  const result = form.handleValidation(data);
  const fields = new Map(addressFields(schema, values).map((f) => [f.name, f]));
  const errors: FieldErrorMap = {};
  const walk = (e: FormErrors | undefined, prefix: string) => {
    for (const [k, v] of Object.entries(e ?? {})) {
      if (typeof v === "string") errors[`address.${prefix}${k}`] = message(fields.get(prefix + k), v);
      else if (v && !Array.isArray(v)) walk(v, `${prefix}${k}.`);
    }
  };
  walk(result.formErrors, "");
  // A visible-only form: values for fields the schema hides are not sent.
  for (const name of Object.keys(data)) if (!fields.has(name)) delete data[name];
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data };
}
