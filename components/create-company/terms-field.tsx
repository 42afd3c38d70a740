import type { Ref } from "react";
import { PRIVACY_URL, TERMS_URL } from "@/lib/companies/fields";
import * as s from "./styles";

type Props = {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** Remote requires the partner to show a terms and privacy acceptance; the time of the tick is sent. */
export function TermsField({ checked, onChange, error, ref }: Props) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          ref={ref}
          id="cc-terms"
          name="terms"
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={!!error}
          aria-describedby={`cc-terms-hint${error ? " cc-terms-error" : ""}`}
          aria-required
          className="mt-1 h-5 w-5 shrink-0 rounded border-slate-400 text-brand-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        />
        <label htmlFor="cc-terms" className="text-slate-800">
          I have read and accept Remote&apos;s{" "}
          <a href={TERMS_URL} target="_blank" rel="noopener noreferrer" className={s.textLink}>
            Terms of Service
          </a>{" "}
          and{" "}
          <a href={PRIVACY_URL} target="_blank" rel="noopener noreferrer" className={s.textLink}>
            Privacy Policy
          </a>{" "}
          on behalf of the company.
        </label>
      </div>
      <p id="cc-terms-hint" className={`${s.hint} ml-8`}>
        The time you tick this box is sent to Remote with your request; Remote accepts it for 15 minutes.
      </p>
      {error && (
        <p id="cc-terms-error" className={`${s.error} ml-8`} data-field-error="terms" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
