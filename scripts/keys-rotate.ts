// npm run keys:rotate — re-encrypts every stored token under the first key of TOKEN_ENCRYPTION_KEYS.
import "dotenv/config";
import { rotateEncryptionKeys } from "../lib/crypto/rotate";
import { parseKeyRing } from "../lib/crypto/key-ring";
import { getEnv } from "../lib/env";

async function main() {
  const ring = parseKeyRing(getEnv().TOKEN_ENCRYPTION_KEYS);
  console.log(`Re-encrypting stored secrets under key "${ring.primary}" (ring: ${[...ring.keys.keys()].join(", ")})`);
  const r = await rotateEncryptionKeys((m) => console.log(`  ${m}`));
  console.log(`Done: ${r.rewritten} rewritten, ${r.alreadyCurrent} already current, ${r.skippedConcurrent} changed concurrently (already fresh), ${r.unreadable} unreadable.`);
  if (r.unreadable > 0) {
    console.error("Some values could not be decrypted with any key in TOKEN_ENCRYPTION_KEYS: keep the old keys in the ring until they are fixed.");
    process.exit(1);
  }
  if (r.rewritten + r.skippedConcurrent === 0) console.log("Nothing to do. Once every app process runs with the new ring, old keys may be removed from it.");
  process.exit(0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
