// Integration setup file: every partner API route built in any test file is wrapped so that its
// requests and answers are checked against the OpenAPI document (see contract-conformance.ts).
import { afterEach, vi } from "vitest";
import { contractFailures } from "./contract-conformance";

vi.mock("@/lib/partner-api/respond", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/partner-api/respond")>();
  const { checked } = await import("./contract-conformance");
  const withApiKey: typeof actual.withApiKey = (spec, handler) => checked(spec.route, actual.withApiKey(spec, handler), { scope: spec.scope });
  return { ...actual, withApiKey };
});

vi.mock("@/lib/proxy/routes", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/proxy/routes")>();
  const { checked } = await import("./contract-conformance");
  const connection = "/api/v1/connections/{id}/remote/{path}";
  return {
    ...actual,
    connectionProxy: checked(connection, actual.connectionProxy, { outerProxy: true }),
    connectionProxyPreflight: checked(connection, actual.connectionProxyPreflight, { scope: null }),
    partnerProxy: checked("/api/v1/remote/{path}", actual.partnerProxy, { outerProxy: true }),
  };
});

afterEach(() => {
  // A mismatch thrown inside a handler a test did not await (or whose error it caught) still fails it.
  const missed = contractFailures.splice(0);
  if (missed.length) throw new Error(missed.join("\n\n"));
});
