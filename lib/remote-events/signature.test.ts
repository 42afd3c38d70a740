import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bodyDigest, checkTimestamp, MAX_AGE_MS, MAX_FUTURE_MS, remoteSignature, signatureMatches } from "./signature";

const key = "whsk_test_signing_key";
const body = Buffer.from('{"event_type":"payslip.released","company_id":"c1","payslip_id":"p1"}');
const ts = "1764633600000";
// Remote's scheme written out independently: hex HMAC-SHA256 over raw_body + ":" + timestamp.
const expected = createHmac("sha256", key).update(`${body.toString()}:${ts}`).digest("hex");

describe("Remote's webhook signature", () => {
  it("is hex HMAC-SHA256 over the raw body, a colon and the timestamp", () => {
    expect(remoteSignature(key, body, ts)).toBe(expected);
    expect(signatureMatches(key, body, ts, expected)).toBe(true);
    expect(signatureMatches(key, body, ts, expected.toUpperCase())).toBe(true);
  });

  it("refuses another key, body, timestamp, a truncated or missing signature", () => {
    expect(signatureMatches("other", body, ts, expected)).toBe(false);
    expect(signatureMatches(key, Buffer.from(body.toString().replace("p1", "p2")), ts, expected)).toBe(false);
    expect(signatureMatches(key, body, "1764633600001", expected)).toBe(false);
    expect(signatureMatches(key, body, ts, expected.slice(0, 63))).toBe(false);
    expect(signatureMatches(key, body, ts, `${expected}00`)).toBe(false);
    expect(signatureMatches(key, body, ts, "z".repeat(64))).toBe(false);
    expect(signatureMatches(key, body, ts, null)).toBe(false);
  });

  it("is over the raw bytes: the same JSON re-serialized does not verify", () => {
    const spaced = Buffer.from('{"event_type": "payslip.released", "company_id": "c1", "payslip_id": "p1"}');
    expect(signatureMatches(key, spaced, ts, expected)).toBe(false);
  });
});

describe("checkTimestamp", () => {
  const now = 1_764_633_600_000;
  it("accepts up to 5 minutes old and 1 minute ahead", () => {
    expect(checkTimestamp(String(now), now)).toBe("ok");
    expect(checkTimestamp(String(now - MAX_AGE_MS), now)).toBe("ok");
    expect(checkTimestamp(String(now + MAX_FUTURE_MS), now)).toBe("ok");
  });

  it("refuses older, further ahead, seconds-looking garbage and nothing", () => {
    expect(checkTimestamp(String(now - MAX_AGE_MS - 1), now)).toBe("stale");
    expect(checkTimestamp(String(now + MAX_FUTURE_MS + 1), now)).toBe("future");
    // A timestamp in seconds is decades old in milliseconds.
    expect(checkTimestamp(String(Math.floor(now / 1000)), now)).toBe("stale");
    expect(checkTimestamp("12ab", now)).toBe("missing");
    expect(checkTimestamp(null, now)).toBe("missing");
  });
});

describe("bodyDigest", () => {
  it("is the SHA-256 of the bytes: same bytes, same digest", () => {
    expect(bodyDigest(body)).toMatch(/^[0-9a-f]{64}$/);
    expect(bodyDigest(Buffer.from(body))).toBe(bodyDigest(body));
    expect(bodyDigest(Buffer.from(`${body} `))).not.toBe(bodyDigest(body));
  });
});
