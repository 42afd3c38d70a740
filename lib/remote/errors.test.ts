import { describe, expect, it } from "vitest";
import { excerpt } from "./errors";

describe("excerpt", () => {
  it("keeps ordinary text as it is", () => {
    expect(excerpt("The refresh token is invalid, expired or revoked")).toBe("The refresh token is invalid, expired or revoked");
    expect(excerpt("Company 3f2c1b9e-1d2a-4c3b-9a8e-0123456789ab not found")).toBe("Company 3f2c1b9e-1d2a-4c3b-9a8e-0123456789ab not found");
  });

  it("bounds the length to 200 characters", () => {
    const out = excerpt("word ".repeat(100));
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out.endsWith("…")).toBe(true);
  });

  it("strips control and invisible formatting characters", () => {
    expect(excerpt("bad\r\nInjected: header\u0000\u001b[31m\u202eevil")).toBe("bad Injected: header [31m evil");
  });

  it("masks token-looking strings: JWTs, base64url, hex", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    const opaque = "rt_9f8Zk2LmQ0xYv7Bn3Hc5Wd1Ts6Pa4Ge";
    const hex = "a3f9c2e871b04d5e9f60718293a4b5c6";
    const out = excerpt(`token ${jwt} refresh=${opaque} hash ${hex} end`);
    for (const secret of [jwt, opaque, hex, "eyJhbGciOiJIUzI1NiJ9", "9f8Zk2LmQ0xYv7Bn3Hc5Wd1Ts6Pa4Ge"]) expect(out).not.toContain(secret);
    expect(out).toBe("token [redacted] refresh=[redacted] hash [redacted] end");
  });

  it("gives an empty string for what is not text", () => {
    expect(excerpt(undefined)).toBe("");
    expect(excerpt({ message: "x" })).toBe("");
  });
});
