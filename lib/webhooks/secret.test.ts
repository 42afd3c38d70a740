import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { generateWebhookSecret, isWebhookSecret } from "./secret";

describe("generateWebhookSecret", () => {
  it("makes whsec_ + base64 of 32 random bytes that the standardwebhooks library accepts", () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), "base64")).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(isWebhookSecret(a)).toBe(true);
    expect(() => new Webhook(a)).not.toThrow();
  });

  it("recognises only well-formed secrets of 24 to 64 bytes", () => {
    expect(isWebhookSecret("whsec_" + Buffer.alloc(24, 1).toString("base64"))).toBe(true);
    expect(isWebhookSecret("whsec_" + Buffer.alloc(16, 1).toString("base64"))).toBe(false);
    expect(isWebhookSecret(Buffer.alloc(32, 1).toString("base64"))).toBe(false);
    expect(isWebhookSecret("whsec_not base64!")).toBe(false);
  });
});
