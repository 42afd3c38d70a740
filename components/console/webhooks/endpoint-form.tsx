"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import { Feedback } from "../feedback";
import { btn, input, label, link } from "../styles";
import { useAction } from "../use-action";
import { SecretReveal } from "./secret-reveal";

export type CreateEndpointInput = { url: string; description: string; events: string[] };
type Props = {
  eventTypes: readonly string[];
  create: (input: CreateEndpointInput) => Promise<ActionResult<{ endpointId: string; secret: string }>>;
};

export function WebhookEndpointForm({ eventTypes, create }: Props) {
  const { pending, result, run } = useAction(create);
  const form = useRef<HTMLFormElement>(null);
  const created = result?.ok && result.data ? result.data : null;
  // A created endpoint clears the form, so a second click cannot add it twice.
  useEffect(() => {
    if (created) form.current?.reset();
  }, [created]);
  return (
    <div className="space-y-4">
      <form
        ref={form}
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          run({ url: String(f.get("url") ?? ""), description: String(f.get("description") ?? ""), events: f.getAll("events").map(String) });
        }}
      >
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor="webhook-url" className={label}>Endpoint URL</label>
            <input id="webhook-url" name="url" type="url" required maxLength={2048} placeholder="https://partner.example/webhooks/remote-connect" className={`${input} mt-1`} aria-describedby="webhook-url-hint" />
            <p id="webhook-url-hint" className="mt-1 text-xs text-slate-600">HTTPS, reachable from this server. Each event is POSTed here as JSON, signed.</p>
          </div>
          <div>
            <label htmlFor="webhook-description" className={label}>Description <span className="font-normal text-slate-600">(optional)</span></label>
            <input id="webhook-description" name="description" maxLength={500} placeholder="e.g. billing-service production" className={`${input} mt-1`} />
          </div>
        </div>
        <fieldset>
          <legend className={label}>Events</legend>
          <p className="text-xs text-slate-600">Leave all unchecked to receive every event, including relayed Remote events and types added later. <code>remote.*</code> is every relayed Remote event (see Settings → Relayed Remote events); the API also takes single ones such as <code>remote.payslip.released</code>.</p>
          <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {eventTypes.map((t) => (
              <label key={t} className="inline-flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="events" value={t} className="h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600" />
                <code className="text-xs">{t}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className={btn.primary} disabled={pending}>{pending ? "Creating…" : "Create endpoint"}</button>
      </form>
      <Feedback result={result} pending={pending} pendingText="Checking the URL and creating the endpoint…" />
      {created ? (
        <div className="space-y-2">
          <SecretReveal secret={created.secret} />
          <Link href={`/console/webhooks/${created.endpointId}`} className={`${link} text-sm`}>Open the endpoint&apos;s deliveries</Link>
        </div>
      ) : null}
    </div>
  );
}
