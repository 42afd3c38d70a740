import type { AddressField } from "@/lib/companies/address";
import type { FieldErrorMap } from "@/lib/companies/fields";
import { AddressFields } from "./address-fields";
import * as s from "./styles";
import type { SchemaState } from "./use-address-schema";

type Props = {
  schema: SchemaState;
  countryName?: string;
  fields: AddressField[];
  values: Record<string, string>;
  errors: FieldErrorMap;
  onChange: (name: string, value: string) => void;
  onBlur: (name: string) => void;
  onRetry: () => void;
};

/** The registered address, drawn from Remote's schema for the chosen country. */
export function AddressSection({ schema, countryName, fields, values, errors, onChange, onBlur, onRetry }: Props) {
  return (
    <div aria-live="polite" aria-busy={schema.status === "loading"}>
      {schema.status === "idle" && <p className="text-slate-500">Choose the country first: the address fields depend on it.</p>}
      {schema.status === "loading" && <p className="text-slate-500">Loading the address form for {countryName ?? "this country"}…</p>}
      {schema.status === "error" && (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950" id="cc-address-error">
          {schema.message}{" "}
          <button type="button" onClick={onRetry} className={s.textLink}>
            Try again
          </button>
        </div>
      )}
      {schema.status === "ready" && !schema.schema && (
        <p className="text-slate-500">Remote asks for no address for {countryName ?? "this country"} here; you can add it later on Remote.</p>
      )}
      {schema.status === "ready" && schema.schema && (
        <div className={s.fieldset} data-address-country={schema.country}>
          <AddressFields fields={fields} values={values} errors={errors} onChange={onChange} onBlur={onBlur} />
        </div>
      )}
      {errors._address && <p className={s.error}>{errors._address}</p>}
    </div>
  );
}
