"use client";
import { useRef } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import { DEFAULT_LINK_EXPIRY_SECONDS, LINK_EXPIRY_CHOICES } from "@/lib/console/link-expiry";
import { CopyField } from "./copy-field";
import { Feedback } from "./feedback";
import { btn, input, label } from "./styles";
import { useAction } from "./use-action";

type Input = { externalId?: string; expiresInSeconds: string; note?: string; returnUrl?: string };
type Props = { create: (input: Input) => Promise<ActionResult<{ url: string; expiresAt: string }>> };

export function ConnectLinkForm({ create }: Props) {
  const { pending, result, run } = useAction(create);
  const form = useRef<HTMLFormElement>(null);
  return (
    <div className="space-y-4">
      <form
        ref={form}
        className="grid gap-4 md:grid-cols-[1fr_10rem_1fr_1fr_auto] md:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          run({ externalId: String(f.get("externalId") ?? ""), expiresInSeconds: String(f.get("expiresInSeconds")), note: String(f.get("note") ?? ""), returnUrl: String(f.get("returnUrl") ?? "") });
        }}
      >
        <div>
          <label htmlFor="externalId" className={label}>External id <span className="font-normal text-slate-600">(optional)</span></label>
          <input id="externalId" name="externalId" maxLength={200} placeholder="Your id for this customer, e.g. cust_4812" className={`${input} mt-1`} aria-describedby="externalId-hint" />
          <p id="externalId-hint" className="mt-1 text-xs text-slate-600">The connection will carry it, so your systems can find it.</p>
        </div>
        <div>
          <label htmlFor="expiresInSeconds" className={label}>Expires after</label>
          <select id="expiresInSeconds" name="expiresInSeconds" defaultValue={String(DEFAULT_LINK_EXPIRY_SECONDS)} className={`${input} mt-1`}>
            {LINK_EXPIRY_CHOICES.map((c) => (
              <option key={c.seconds} value={c.seconds}>{c.label}</option>
            ))}
          </select>
          <p className="mt-1 text-xs text-transparent" aria-hidden>.</p>
        </div>
        <div>
          <label htmlFor="note" className={label}>Note <span className="font-normal text-slate-600">(optional)</span></label>
          <input id="note" name="note" maxLength={500} placeholder="Who it is for" className={`${input} mt-1`} />
          <p className="mt-1 text-xs text-transparent" aria-hidden>.</p>
        </div>
        <div>
          <label htmlFor="returnUrl" className={label}>Return URL <span className="font-normal text-slate-600">(optional)</span></label>
          <input id="returnUrl" name="returnUrl" type="url" maxLength={2000} placeholder="https://app.example.com/remote/done" className={`${input} mt-1`} aria-describedby="returnUrl-hint" />
          <p id="returnUrl-hint" className="mt-1 text-xs text-slate-600">Where the admin goes afterwards, with a signed result. Origin must be in CONNECT_RETURN_ORIGINS.</p>
        </div>
        <div className="md:pb-5">
          <button type="submit" className={btn.primary} disabled={pending}>{pending ? "Creating…" : "Create link"}</button>
        </div>
      </form>
      <Feedback result={result} pending={pending} pendingText="Creating the link…" />
      {result?.ok && result.data ? <CopyField id="new-connect-link" label="New connect link (single use)" value={result.data.url} /> : null}
    </div>
  );
}
