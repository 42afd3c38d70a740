import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { consentOnRemote, emulator } from "./support/app";
import { E2E } from "./support/ports";

const root = path.resolve(__dirname, "../..");
const sqlite = E2E.databaseUrl.startsWith("file:");
type Sqlite = { exec: (sql: string) => void; close: () => void };

/**
 * Holds SQLite's write lock from another process, like a long migration or a stuck writer: reads
 * still work (WAL), every write of the app waits out its busy timeout and then fails.
 */
async function withWriterHoldingTheDatabase<T>(run: () => Promise<T>): Promise<T> {
  const Database = createRequire(__filename)("better-sqlite3") as new (file: string) => Sqlite;
  const db = new Database(path.resolve(root, E2E.databaseUrl.replace(/^file:/, "").split("?")[0]));
  db.exec("BEGIN IMMEDIATE");
  try {
    return await run();
  } finally {
    db.exec("ROLLBACK");
    db.close();
  }
}

/** Shows no stack trace, no internal message and no OAuth code. */
async function expectNothingInternal(page: Page) {
  const html = await page.content();
  expect(html).not.toMatch(/\bat [\w.<>]+ \(|node_modules|DatabaseBusyError|SQLITE_|Prisma|[?&]code=/);
}

test.beforeAll(async () => {
  await emulator("POST", "/reset");
});

test("a callback held behind another writer ends on the busy page with a reference, and a fresh start then works", async ({ page }) => {
  test.skip(!sqlite, "the writer lock is SQLite's; PostgreSQL outages are covered by the integration tests");
  let callbackUrl = "";
  page.on("request", (r) => {
    if (r.url().startsWith(`${E2E.appUrl}/connect/callback`)) callbackUrl = r.url();
  });
  await page.goto("/");
  await page.getByRole("link", { name: "Connect Remote" }).click();
  await withWriterHoldingTheDatabase(async () => {
    await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/);
    // The app waits out its busy timeout (5 s by default) before it gives up on the write.
    await expect(page).toHaveURL(/\/connect\/error\?reason=service_busy&ref=[0-9a-f]{16}$/, { timeout: 30_000 });
  });
  const code = new URL(callbackUrl).searchParams.get("code")!;
  expect(code).toBeTruthy();
  const ref = new URL(page.url()).searchParams.get("ref")!;
  expect(page.url()).not.toContain(code);
  await expect(page.getByRole("heading", { name: "Our service is briefly busy" })).toBeVisible();
  await expect(page.getByTestId("error-reference")).toHaveText(ref);
  await expectNothingInternal(page);
  expect(await page.content()).not.toContain(code);

  // The server logged the failure under the same reference, without the code.
  const log = readFileSync(path.join(root, process.env.E2E_APP_LOG ?? "data/e2e-app.log"), "utf8");
  expect(log).toContain(`"ref":"${ref}"`);
  expect(log).not.toContain(code);

  await page.getByRole("link", { name: "Start again" }).click();
  await consentOnRemote(page, /Jane Doe — Acme Robotics GmbH/);
  await expect(page.getByRole("heading", { name: "Acme Robotics GmbH is connected to Remote" })).toBeVisible();
});

test("a sign-in while another writer holds the database says the service is busy, not 'wrong password'", async ({ page }) => {
  test.skip(!sqlite, "the writer lock is SQLite's");
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("someone@e2e.test");
  await page.getByLabel("Password").fill("any-password-at-all");
  await withWriterHoldingTheDatabase(async () => {
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(/briefly busy.*reference [0-9a-f]{16}/)).toBeVisible({ timeout: 30_000 });
  });
  await expect(page.getByText("Wrong e-mail address or password.")).toHaveCount(0);
  await expectNothingInternal(page);
});

test("the consent error page shows the reference it was given, and nothing else of the failure", async ({ page }) => {
  await page.goto("/connect/error?reason=unexpected&ref=abc123");
  await expect(page.getByRole("heading", { name: "Something went wrong on our side" })).toBeVisible();
  await expect(page.getByTestId("error-reference")).toHaveText("abc123");
  await expect(page.getByRole("link", { name: "Start again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remote Connect" })).toBeVisible();
  await expectNothingInternal(page);

  // Something that is not a reference is not echoed.
  await page.goto(`/connect/error?reason=unexpected&ref=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(page.getByRole("heading", { name: "Something went wrong on our side" })).toBeVisible();
  await expect(page.getByTestId("error-reference")).toHaveCount(0);
});
