import { buildOpenApiDocument } from "@/lib/partner-api/openapi";

// The document only changes with a deploy: built once per process, public and cacheable.
let body: string | undefined;

/** GET /api/v1/openapi.json — this API's OpenAPI 3.1 document; no key needed. */
export function GET(): Response {
  body ??= JSON.stringify(buildOpenApiDocument());
  return new Response(body, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
  });
}
