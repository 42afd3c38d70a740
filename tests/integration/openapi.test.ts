import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ApiDocsPage from "@/app/docs/api/page";
import { GET } from "@/app/api/v1/openapi.json/route";
import { buildOpenApiDocument } from "@/lib/partner-api/openapi";

const API_DIR = path.resolve(__dirname, "../../app/api/v1");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every route file under app/api/v1 as "METHOD /api/v1/template" ([id] → {id}, [...path] → {path}). */
function routeOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "route.ts") {
        const template = "/api/v1/" + path.relative(API_DIR, dir).split(path.sep).map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, "{$1}").replace(/^\[(\w+)\]$/, "{$1}")).join("/");
        const src = readFileSync(full, "utf8");
        for (const m of HTTP_METHODS) if (new RegExp(`export (const|async function|function) ${m}\\b`).test(src)) found.push(`${m} ${template.replace(/\/$/, "")}`);
      }
    }
  };
  walk(API_DIR);
  return found.sort();
}

function documentOperations(doc: { paths?: Record<string, object> }): string[] {
  return Object.entries(doc.paths ?? {})
    .flatMap(([p, item]) => Object.keys(item).filter((k) => HTTP_METHODS.includes(k.toUpperCase())).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("documents exactly the routes under app/api/v1, every exported method", () => {
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(20);
    expect(documentOperations(doc)).toEqual(routes);
  });

  it("names every operation's scope in its security requirement, and documents webhooks with their signature headers", () => {
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      for (const [m, op] of Object.entries(item as Record<string, { security?: Record<string, string[]>[]; "x-scope"?: string; responses: Record<string, unknown> }>)) {
        if (op["x-scope"]) {
          expect(op.security?.[0], `${m} ${p}`).toEqual({ apiKey: [op["x-scope"]] });
          expect(Object.keys(op.responses), `${m} ${p}`).toEqual(expect.arrayContaining(["401", "403", "429", "500", "503"]));
        } else expect(op.security, `${m} ${p}`).toEqual([]);
      }
    }
    expect(Object.keys(doc.webhooks ?? {})).toEqual(expect.arrayContaining(["connection.created", "connection.needs_reconnect", "ping", "remote.*"]));
    const hook = JSON.stringify(doc.webhooks?.["connection.created"]);
    for (const h of ["webhook-id", "webhook-timestamp", "webhook-signature"]) expect(hook).toContain(h);
  });

  it("is served at GET /api/v1/openapi.json without a key, cacheable", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("cache-control")).toMatch(/public/);
    expect(await res.json()).toEqual(JSON.parse(readFileSync(path.resolve(__dirname, "../../docs/openapi.json"), "utf8")));
  });

  it("/docs/api renders every operation and webhook, with its scope, without any script", () => {
    const html = renderToStaticMarkup(createElement(ApiDocsPage));
    for (const op of documentOperations(doc)) expect(html).toContain(`data-operation="${op}"`);
    for (const name of Object.keys(doc.webhooks ?? {})) expect(html).toContain(`data-operation="POST ${name}"`);
    expect(html).toContain("connections:read");
    expect(html).toContain("insufficient_scope");
    expect(html).not.toContain("<script");
    // The descriptions' inline markdown is rendered, not shown as backticks and asterisks.
    expect(html).not.toContain("**Scope:**");
    expect(html).toContain("<strong>Scope:</strong>");
  });
});
