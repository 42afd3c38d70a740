import { CURRENCIES, FIELD_LABELS as L, ID_LABELS, type CompanyFormValues, type Country, type IdType } from "@/lib/companies/fields";
import { FormField, TextField } from "./form-field";
import * as s from "./styles";

export type FieldsProps = {
  values: CompanyFormValues;
  errorFor: (key: string) => string | undefined;
  set: (key: keyof CompanyFormValues, value: string) => void;
  touch: (key: string) => void;
};

type CompanyProps = FieldsProps & { countries: Country[]; onCountry: (code: string) => void; staff: boolean };

/** The props every plain text field of the form gets from the shared form state. */
function textFieldProps({ values, errorFor, set, touch }: FieldsProps, key: keyof CompanyFormValues) {
  return {
    id: `cc-${key}`,
    name: key,
    label: L[key],
    value: values[key],
    error: errorFor(key),
    onChange: (v: string) => set(key, v),
    onBlur: () => touch(key),
  };
}

export function CompanyFields({ values, errorFor, set, touch, countries, onCountry, staff }: CompanyProps) {
  const text = (key: keyof CompanyFormValues) => textFieldProps({ values, errorFor, set, touch }, key);
  return (
    <div className={s.fieldset}>
      <TextField {...text("name")} wide autoComplete="organization" maxLength={255} hint="As registered, e.g. Tech Vision Inc." />
      <FormField id="cc-country_code" name="country_code" label={L.country_code} error={errorFor("country_code")}>
        {(c) => (
          <select {...c} value={values.country_code} onChange={(e) => onCountry(e.target.value)} onBlur={() => touch("country_code")}>
            <option value="">Choose a country…</option>
            {countries.map((co) => (
              <option key={co.code} value={co.code}>
                {co.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="cc-desired_currency" name="desired_currency" label={L.desired_currency} error={errorFor("desired_currency")}>
        {(c) => (
          <select {...c} value={values.desired_currency} onChange={(e) => set("desired_currency", e.target.value)} onBlur={() => touch("desired_currency")}>
            <option value="">Choose a currency…</option>
            {CURRENCIES.map((cur) => (
              <option key={cur} value={cur}>
                {cur}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="sm:col-span-2">
        <legend className={s.label}>How should Remote identify the company?</legend>
        <p className={s.hint}>Give one of the two. Remote accepts a tax number or a registration number, never both.</p>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {(Object.keys(ID_LABELS) as IdType[]).map((t) => (
            <label key={t} className="inline-flex items-center gap-2 text-slate-800">
              <input type="radio" name="id_type" value={t} checked={values.id_type === t} onChange={() => set("id_type", t)} className="h-4 w-4 text-brand-600" />
              {ID_LABELS[t]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField {...text("id_number")} label={ID_LABELS[values.id_type]} maxLength={100} autoComplete="off" />
      <TextField {...text("email_domain")} required={false} placeholder="example.com" hint="Only if it differs from the owner's email domain." autoComplete="off" />
      {staff && <TextField {...text("external_id")} required={false} maxLength={255} hint="Your own id for this customer; shown on the connection." autoComplete="off" />}
    </div>
  );
}

/** `lockedEmail`: the partner's link fixed the owner's e-mail (the server enforces it too). */
export function OwnerFields({ lockedEmail, ...props }: FieldsProps & { lockedEmail?: boolean }) {
  const common = (key: "company_owner_name" | "company_owner_email" | "phone_number") => textFieldProps(props, key);
  return (
    <div className={s.fieldset}>
      <TextField {...common("company_owner_name")} autoComplete="name" maxLength={255} />
      <TextField {...common("company_owner_email")} type="email" inputMode="email" autoComplete="email" maxLength={255} hint={lockedEmail ? "Set by the invitation you received; it cannot be changed here." : "Remote sends the account invitation here."} readOnly={lockedEmail} />
      <TextField {...common("phone_number")} type="tel" inputMode="tel" autoComplete="tel" hint="With the country code, e.g. +44 20 7946 0958." />
    </div>
  );
}
