// Parses TOKEN_ENCRYPTION_KEYS ("kid:base64key,..."): the first key encrypts, every key decrypts.
export type KeyRing = { primary: string; keys: Map<string, Buffer> };

export function parseKeyRing(spec: string): KeyRing {
  const keys = new Map<string, Buffer>();
  for (const entry of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const sep = entry.indexOf(":");
    const kid = entry.slice(0, sep);
    const key = Buffer.from(entry.slice(sep + 1), "base64");
    if (sep <= 0 || !/^[A-Za-z0-9_-]{1,32}$/.test(kid)) throw new Error("TOKEN_ENCRYPTION_KEYS: bad key id");
    if (key.length !== 32) throw new Error(`TOKEN_ENCRYPTION_KEYS: key ${kid} is not 32 bytes`);
    if (keys.has(kid)) throw new Error(`TOKEN_ENCRYPTION_KEYS: key id ${kid} appears twice`);
    keys.set(kid, key);
  }
  const primary = keys.keys().next().value;
  if (!primary) throw new Error("TOKEN_ENCRYPTION_KEYS: no key");
  return { primary, keys };
}
