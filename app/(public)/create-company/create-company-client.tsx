"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { AddressSection } from "@/components/create-company/address-section";
import { CompanyFields, OwnerFields } from "@/components/create-company/company-fields";
import { arrivedByHistory, clearDraft, readDraft, writeDraft } from "@/components/create-company/draft";
import { OutcomeAlert } from "@/components/create-company/outcome-alert";
import * as s from "@/components/create-company/styles";
import { TermsField } from "@/components/create-company/terms-field";
import { useAddressSchema } from "@/components/create-company/use-address-schema";
import { addressFields, validateAddress } from "@/lib/companies/address";
import { COUNTRY_CURRENCY, EMPTY_VALUES, TERMS_MAX_AGE_MS, type CompanyFormValues, type Country, type FieldErrorMap } from "@/lib/companies/fields";
import { validateCompanyValues } from "@/lib/companies/input";
import { loadAddressSchemaAction, submitCompanyAction, type SubmitState } from "./actions";

type Props = {
  countries: Country[];
  token: string;
  link: string | null;
  staff: boolean;
  fresh: boolean;
  /** A create-company link: its token, the partner's prefill and whether the owner's e-mail is locked. */
  createLink?: { token: string; prefill: Partial<CompanyFormValues>; lockedEmail: boolean } | null;
};

const TERMS_AGAIN = "More than 15 minutes passed since you accepted. Remote needs a recent acceptance: tick the box again.";

export function CreateCompanyClient({ countries, token: issuedToken, link: connectLink, staff, fresh, createLink = null }: Props) {
  const initial = useMemo(() => ({ ...EMPTY_VALUES, ...createLink?.prefill }), [createLink]);
  const initialCountry = initial.country_code;
  // Drafts are kept per link (see draft.ts).
  const link = connectLink ?? createLink?.token ?? null;
  const [restoredToken, setRestoredToken] = useState<string | null>(null);
  const [values, setValues] = useState<CompanyFormValues>(initial);
  const [address, setAddress] = useState<Record<string, string>>({});
  const [schema, selectCountry] = useAddressSchema(loadAddressSchemaAction);
  // When the box was ticked, by this page's clock; the server turns "ms ago" into its own time.
  const [terms, setTerms] = useState<{ at: number; seq: number } | null>(null);
  const [termsNotice, setTermsNotice] = useState<string | null>(null);
  const [touched, setTouched] = useState<Record<string, true>>({});
  const [edited, setEdited] = useState<Record<string, number>>({});
  const [submitted, setSubmitted] = useState(false);
  const [currencyChosen, setCurrencyChosen] = useState(false);
  const [state, dispatch, pending] = useActionState<SubmitState, Parameters<typeof submitCompanyAction>[1]>(submitCompanyAction, { outcome: null, token: null, seq: 0 });
  const focusFirstError = useRef(false);
  // A double click fires two submit events before React re-renders with `pending`: let one through.
  const inFlight = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const termsRef = useRef<HTMLInputElement>(null);
  const token = state.token ?? restoredToken ?? issuedToken;

  // Restore answers and token after a reload or a browser back in this tab (see draft.ts).
  const draftDone = useRef(false);
  const [draftReady, setDraftReady] = useState(false);
  useEffect(() => {
    const d = readDraft(link);
    // Back to the form that was sent, or a reload while typing: restore. A new form: start empty.
    const restore = !!d && (d.token === issuedToken || arrivedByHistory() || (!fresh && !d.done));
    /* eslint-disable react-hooks/set-state-in-effect -- one-time sync from sessionStorage after hydration */
    setDraftReady(true);
    if (!d || !restore) {
      if (initialCountry) void selectCountry(initialCountry);
      return clearDraft(link);
    }
    draftDone.current = !!d.done;
    setRestoredToken(d.token);
    setValues(d.values);
    setAddress(d.address);
    /* eslint-enable react-hooks/set-state-in-effect */
    if (d.values.country_code) void selectCountry(d.values.country_code);
  }, [fresh, link, issuedToken, selectCountry, initialCountry]);

  useEffect(() => {
    if (draftReady) writeDraft(link, { token, values, address, done: draftDone.current });
  }, [draftReady, link, token, values, address]);

  useEffect(() => {
    if (!pending) inFlight.current = false;
  }, [pending]);

  // After a submit: move focus to the first field Remote refused, or to the message.
  useEffect(() => {
    if (state.seq === 0 || !state.outcome) return;
    if (state.outcome.kind === "invalid" && Object.keys(state.outcome.fieldErrors).some((k) => k !== "_form")) focusFirstError.current = true;
    else alertRef.current?.focus();
  }, [state.seq, state.outcome]);
  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  const valueCheck = useMemo(() => validateCompanyValues(values), [values]);
  const addressCheck = useMemo(() => (schema.schema ? validateAddress(schema.schema, address) : null), [schema.schema, address]);
  const fields = useMemo(() => (schema.schema ? addressFields(schema.schema, address) : []), [schema.schema, address]);
  const clientErrors: FieldErrorMap = { ...(valueCheck.ok ? {} : valueCheck.errors), ...(addressCheck && !addressCheck.ok ? addressCheck.errors : {}) };
  const serverErrors: FieldErrorMap = state.outcome?.kind === "invalid" ? state.outcome.fieldErrors : {};
  const termsExpired = state.outcome?.kind === "terms_expired" && !!terms && terms.seq < state.seq;
  const termsChecked = !!terms && !termsExpired;

  const errorFor = (key: string): string | undefined => {
    if (serverErrors[key] && edited[key] !== state.seq) return serverErrors[key];
    return submitted || touched[key] ? clientErrors[key] : undefined;
  };
  const termsError =
    termsNotice ?? (termsExpired ? TERMS_AGAIN : serverErrors.terms && edited.terms !== state.seq ? serverErrors.terms : submitted && !termsChecked ? "Tick the box to accept Remote's terms and privacy policy." : undefined);

  const markEdited = (key: string) => setEdited((e) => ({ ...e, [key]: state.seq }));
  const touch = (key: string) => setTouched((t) => (t[key] ? t : { ...t, [key]: true }));
  const set = (key: keyof CompanyFormValues, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    markEdited(key === "id_type" ? "id_number" : key);
    if (key === "desired_currency") setCurrencyChosen(true);
  };
  const onCountry = (code: string) => {
    setValues((v) => ({ ...v, country_code: code, desired_currency: currencyChosen ? v.desired_currency : (COUNTRY_CURRENCY[code] ?? v.desired_currency) }));
    markEdited("country_code");
    touch("country_code");
    void selectCountry(code);
  };
  const onAddress = (name: string, value: string) => {
    setAddress((a) => ({ ...a, [name]: value }));
    markEdited(`address.${name}`);
  };
  const onTerms = (checked: boolean) => {
    setTermsNotice(null);
    markEdited("terms");
    setTerms(checked ? { at: Date.now(), seq: state.seq } : null);
  };

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending || inFlight.current) return;
    setSubmitted(true);
    if (terms && termsChecked && Date.now() - terms.at > TERMS_MAX_AGE_MS) {
      setTerms(null);
      setTermsNotice(TERMS_AGAIN);
      termsRef.current?.focus();
      return;
    }
    const blocked = Object.keys(clientErrors).length > 0 || !terms || !termsChecked || schema.status === "loading" || schema.status === "error";
    if (blocked || !terms) {
      focusFirstError.current = true;
      if (Object.keys(clientErrors).length === 0 && !termsChecked) termsRef.current?.focus();
      return;
    }
    inFlight.current = true;
    startTransition(() =>
      dispatch({ token, link: connectLink, createLink: createLink?.token ?? null, values, address: addressCheck?.ok ? addressCheck.data : {}, termsAcceptedMsAgo: Math.max(0, Date.now() - terms.at) }),
    );
  }

  const countryName = countries.find((c) => c.code === schema.country)?.name;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="mt-8 space-y-10" data-form-token-bound>
      {state.outcome && <OutcomeAlert ref={alertRef} outcome={state.outcome} />}
      <fieldset>
        <legend className={s.legend}>Company</legend>
        <CompanyFields values={values} errorFor={errorFor} set={set} touch={touch} countries={countries} onCountry={onCountry} staff={staff} />
      </fieldset>
      <fieldset>
        <legend className={s.legend}>Registered address</legend>
        <AddressSection
          schema={schema}
          countryName={countryName}
          fields={fields}
          values={address}
          errors={Object.fromEntries(fields.map((f) => [`address.${f.name}`, errorFor(`address.${f.name}`)]).filter(([, v]) => v)) as FieldErrorMap}
          onChange={onAddress}
          onBlur={(n) => touch(`address.${n}`)}
          onRetry={() => void selectCountry(values.country_code)}
        />
      </fieldset>
      <fieldset>
        <legend className={s.legend}>Company owner</legend>
        <OwnerFields values={values} errorFor={errorFor} set={set} touch={touch} lockedEmail={createLink?.lockedEmail} />
      </fieldset>
      <TermsField ref={termsRef} checked={termsChecked} onChange={onTerms} error={termsError} />
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
        <button type="submit" className={s.primaryButton} disabled={pending}>
          {pending && <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
          {pending ? "Creating your Remote account…" : "Create Remote account"}
        </button>
        <p className="text-sm text-slate-500" aria-live="polite">
          {pending ? "This takes a few seconds. Please keep this page open." : "Sending this form twice never creates two companies."}
        </p>
      </div>
    </form>
  );
}
