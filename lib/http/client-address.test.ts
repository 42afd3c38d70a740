import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("clientAddress", () => {
  it("trusts nothing without a configured proxy, since the client can write X-Forwarded-For", () => {
    expect(clientAddress(h("203.0.113.9"), 0)).toBeNull();
  });

  it("takes the entry our own proxies appended, not what the client sent", () => {
    // Client forged "1.1.1.1"; nginx appended the real peer 203.0.113.9.
    expect(clientAddress(h("1.1.1.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
    // Two proxies: a CDN appended the client, the load balancer appended the CDN.
    expect(clientAddress(h("1.1.1.1, 198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
    expect(clientAddress(h("2001:db8::1"), 1)).toBe("2001:db8::1");
  });

  it("refuses missing or malformed entries", () => {
    expect(clientAddress(h(), 1)).toBeNull();
    expect(clientAddress(h("10.0.0.2"), 2)).toBeNull();
    expect(clientAddress(h("not-an-ip"), 1)).toBeNull();
  });
});
