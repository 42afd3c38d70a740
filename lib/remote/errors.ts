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
