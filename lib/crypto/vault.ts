import "server-only";
import { getEnv } from "../env";
import { parseKeyRing, type KeyRing } from "./key-ring";
import { open, seal } from "./sealed-box";

export { DecryptError } from "./sealed-box";

/** Where a secret lives; bound into the ciphertext as associated data. */
export type SecretSlot =
  | { table: "Connection"; id: string; field: "refreshToken" | "accessToken" }
  | { table: "PartnerToken"; id: string; field: "accessToken" }
  | { table: "PendingAuthorization"; id: string; field: "codeVerifier" }
  | { table: "ConnectLink"; id: string; field: "token" }
  | { table: "CreateCompanyLink"; id: string; field: "token" }
  | { table: "WebhookEndpoint"; id: string; field: "secret" | "previousSecret" }
  | { table: "RemoteSubscription"; id: string; field: "signingKey" };

export function slotAad(slot: SecretSlot): string {
  return `${slot.table}:${slot.id}:${slot.field}`;
}

let ring: KeyRing | undefined;
function keyRing(): KeyRing {
  ring ??= parseKeyRing(getEnv().TOKEN_ENCRYPTION_KEYS);
  return ring;
}

export function encryptSecret(slot: SecretSlot, plaintext: string): string {
  return seal(keyRing(), plaintext, slotAad(slot));
}

export function decryptSecret(slot: SecretSlot, sealed: string): string {
  return open(keyRing(), sealed, slotAad(slot));
}
