import { describe, expect, it } from "vitest";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { generateWebhookSecret } from "./secret";
import { signHeaders } from "./sign";

const body = JSON.stringify({ type: "ping", timestamp: "2026-12-01T00:00:00Z", data: {} });

describe("signHeaders", () => {
  it("produces Standard Webhooks headers that the library verifies", () => {
    const secret = generateWebhookSecret();
    const now = new Date();
    const headers = signHeaders({ id: "evt_1", timestamp: now, body, secrets: [secret] });
    expect(headers["webhook-id"]).toBe("evt_1");
    expect(headers["webhook-timestamp"]).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("signs with every secret during a rotation, so receivers holding either one verify", () => {
    const [oldSecret, newSecret] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = signHeaders({ id: "evt_2", timestamp: new Date(), body, secrets: [newSecret, oldSecret] });
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(newSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow(WebhookVerificationError);
  });

  it("binds the signature to id, timestamp and body", () => {
    const secret = generateWebhookSecret();
    const headers = signHeaders({ id: "evt_3", timestamp: new Date(), body, secrets: [secret] });
    const wh = new Webhook(secret);
    expect(() => wh.verify(body + " ", headers)).toThrow(WebhookVerificationError);
    expect(() => wh.verify(body, { ...headers, "webhook-id": "evt_4" })).toThrow(WebhookVerificationError);
    expect(() => wh.verify(body, { ...headers, "webhook-timestamp": String(Number(headers["webhook-timestamp"]) - 1) })).toThrow(
      WebhookVerificationError,
    );
  });

  it("refuses to sign without a secret", () => {
    expect(() => signHeaders({ id: "evt_5", timestamp: new Date(), body, secrets: [] })).toThrow(/at least one secret/);
  });
});
