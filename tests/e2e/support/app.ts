import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { E2E } from "./ports";

const root = path.resolve(__dirname, "../../..");

/** Calls the emulator's control API (test mode). */
export async function emulator<T = unknown>(method: string, p: string, body?: unknown): Promise<T> {
  const res = await fetch(`${E2E.emulatorUrl}/__emulator${p}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`emulator ${method} ${p}: ${res.status}`);
  return (await res.json().catch(() => undefined)) as T;
}

/** Runs one of the project's npm CLI scripts against the e2e database; returns its last output line. */
export function cli(script: string, args: string[]): string {
  const r = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    cwd: root,
    env: { ...process.env, ...E2E.appEnv, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr || r.stdout}`);
  return r.stdout.trim().split("\n").pop()!;
}

/** On the emulator's consent page: sign in as the given admin and choose Allow or Deny. */
export async function consentOnRemote(page: Page, accountLabel: RegExp, decision: "Allow" | "Deny" = "Allow") {
  await expect(page).toHaveURL(new RegExp(`^${E2E.emulatorUrl}/auth/oauth2/authorize`));
  await page.getByLabel(accountLabel).check();
  await page.getByRole("button", { name: decision }).click();
}
