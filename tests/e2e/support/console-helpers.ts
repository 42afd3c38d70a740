// Helpers for the staff console specs: staff users, sign-in, direct server-action calls.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { cli } from "./app";
import { E2E } from "./ports";

const root = path.resolve(__dirname, "../../..");

export const NOT_SIGNED_IN = "Your session has ended. Sign in again to continue.";
export const VIEWER_CANNOT_ACT = "Your role is viewer: you can look but not act. Ask an admin to do this.";

/** Creates (or resets) a staff user through `npm run staff:create` against the e2e database. */
export function createStaff(email: string, role: "admin" | "viewer", password: string): void {
  cli("staff:create", ["--email", email, "--role", role, "--password", password]);
}

export async function signIn(page: Page, email: string, password: string, expectUrl: string | RegExp = `${E2E.appUrl}/console`) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(expectUrl);
}

export const CONSOLE_URLS = ["/console", "/console/connect-links", "/console/create-company-links", "/console/api-keys", "/console/webhooks", "/console/remote-events", "/console/audit", "/console/settings"];

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> };

/** Every server action of the console (file, export, id, and a page that serves it), from the build's manifest. */
export function consoleActions(): { file: string; name: string; id: string; pagePath: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .filter(([, a]) => a.filename?.startsWith("app/console/"))
    .map(([id, a]) => {
      const worker = Object.keys(a.workers)[0];
      return { file: a.filename!, name: a.exportedName!, id, pagePath: worker.replace(/^app/, "").replace(/\/page$/, "") };
    })
    .sort((x, y) => `${x.file}${x.name}`.localeCompare(`${y.file}${y.name}`));
}

/**
 * Calls a server action the way the browser does (Next-Action header, serialized arguments),
 * bypassing the UI entirely. Returns the raw RSC reply, which carries the action's return value.
 */
export async function callAction(request: APIRequestContext, action: { id: string; pagePath: string }, args: unknown[], params: Record<string, string> = {}) {
  const pagePath = action.pagePath.replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? "x");
  const res = await request.post(pagePath, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: E2E.appUrl,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text(), location: res.headers()["location"] };
}

/** Plausible arguments for each console action (the guards must refuse before they matter). */
export function argsFor(name: string, ids: { connectionId?: string; linkId?: string; keyId?: string } = {}): unknown[] {
  const connectionId = ids.connectionId ?? "cnotarealconnection000";
  switch (name) {
    case "createLinkAction":
      return [{ externalId: "attacker-made", expiresInSeconds: "86400", note: "direct call" }];
    case "revokeLinkAction":
      return [{ linkId: ids.linkId ?? "cnotarealink0000000" }];
    case "createApiKeyAction":
      return [{ name: "attacker-made" }];
    case "revokeApiKeyAction":
      return [{ keyId: ids.keyId ?? "cnotarealkey0000000" }];
    case "signOutAction":
      return [];
    default:
      return [{ connectionId }];
  }
}
