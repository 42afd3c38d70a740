// Creates .env from .env.example on first start, with freshly generated local secrets.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One key-ring entry, `k<yyyymmdd>:<base64 of 32 random bytes>` (the format parseEnv accepts). */
export function generateEncryptionKey(date = new Date()) {
  const day = date.toISOString().slice(0, 10).replaceAll("-", "");
  return `k${day}:${randomBytes(32).toString("base64")}`;
}

/** 48 random bytes, base64url (64 characters). */
export function generateAuthSecret() {
  return randomBytes(48).toString("base64url");
}

const GENERATORS = {
  TOKEN_ENCRYPTION_KEYS: () => generateEncryptionKey(),
  AUTH_SECRET: () => generateAuthSecret(),
};

/**
 * Fills the empty secrets of an .env.example text: the variables we know how to generate, and any
 * other empty variable whose comment block says GENERATED (a random base64url string).
 * Returns { text, generated: [names] }.
 */
export function fillSecrets(example) {
  const generated = [];
  let inGeneratedBlock = false;
  const lines = example.split("\n").map((line) => {
    if (line.trim() === "") {
      inGeneratedBlock = false;
      return line;
    }
    if (line.trimStart().startsWith("#")) {
      if (/\bGENERATED\b/.test(line)) inGeneratedBlock = true;
      return line;
    }
    const m = line.match(/^([A-Z][A-Z0-9_]*)=\s*$/);
    if (m) {
      const name = m[1];
      const make = GENERATORS[name] ?? (inGeneratedBlock ? () => randomBytes(32).toString("base64url") : undefined);
      if (make) {
        generated.push(name);
        return `${name}=${make()}`;
      }
    }
    return line;
  });
  return { text: lines.join("\n"), generated };
}

/**
 * Creates `<root>/.env` from `.env.example` when absent (mode 0600). Never overwrites.
 * Returns { created, generated }.
 */
export function ensureEnvFile(root) {
  const target = path.join(root, ".env");
  if (existsSync(target)) return { created: false, generated: [] };
  const examplePath = path.join(root, ".env.example");
  if (!existsSync(examplePath)) throw new Error(".env.example is missing: cannot create .env");
  const { text, generated } = fillSecrets(readFileSync(examplePath, "utf8"));
  const stamp = `# Created by \`npm start\` on ${new Date().toISOString()} from .env.example. Keep it secret.\n`;
  writeFileSync(target, stamp + text, { mode: 0o600, flag: "wx" });
  return { created: true, generated };
}
