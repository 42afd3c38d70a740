import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPENAPI_DTS, OPENAPI_JSON, renderOpenApiFiles } from "./openapi";

describe("committed OpenAPI document", () => {
  it("is what the contract generates (else: run `npm run openapi` and commit docs/)", async () => {
    const { json, dts } = await renderOpenApiFiles();
    const stale = "docs/openapi.json or docs/openapi.d.ts is stale: run `npm run openapi` and commit the result";
    expect(readFileSync(OPENAPI_JSON, "utf8") === json, stale).toBe(true);
    expect(readFileSync(OPENAPI_DTS, "utf8") === dts, stale).toBe(true);
  }, 60_000);
});
