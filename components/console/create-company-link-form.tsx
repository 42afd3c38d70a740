"use client";
import type { ActionResult } from "@/lib/auth/action-result";
import { LINK_EXPIRY_CHOICES } from "@/lib/console/link-expiry";
import { CopyField } from "./copy-field";
import { Feedback } from "./feedback";
import { btn, input, label } from "./styles";
import { useAction } from "./use-action";

type Input = {
  externalId: string;
  expiresInSeconds: string;
  note?: string;
  companyName?: string;
  countryCode?: string;
  ownerName?: string;
  ownerEmail?: string;
  lockOwnerEmail?: boolean;
  returnUrl?: string;
};
type Props = { create: (input: Input) => Promise<ActionResult<{ url: string; expiresAt: string }>> };

const WEEK = 7 * 86_400;
const TEXT: { name: keyof Input; label: string; placeholder?: string; type?: string; max: number }[] = [
  { name: "companyName", label: "Company name", max: 300 },
  { name: "countryCode", label: "Country (3 letters)", placeholder: "GBR", max: 3 },
  { name: "ownerName", label: "Owner's name", max: 300 },
  { name: "ownerEmail", label: "Owner's e-mail", type: "email", max: 300 },
  { name: "note", label: "Note", placeholder: "Who it is for", max: 500 },
  { name: "returnUrl", label: "Return URL", type: "url", placeholder: "https://app.example.com/remote/done", max: 2000 },
];

/** Staff create a single-use, prefilled invitation to the create-company form. */
export function CreateCompanyLinkForm({ create }: Props) {
  const { pending, result, run } = useAction(create);
  const field = (f: FormData, k: string) => String(f.get(k) ?? "");
  return (
    <div className="space-y-4">
      <form
        className="grid gap-4 md:grid-cols-3 md:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          run({
            externalId: field(f, "externalId"),
            expiresInSeconds: field(f, "expiresInSeconds"),
            ...Object.fromEntries(TEXT.map((t) => [t.name, field(f, `cc-${t.name}`)])),
            lockOwnerEmail: f.get("lockOwnerEmail") === "on",
          });
        }}
      >
        <div>
          <label htmlFor="cc-externalId" className={label}>External id</label>
          <input id="cc-externalId" name="externalId" required maxLength={200} placeholder="e.g. cust_4812" className={`${input} mt-1`} />
        </div>
        <div>
          <label htmlFor="cc-expires" className={label}>Expires after</label>
          <select id="cc-expires" name="expiresInSeconds" defaultValue={String(WEEK)} className={`${input} mt-1`}>
            {LINK_EXPIRY_CHOICES.filter((c) => c.seconds <= WEEK).map((c) => (
              <option key={c.seconds} value={c.seconds}>{c.label}</option>
            ))}
          </select>
        </div>
        {TEXT.map((t) => (
          <div key={t.name}>
            <label htmlFor={`cc-${t.name}`} className={label}>{t.label} <span className="font-normal text-slate-600">(optional)</span></label>
            <input id={`cc-${t.name}`} name={`cc-${t.name}`} type={t.type ?? "text"} maxLength={t.max} placeholder={t.placeholder} className={`${input} mt-1`} />
          </div>
        ))}
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="lockOwnerEmail" className="h-4 w-4" /> Lock the owner&apos;s e-mail
        </label>
        <div>
          <button type="submit" className={btn.primary} disabled={pending}>{pending ? "Creating…" : "Create link"}</button>
        </div>
      </form>
      <Feedback result={result} pending={pending} pendingText="Creating the link…" />
      {result?.ok && result.data ? <CopyField id="new-create-company-link" label="New create-company link (single use)" value={result.data.url} /> : null}
    </div>
  );
}
