import type { AddressField } from "@/lib/companies/address";
import type { FieldErrorMap } from "@/lib/companies/fields";
import { FormField } from "./form-field";
import * as s from "./styles";

type Props = {
  fields: AddressField[];
  values: Record<string, string>;
  errors: FieldErrorMap;
  onChange: (name: string, value: string) => void;
  onBlur: (name: string) => void;
};

const AUTOCOMPLETE: Record<string, string> = {
  address: "address-line1",
  address_line_2: "address-line2",
  city: "address-level2",
  state: "address-level1",
  province: "address-level1",
  postal_code: "postal-code",
};

/** The fields of Remote's address schema for the chosen country, as @remoteoss/json-schema-form lists them. */
export function AddressFields({ fields, values, errors, onChange, onBlur }: Props) {
  return (
    <>
      {fields.map((f) => {
        if (f.inputType === "hidden") return null;
        const id = `cc-address-${f.name}`;
        const error = errors[`address.${f.name}`];
        const value = values[f.name] ?? "";
        const common = { label: f.label, hint: f.description, error, required: f.required, wide: f.name === "address" || f.name === "address_line_2" };
        if (f.inputType === "radio" && f.options) {
          return (
            <fieldset key={f.name} className="sm:col-span-2" aria-describedby={error ? `${id}-error` : undefined}>
              <legend className={s.label}>{f.label}</legend>
              <div className="mt-2 flex flex-wrap gap-4">
                {f.options.map((o) => (
                  <label key={o.value} className="inline-flex items-center gap-2 text-slate-800">
                    <input type="radio" name={`address.${f.name}`} value={o.value} checked={value === o.value} onChange={() => onChange(f.name, o.value)} />
                    {o.label}
                  </label>
                ))}
              </div>
              {error && <p id={`${id}-error`} className={s.error}>{error}</p>}
            </fieldset>
          );
        }
        return (
          <FormField key={f.name} id={id} name={`address.${f.name}`} {...common}>
            {(c) =>
              f.inputType === "select" && f.options ? (
                <select {...c} value={value} onChange={(e) => onChange(f.name, e.target.value)} onBlur={() => onBlur(f.name)} autoComplete={AUTOCOMPLETE[f.name]}>
                  <option value="">Choose…</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.inputType === "textarea" ? (
                <textarea {...c} rows={3} value={value} maxLength={f.maxLength} onChange={(e) => onChange(f.name, e.target.value)} onBlur={() => onBlur(f.name)} />
              ) : (
                <input
                  {...c}
                  type={f.inputType === "email" ? "email" : f.inputType === "date" ? "date" : "text"}
                  inputMode={f.inputType === "number" ? "numeric" : undefined}
                  value={value}
                  maxLength={f.maxLength}
                  autoComplete={AUTOCOMPLETE[f.name]}
                  onChange={(e) => onChange(f.name, e.target.value)}
                  onBlur={() => onBlur(f.name)}
                />
              )
            }
          </FormField>
        );
      })}
    </>
  );
}
