// What a company creation can end as. Never holds a token: these objects reach the browser.
import type { FieldErrorMap } from "./fields";

/** The company exists on Remote (now or from an earlier submit of the same form). */
export type CreatedOutcome = {
  kind: "connected" | "needs_consent";
  companyName: string;
  remoteCompanyId: string;
  connectionId: string | null;
  /** Remote emailed the owner a link to set a password. */
  passwordEmailSent: boolean;
  /** Where to give consent when Remote returned no tokens (`/connect/start` or `/connect/<link>/start`). */
  connectPath: string | null;
  /** This submit found the result of an earlier one: nothing new was sent to Remote. */
  repeated: boolean;
};

export type FailedOutcome =
  /** Fix the fields shown (our own checks or Remote's 422). `connectPath` when the owner already has an account. */
  | { kind: "invalid"; fieldErrors: FieldErrorMap; connectPath?: string | null }
  /** Remote's 409: the company is already on Remote or not eligible; connect it instead. */
  | { kind: "conflict"; code: string; message: string; connectPath: string }
  /** The terms were accepted too long ago: ask again, nothing was sent. */
  | { kind: "terms_expired" }
  /** Remote is down or rate-limiting: nothing was stored, the same form may be sent again. */
  | { kind: "unavailable"; rateLimited: boolean; retryAfterSeconds?: number }
  /** An earlier submit of this form is still running (or was interrupted). */
  | { kind: "in_progress" }
  | { kind: "interrupted" }
  /** The form is too old or was not issued by us: a fresh one was issued. */
  | { kind: "form_expired" }
  | { kind: "link_invalid"; reason: string }
  | { kind: "misconfigured" }
  /** Too many submissions from this address: a guard for Remote's shared per-client rate limit. */
  | { kind: "too_many_attempts"; retryAfterSeconds: number }
  | { kind: "error" };

export type CreationOutcome = CreatedOutcome | FailedOutcome;

export function isCreated(o: CreationOutcome): o is CreatedOutcome {
  return o.kind === "connected" || o.kind === "needs_consent";
}
