import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "dotenv";
import { describe, expect, it } from "vitest";
import { DEMO, parseEnv } from "../../lib/env/schema";
import { fillSecrets, generateAuthSecret, generateEncryptionKey } from "./env-file.mjs";

const root = path.resolve(__dirname, "../..");
const example = readFileSync(path.join(root, ".env.example"), "utf8");

describe("the .env that npm start creates", () => {
  it("fills TOKEN_ENCRYPTION_KEYS and AUTH_SECRET with fresh values that the app accepts", () => {
    const { text, generated } = fillSecrets(example);
    expect(generated).toEqual(expect.arrayContaining(["TOKEN_ENCRYPTION_KEYS", "AUTH_SECRET"]));
    const vars = parse(text);
    const env = parseEnv(vars);
    expect(env.TOKEN_ENCRYPTION_KEYS).not.toBe(DEMO.encryptionKeys);
    expect(env.AUTH_SECRET).not.toBe(DEMO.authSecret);
    expect(env.TOKEN_ENCRYPTION_KEYS).toMatch(/^k\d{8}:[A-Za-z0-9+/]{43}=$/);
    // Generated secrets are good enough for a real environment too (only the Remote client differs).
    expect(() =>
      parseEnv({ ...vars, REMOTE_ENVIRONMENT: "sandbox", REMOTE_CLIENT_ID: "real-id", REMOTE_CLIENT_SECRET: "real-secret" }),
    ).not.toThrow();
  });

  it("generates different secrets every time", () => {
    expect(fillSecrets(example).text).not.toBe(fillSecrets(example).text);
    expect(generateAuthSecret()).toHaveLength(64);
    expect(generateEncryptionKey(new Date("2026-01-02T00:00:00Z"))).toMatch(/^k20260102:/);
  });

  it("leaves every other line of .env.example as it is", () => {
    const before = example.split("\n");
    const after = fillSecrets(example).text.split("\n");
    expect(after).toHaveLength(before.length);
    const changed = before.filter((line, i) => line !== after[i]);
    expect(changed.every((line) => /^[A-Z_]+=$/.test(line))).toBe(true);
  });
});

describe("README.md", () => {
  it("documents every variable of .env.example in its configuration table", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const names = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(5);
    const missing = names.filter((n) => !readme.includes(`| \`${n}\` |`));
    expect(missing, "add these to the Configuration table in README.md").toEqual([]);
  });
});
