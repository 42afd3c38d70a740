import "server-only";
import { decryptSecret, encryptSecret } from "../crypto/vault";

/** How long a rotated-out secret keeps signing alongside the new one. */
export const PREVIOUS_SECRET_OVERLAP_MS = 24 * 3600 * 1000;

type SecretColumns = { id: string; secretEnc: string; previousSecretEnc: string | null; previousSecretExpiresAt: Date | null };

export function sealEndpointSecret(endpointId: string, field: "secret" | "previousSecret", secret: string): string {
  return encryptSecret({ table: "WebhookEndpoint", id: endpointId, field }, secret);
}

/**
 * The secrets a delivery is signed with right now: the current one, plus the previous one while its
 * overlap lasts (Standard Webhooks allows several signatures in one header, so receivers can switch
 * over at their own pace).
 */
export function signingSecrets(row: SecretColumns, now = new Date()): string[] {
  const secrets = [decryptSecret({ table: "WebhookEndpoint", id: row.id, field: "secret" }, row.secretEnc)];
  if (row.previousSecretEnc && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now) {
    secrets.push(decryptSecret({ table: "WebhookEndpoint", id: row.id, field: "previousSecret" }, row.previousSecretEnc));
  }
  return secrets;
}
