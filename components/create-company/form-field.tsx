import type { ReactNode } from "react";
import * as s from "./styles";

export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
  "aria-required"?: boolean;
  className: string;
};

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** A label, an optional hint, the control and its error, wired together with ids for assistive tech. */
export function FormField({ id, name, label, hint, error, required = true, wide, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <label htmlFor={id} className={s.label}>
        {label}
        {!required && <span className="font-normal text-slate-500"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={s.hint}>
          {hint}
        </p>
      )}
      {children({ id, name, "aria-invalid": !!error, "aria-describedby": describedBy, "aria-required": required || undefined, className: s.control(!!error) })}
      {error && (
        <p id={`${id}-error`} className={s.error} data-field-error={name}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextProps = Omit<Props, "children"> & {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel";
  readOnly?: boolean;
  maxLength?: number;
  placeholder?: string;
};

export function TextField({ value, onChange, onBlur, type = "text", autoComplete, inputMode, maxLength, placeholder, readOnly, ...field }: TextProps) {
  return (
    <FormField {...field}>
      {(c) => (
        <input
          {...c}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          placeholder={placeholder}
          readOnly={readOnly}
        />
      )}
    </FormField>
  );
}
