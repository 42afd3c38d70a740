import { describe, expect, it } from "vitest";
import { describeError } from "./error-report";
import { requestIdFrom } from "./request-id";

describe("describeError", () => {
  it("keeps the kind and a capped one-line message, without a stack or a code/state from a URL", () => {
    const e = Object.assign(new Error("fetch failed for https://app.example/connect/callback?code=SECRET-CODE&state=SECRET-STATE\n    at x (/srv/a.js:1:1)"), { code: "P1001" });
    const d = describeError(e);
    expect(d).toEqual({ name: "Error", message: expect.any(String), errorCode: "P1001" });
    expect(JSON.stringify(d)).not.toMatch(/SECRET-CODE|SECRET-STATE/);
    expect(describeError(new Error("x".repeat(1000))).message).toHaveLength(300);
    expect(describeError("a string")).toEqual({ name: "string", message: "non-Error thrown" });
  });
});

describe("requestIdFrom", () => {
  it("keeps a sane caller id and replaces anything else", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "3f2a9c1e-7d7b-4a5e-9b1c-0d2e4f6a8b0c" }))).toBe("3f2a9c1e-7d7b-4a5e-9b1c-0d2e4f6a8b0c");
    expect(requestIdFrom(new Headers({ "x-request-id": "bad\u0007id" }))).toMatch(/^[0-9a-f]{16}$/);
    expect(requestIdFrom(new Headers())).toMatch(/^[0-9a-f]{16}$/);
  });
});
