// One error type for everything that can go wrong talking to Remote, classified by what the caller
// should do about it rather than by HTTP status.

export type RemoteErrorKind =
  /** The grant (code or refresh token) is dead: the company must consent again. */
  | "invalid_grant"
  /** Our client id/secret were refused: a configuration problem. */
  | "invalid_client"
  /** Remote is rate-limiting us: retry after `retryAfterMs`. */
  | "rate_limited"
  /** 5xx, timeout, network failure or a reply that is not what Remote sends: retry later. */
  | "unavailable"
  /** 401 on an API call: the access token is no longer accepted. */
  | "unauthorized"
  | "forbidden"
  | "not_found"
  /** 422 or 400 with field or action errors (see `fieldErrors`, `actionErrors`). */
  | "validation"
  /** 409 company creation conflicts (see `conflict`). */
  | "conflict"
  | "bad_request";

export type FieldErrors = Record<string, string[]>;
export type ActionError = { action: string; code: string; message: string };
export type Conflict = { code: string; message: string; resourceId?: string };

export class RemoteError extends Error {
  readonly kind: RemoteErrorKind;
  readonly status?: number;
  /** Remote's own error code when it sent one (e.g. invalid_refresh_token). */
  readonly remoteCode?: string;
  readonly retryAfterMs?: number;
  readonly fieldErrors?: FieldErrors;
  readonly actionErrors?: ActionError[];
  readonly conflict?: Conflict;

  constructor(
    kind: RemoteErrorKind,
    message: string,
    extra: {
      status?: number;
      remoteCode?: string;
      retryAfterMs?: number;
      fieldErrors?: FieldErrors;
      actionErrors?: ActionError[];
      conflict?: Conflict;
    } = {},
  ) {
    super(message);
    this.name = "RemoteError";
    this.kind = kind;
    Object.assign(this, extra);
  }

  get temporary(): boolean {
    return this.kind === "unavailable" || this.kind === "rate_limited";
  }
}

/** Error codes Remote uses (both forms seen in the wild) for a refresh token or code that is dead. */
export const DEAD_GRANT_CODES = new Set(["invalid_grant", "invalid_refresh_token", "expired_token", "access_denied"]);

const EXCERPT_MAX = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A JWT (three dot-separated base64url parts), or a long run of base64url/base64/hex characters.
const JWT_LIKE = /[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
const RUN = /[A-Za-z0-9_\-+/]{20,}={0,2}/g;

/**
 * Remote's free text (error_description, message) as it may be stored, logged or shown: control
 * characters removed, anything that looks like a token masked, at most 200 characters. Remote may
 * echo what it was sent, and its text ends up in audit rows, the console and partner API replies.
 */
export function excerpt(text: unknown, max = EXCERPT_MAX): string {
  if (typeof text !== "string") return "";
  const masked = text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, " ")
    .replace(JWT_LIKE, "[redacted]")
    .replace(RUN, (run) => (UUID.test(run) || (run.length < 40 && !(/[0-9]/.test(run) && /[A-Za-z]/.test(run))) ? run : "[redacted]"))
    .replace(/\s+/g, " ")
    .trim();
  return masked.length <= max ? masked : `${masked.slice(0, max - 1).trimEnd()}…`;
}
