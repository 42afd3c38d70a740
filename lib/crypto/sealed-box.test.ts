import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKeyRing } from "./key-ring";
import { DecryptError, keyIdOf, open, seal } from "./sealed-box";

const k = (kid: string) => `${kid}:${randomBytes(32).toString("base64")}`;

describe("sealed box", () => {
  const ring = parseKeyRing([k("a"), k("b")].join(","));

  it("round-trips and never contains the plaintext", () => {
    const sealed = seal(ring, "refresh-token-canary-123", "Connection:c1:refreshToken");
    expect(sealed).not.toContain("canary");
    expect(keyIdOf(sealed)).toBe("a");
    expect(open(ring, sealed, "Connection:c1:refreshToken")).toBe("refresh-token-canary-123");
  });

  it("uses a fresh IV on every write", () => {
    expect(seal(ring, "x", "aad")).not.toBe(seal(ring, "x", "aad"));
  });

  it("refuses a value moved to another row or field", () => {
    const sealed = seal(ring, "secret", "Connection:c1:refreshToken");
    expect(() => open(ring, sealed, "Connection:c2:refreshToken")).toThrow(DecryptError);
    expect(() => open(ring, sealed, "Connection:c1:accessToken")).toThrow(DecryptError);
  });

  it("refuses a tampered ciphertext, tag or iv", () => {
    const sealed = seal(ring, "secret-value", "aad");
    const parts = sealed.split(".");
    for (const i of [2, 3, 4]) {
      const copy = [...parts];
      const bytes = Buffer.from(copy[i], "base64url");
      bytes[0] ^= 1;
      copy[i] = bytes.toString("base64url");
      expect(() => open(ring, copy.join("."), "aad")).toThrow(DecryptError);
    }
  });

  it("refuses a truncated tag, even a valid prefix of the real one", () => {
    const sealed = seal(ring, "secret-value", "aad");
    const parts = sealed.split(".");
    for (const bytes of [12, 8, 4]) {
      const copy = [...parts];
      copy[4] = Buffer.from(parts[4], "base64url").subarray(0, bytes).toString("base64url");
      expect(() => open(ring, copy.join("."), "aad")).toThrow(DecryptError);
    }
  });

  it("decrypts with any key in the ring and encrypts with the first", () => {
    const old = parseKeyRing(k("old"));
    const sealed = seal(old, "v", "aad");
    const rotated = parseKeyRing([k("new"), `old:${old.keys.get("old")!.toString("base64")}`].join(","));
    expect(open(rotated, sealed, "aad")).toBe("v");
    expect(keyIdOf(seal(rotated, "v", "aad"))).toBe("new");
    expect(() => open(parseKeyRing(k("other")), sealed, "aad")).toThrow(/not in TOKEN_ENCRYPTION_KEYS/);
  });

  it("rejects malformed key rings", () => {
    expect(() => parseKeyRing("a:" + randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
    expect(() => parseKeyRing([k("a"), k("a")].join(","))).toThrow(/twice/);
  });
});
