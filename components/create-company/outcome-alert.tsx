import type { ReactNode, Ref } from "react";
import { CONSENT_FAILURES, isConsentFailure } from "@/lib/consent/failures";
import type { FailedOutcome } from "@/lib/companies/outcome";
import * as s from "./styles";

type Message = { title: string; body: ReactNode; connectPath?: string | null; tone: "error" | "warning" };

function describe(o: FailedOutcome): Message {
  switch (o.kind) {
    case "invalid":
      return {
        tone: "error",
        title: "Please check the highlighted fields",
        body: o.connectPath ? (
          <>
            {o.fieldErrors._form ?? "Some answers need a change before Remote can create the company."} If the owner already has a Remote
            account, you can connect that company instead.
          </>
        ) : (
          (o.fieldErrors._form ?? "Some answers need a change before Remote can create the company. Everything you typed is still here.")
        ),
        connectPath: o.connectPath,
      };
    case "conflict":
      return o.code === "resource_not_eligible"
        ? {
            tone: "warning",
            title: "Remote can't create this company here",
            body: "Remote reports that this company already has employees in countries this integration supports, so it cannot be created through us. If the company already uses Remote, connect it instead: a company admin signs in on Remote and chooses Allow.",
            connectPath: o.connectPath,
          }
        : {
            tone: "warning",
            title: "This company is already on Remote",
            body: "Remote already has a company with this tax or registration number. If it is yours, connect it instead: a company admin signs in on Remote and chooses Allow. If the number is wrong, correct it and try again.",
            connectPath: o.connectPath,
          };
    case "terms_expired":
      return { tone: "warning", title: "Please accept the terms again", body: "Remote needs an acceptance from the last 15 minutes. Nothing was sent. Tick the box again, then press Create." };
    case "unavailable":
      return {
        tone: "warning",
        title: o.rateLimited ? "Remote is busy right now" : "Remote is not responding",
        body: `Nothing was created or stored, and your answers are kept. Please try again ${o.retryAfterSeconds ? `in ${o.retryAfterSeconds} seconds` : "in a minute"}.`,
      };
    case "in_progress":
      return { tone: "warning", title: "Still working on it", body: "Your company is still being created. Wait a few seconds and press Create again: it will not create a second company." };
    case "interrupted":
      return {
        tone: "warning",
        title: "We couldn't confirm your earlier attempt",
        body: "An earlier submission of this form did not finish. If Remote emailed the owner, connect the company instead; otherwise press Create again.",
        connectPath: "/connect/start",
      };
    case "form_expired":
      return { tone: "warning", title: "This form was refreshed", body: "The form had been open for too long, so we renewed it. Your answers are kept: check them and press Create again." };
    case "link_invalid": {
      const f = CONSENT_FAILURES[isConsentFailure(o.reason) ? o.reason : "link_unknown"];
      return { tone: "error", title: f.title, body: f.message };
    }
    case "misconfigured":
      return { tone: "error", title: "This service is not set up to create Remote companies", body: "Nothing was created. Please contact the team that sent you here." };
    case "too_many_attempts":
      return {
        tone: "warning",
        title: "Too many attempts",
        body: `This form was sent too often from your network. Nothing was created, and your answers are kept. Please try again in ${Math.ceil(o.retryAfterSeconds / 60)} minute(s).`,
      };
    case "error":
      return { tone: "error", title: "Something went wrong on our side", body: "Nothing was stored. Please try again; your answers are kept." };
  }
}

/** The form-level message after a submit that did not create a company. Focused when it appears. */
export function OutcomeAlert({ outcome, ref }: { outcome: FailedOutcome; ref?: Ref<HTMLDivElement> }) {
  const m = describe(outcome);
  const tone = m.tone === "error" ? "border-red-200 bg-red-50 text-red-900" : "border-amber-200 bg-amber-50 text-amber-950";
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-outcome={outcome.kind} className={`rounded-xl border p-4 focus:outline-none ${tone}`}>
      <p className="font-semibold">{m.title}</p>
      <p className="mt-1 text-sm">{m.body}</p>
      {m.connectPath && (
        <a href={m.connectPath} className={`mt-3 inline-block text-sm ${s.textLink}`}>
          Connect an existing Remote company instead
        </a>
      )}
    </div>
  );
}
