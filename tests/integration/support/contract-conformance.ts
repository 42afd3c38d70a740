// Checks every partner API exchange the integration tests make against the OpenAPI document (not the
// zod schemas): status documented for the operation, body valid for that status, documented headers
// present, scope as documented; a request the document forbids must not succeed.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";

type Json = Record<string, unknown>;
type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

// The committed document (the stale-document test keeps it equal to the generated one). Read as a
// file: importing the builder here would import the very module this wrapper mocks.
const doc = JSON.parse(readFileSync(path.resolve(__dirname, "../../../docs/openapi.json"), "utf8")) as Json & { paths: Record<string, Record<string, Json>>; components: Json };

function makeAjv(coerceTypes: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes });
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
  ajv.addFormat("email", /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat("uri", (s: string) => URL.canParse(s));
  ajv.addSchema(doc, "openapi");
  return ajv;
}
const strictAjv = makeAjv(false);
// Query values arrive as text: coerce "2" to 2 as the routes' z.coerce does.
const paramAjv = makeAjv(true);
const compiled = new Map<string, ValidateFunction>();

const pointer = (...parts: string[]) => "openapi#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
function validator(ptr: string, coerce = false): ValidateFunction {
  const key = `${coerce}:${ptr}`;
  // A query value is checked as a property, so that coercion can apply to it.
  if (!compiled.has(key)) compiled.set(key, coerce ? paramAjv.compile({ type: "object", properties: { v: { $ref: ptr } } }) : strictAjv.compile({ $ref: ptr }));
  return compiled.get(key)!;
}
function deref<T = Json>(o: unknown): T {
  const ref = (o as { $ref?: string }).$ref;
  if (!ref) return o as T;
  return ref.slice(2).split("/").reduce<unknown>((n, k) => (n as Json)[k.replace(/~1/g, "/").replace(/~0/g, "~")], doc) as T;
}

/** Mismatches found while a test ran; the wrapper throws at once, afterEach reports any that were swallowed. */
export const contractFailures: string[] = [];

class ContractMismatch extends Error {}

function fail(where: string, problem: string): never {
  const msg = `OpenAPI contract mismatch — ${where}: ${problem}\n(the route and docs/openapi.json disagree: fix the route or lib/partner-api/contract, then run \`npm run openapi\`)`;
  contractFailures.push(msg);
  throw new ContractMismatch(msg);
}

const ajvText = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}${e.params && "allowedValues" in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ""}`).join("; ");

async function requestProblems(op: Json, path: string, method: string, req: Request, bodyText: string | null): Promise<string[]> {
  const problems: string[] = [];
  const params = ((op.parameters ?? []) as unknown[]).map((p) => deref<{ in: string; name: string; required?: boolean }>(p));
  const query = Object.fromEntries(new URL(req.url).searchParams);
  params.forEach((p, i) => {
    if (p.in !== "query" || !(p.name in query)) return;
    const v = validator(pointer("paths", path, method, "parameters", String(i), "schema"), true);
    if (!v({ v: query[p.name] })) problems.push(`query ${p.name}: ${ajvText(v)}`);
  });
  if (op.requestBody && bodyText !== null) {
    let body: unknown = {};
    try {
      body = bodyText.trim() ? JSON.parse(bodyText) : {};
    } catch {
      return [...problems, "body is not JSON"];
    }
    const v = validator(pointer("paths", path, method, "requestBody", "content", "application/json", "schema"));
    if (!v(body)) problems.push(`body: ${ajvText(v)}`);
  }
  return problems;
}

async function checkResponse(op: Json, path: string, method: string, res: Response, where: string) {
  const responses = op.responses as Record<string, unknown>;
  const key = String(res.status);
  const isOurs = !op["x-passes-remote-answers"] || res.headers.has("x-remote-connect-error");
  if (!isOurs) return; // Remote's answer, passed on as is
  if (!(key in responses)) fail(where, `status ${res.status} is not documented (documented: ${Object.keys(responses).join(", ")}); body: ${(await res.clone().text()).slice(0, 300)}`);
  const doc = deref<{ headers?: Record<string, unknown>; content?: Record<string, unknown> }>(responses[key]);
  const base = (responses[key] as { $ref?: string }).$ref ? ["components", "responses", (responses[key] as { $ref: string }).$ref.split("/").pop()!] : ["paths", path, method, "responses", key];
  for (const [name, h] of Object.entries(doc.headers ?? {})) {
    const header = deref<{ required?: boolean }>(h);
    const value = res.headers.get(name);
    if (value === null) {
      if (header.required) fail(where, `status ${res.status}: documented header ${name} is missing`);
      continue;
    }
    const hp = (h as { $ref?: string }).$ref ? ["components", "headers", (h as { $ref: string }).$ref.split("/").pop()!, "schema"] : [...base, "headers", name, "schema"];
    const v = validator(pointer(...hp));
    if (!v(value)) fail(where, `status ${res.status}: header ${name}=${JSON.stringify(value)}: ${ajvText(v)}`);
  }
  const json = doc.content?.["application/json"];
  const text = await res.clone().text();
  if (!doc.content) {
    if (text !== "") fail(where, `status ${res.status} is documented without a body, got ${text.slice(0, 200)}`);
    return;
  }
  if (!json) return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail(where, `status ${res.status}: body is not JSON: ${text.slice(0, 200)}`);
  }
  const v = validator(pointer(...base, "content", "application/json", "schema"));
  if (!v(body)) fail(where, `status ${res.status}: body does not match the documented schema: ${ajvText(v)}; body: ${text.slice(0, 400)}`);
}

const BODY_CAP = 64 * 1024;

/**
 * The request as the handler gets it, its body passed through a tap that keeps what the handler read
 * (up to the cap). Not a clone: a tee would hold the source open while the handler cancels its read.
 */
function tapped(req: Request): { req: Request; text: () => string | null } {
  if (!req.body) return { req, text: () => "" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const tap = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, c) {
      size += chunk.byteLength;
      if (size <= BODY_CAP) chunks.push(chunk);
      c.enqueue(chunk);
    },
  });
  const copy = new Request(req, { body: req.body.pipeThrough(tap), duplex: "half" } as RequestInit);
  return { req: copy, text: () => (size > BODY_CAP ? null : Buffer.concat(chunks).toString("utf8")) };
}

/** Wraps a route handler (withApiKey's or the proxy's) so each exchange is checked against the document. */
export function checked<C extends { params: Promise<unknown> }>(route: string, handler: Handler<C>, opts: { scope?: string | null; outerProxy?: boolean } = {}): Handler<C> {
  return async (req, ctx) => {
    const method = req.method.toLowerCase();
    const op = doc.paths[route]?.[method];
    const where = `${req.method} ${route}`;
    if (!op) fail(where, "this operation is not in the document");
    if (opts.scope !== undefined) {
      const documented = (op["x-scope"] as string | undefined) ?? null;
      if (documented !== opts.scope) fail(where, `the route requires scope ${opts.scope} but the document says ${documented}`);
    }
    // The proxy's answers are checked by the outer wrapper, after markOwn adds x-remote-connect-error.
    if (op["x-passes-remote-answers"] && !opts.outerProxy) return handler(req, ctx);
    // Only a success needs the request checked (a forbidden request must not succeed), and then the
    // handler has read the whole body.
    const body = op.requestBody ? tapped(req) : null;
    const res = await handler(body?.req ?? req, ctx);
    const bodyText = body ? body.text() : null;
    const problems = res.status >= 300 ? [] : bodyText === null && body ? ["body over 64 KB"] : await requestProblems(op, route, method, req, bodyText);
    if (problems.length && res.status < 300) fail(where, `answered ${res.status} to a request the document forbids: ${problems.join("; ")}`);
    await checkResponse(op, route, method, res, where);
    return res;
  };
}

export { ContractMismatch };
