"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { ConfirmDialog } from "@/components/console/confirm-dialog";
import { Feedback } from "@/components/console/feedback";
import { btn, input, label } from "@/components/console/styles";
import { useAction } from "@/components/console/use-action";

type Values = { name: string; primaryColor: string; supportEmail: string; privacyUrl: string; logoUrl: string };
type Result = Promise<ActionResult>;
type Props = {
  values: Values;
  logoUrl: string | null;
  hasUpload: boolean;
  save: (v: Values) => Result;
  upload: (f: FormData) => Result;
  removeLogo: (v?: undefined) => Result;
  reset: (v?: undefined) => Result;
};

const MAX_BYTES = 200 * 1024;

function Field({ id, text, hint, ...rest }: { id: keyof Values; text: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={`brand-${id}`} className={label}>{text}</label>
      <input id={`brand-${id}`} name={id} className={`${input} mt-1`} aria-describedby={hint ? `brand-${id}-hint` : undefined} {...rest} />
      {hint ? <p id={`brand-${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
    </div>
  );
}

/** The admin's brand form: text settings, the logo file, and a way back to the environment's defaults. */
export function BrandForm({ values, logoUrl, hasUpload, save, upload, removeLogo, reset }: Props) {
  const saving = useAction(save);
  const logo = useAction(upload);
  const other = useAction(async (what: "remove" | "reset") => (what === "remove" ? removeLogo() : reset()));
  return (
    <div className="space-y-6">
      <form
        className="grid gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const v = (k: keyof Values) => String(f.get(k) ?? "");
          saving.run({ name: v("name"), primaryColor: v("primaryColor"), supportEmail: v("supportEmail"), privacyUrl: v("privacyUrl"), logoUrl: v("logoUrl") });
        }}
      >
        <Field id="name" text="Name" defaultValue={values.name} required maxLength={80} hint="Shown on the public pages, in their titles, and as the sender of the connect flow." />
        <Field id="primaryColor" text="Primary colour" defaultValue={values.primaryColor} required pattern="#[0-9a-fA-F]{6}" placeholder="#1d4ed8" hint="Buttons and links. White text must be readable on it (contrast 4.5:1 or more)." />
        <Field id="supportEmail" text="Support e-mail (optional)" type="email" defaultValue={values.supportEmail} placeholder="support@partner.example" />
        <Field id="privacyUrl" text="Privacy policy link (optional)" type="url" defaultValue={values.privacyUrl} placeholder="https://partner.example/privacy" />
        <Field id="logoUrl" text="Logo URL (optional)" type="url" defaultValue={values.logoUrl} placeholder="https://partner.example/logo.svg" hint="An uploaded logo replaces it. Uploading is safer: it is served from this site." />
        <div>
          <button type="submit" className={btn.primary} disabled={saving.pending}>{saving.pending ? "Saving…" : "Save branding"}</button>
        </div>
        <Feedback result={saving.result} pending={saving.pending} pendingText="Saving…" id="brand-save-feedback" />
      </form>

      <form
        className="space-y-2 border-t border-slate-100 pt-4"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const file = f.get("logo");
          // The server checks again; this only spares uploading a file that cannot be accepted.
          if (file instanceof File && file.size > MAX_BYTES) {
            logo.reset();
            window.alert(`The logo is ${Math.ceil(file.size / 1024)} KB; the limit is 200 KB.`);
            return;
          }
          logo.run(f);
        }}
      >
        <label htmlFor="brand-logo" className={label}>Logo file (PNG or SVG, up to 200 KB)</label>
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small logo from our own route or the partner's URL
          <img src={logoUrl} alt="Current logo" className="h-10 w-auto rounded border border-slate-200 bg-white p-1" data-testid="brand-logo-preview" />
        ) : null}
        <input id="brand-logo" name="logo" type="file" accept="image/png,image/svg+xml" required className="block text-sm text-slate-700" />
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={btn.secondary} disabled={logo.pending}>{logo.pending ? "Uploading…" : "Upload logo"}</button>
          {hasUpload ? <button type="button" className={btn.secondary} onClick={() => other.run("remove")} disabled={other.pending}>Remove uploaded logo</button> : null}
        </div>
        <Feedback result={logo.result} pending={logo.pending} pendingText="Uploading…" id="brand-logo-feedback" />
      </form>

      <div className="flex items-center gap-3 border-t border-slate-100 pt-4">
        <ConfirmDialog trigger="Reset to defaults" title="Reset the branding?" confirm="Reset" onConfirm={() => other.run("reset")} disabled={other.pending}>
          The name, colour, links and uploaded logo go back to the BRAND_* settings of the environment.
        </ConfirmDialog>
        <Feedback result={other.result} pending={other.pending} id="brand-other-feedback" />
      </div>
    </div>
  );
}
