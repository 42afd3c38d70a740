import { expect, test } from "@playwright/test";

// The API reference is public and works without JavaScript: every operation is in the server's HTML.
test.use({ javaScriptEnabled: false });

test("the API reference renders every operation without a session or script, linked to the public document", async ({ page, request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Remote Connect partner API");
  for (const op of operations) await expect(page.locator(`[data-operation="${op}"]`)).toHaveCount(1);
  // Anchors: the table of contents jumps to an operation.
  await page.getByRole("link", { name: "POST /api/v1/connections/{id}/access-token" }).click();
  await expect(page).toHaveURL(/#post-api-v1-connections-id-access-token$/);
  await expect(page.locator("#post-api-v1-connections-id-access-token")).toContainText("tokens:issue");
});
