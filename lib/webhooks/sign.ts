import "server-only";
import { Webhook } from "standardwebhooks";

export type SignedHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

/**
 * Standard Webhooks headers for one delivery. Every secret signs: during a rotation the old and the
 * new secret both appear in `webhook-signature` (space-separated), so a receiver holding either verifies.
 * `timestamp` is the moment of this attempt, not of the event: receivers reject stale timestamps.
 */
export function signHeaders(input: { id: string; timestamp: Date; body: string; secrets: string[] }): SignedHeaders {
  if (input.secrets.length === 0) throw new Error("signHeaders needs at least one secret");
  const signatures = input.secrets.map((s) => new Webhook(s).sign(input.id, input.timestamp, input.body));
  return {
    "webhook-id": input.id,
    "webhook-timestamp": String(Math.floor(input.timestamp.getTime() / 1000)),
    "webhook-signature": [...new Set(signatures)].join(" "),
  };
}
