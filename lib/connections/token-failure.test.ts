import { describe, expect, it } from "vitest";
import { RemoteError } from "../remote/errors";
import { coolDownFor, toTokenFailure } from "./token-failure";

describe("toTokenFailure", () => {
  it("grows the cool-down with failures in a row, up to 5 minutes", () => {
    expect([1, 2, 3, 4].map(coolDownFor)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(coolDownFor(9)).toBe(300_000);
    expect(coolDownFor(1000)).toBe(300_000);
  });

  it("lets Remote's reset hint win when it is longer", () => {
    expect(toTokenFailure(new RemoteError("rate_limited", "x", { retryAfterMs: 30_000 }), "refresh_token", 1).coolDownMs).toBe(30_000);
    expect(toTokenFailure(new RemoteError("rate_limited", "x", { retryAfterMs: 1_000 }), "refresh_token", 3).coolDownMs).toBe(8_000);
  });

  it("tells partner-wide, per-company, refused and temporary failures apart", () => {
    expect(toTokenFailure(new RemoteError("invalid_client", "x", { remoteCode: "unauthorized_client" }), "refresh_token", 1)).toMatchObject({ scope: "client", code: "misconfigured", reason: "unauthorized_client" });
    expect(toTokenFailure(new RemoteError("invalid_grant", "x"), "refresh_token", 1)).toMatchObject({ scope: "dead_grant", code: "needs_reconnect" });
    expect(toTokenFailure(new RemoteError("bad_request", "x", { remoteCode: "invalid_scope" }), "refresh_token", 1)).toMatchObject({ scope: "refused", reason: "invalid_scope" });
    expect(toTokenFailure(new RemoteError("invalid_grant", "x"), "client_credentials", 1)).toMatchObject({ scope: "refused" });
    expect(toTokenFailure(new RemoteError("invalid_client", "x", { remoteCode: "invalid_client" }), "client_credentials", 1)).toMatchObject({ scope: "client" });
    expect(toTokenFailure(new RemoteError("invalid_client", "x", { remoteCode: "unauthorized_client" }), "client_credentials", 1)).toMatchObject({ scope: "refused", code: "misconfigured", reason: "unauthorized_client" });
    expect(toTokenFailure(new Error("boom"), "client_credentials", 2)).toMatchObject({ scope: "temporary", code: "temporarily_unavailable", coolDownMs: 4_000 });
  });
});
