import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { getEnv } from "../env";
import { parseRetryAfter } from "./schedule";
import { guardWebhookUrl, type GuardOptions, type ResolvedAddress } from "./url-guard";

export const EXCERPT_BYTES = 1024;

export type AttemptResult = {
  outcome: "delivered" | "retry" | "final";
  statusCode?: number;
  latencyMs: number;
  error?: string;
  /** At most 1 KB of the receiver's answer, for the deliveries view. */
  responseExcerpt: string;
  /** From Retry-After on a 429/503, for the schedule. */
  retryAfterMs?: number;
};

export type AttemptInput = {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs?: number;
  guard?: GuardOptions;
};

/** 408/409/429 and 5xx say "try again later"; any other 4xx will not change by retrying the same request. */
export function classifyStatus(status: number): AttemptResult["outcome"] {
  if (status >= 200 && status < 300) return "delivered";
  if (status >= 400 && status < 500 && ![408, 409, 429].includes(status)) return "final";
  return "retry"; // 1xx, 3xx (redirects are not followed), 408, 409, 429, 5xx
}

/** Resolves the hostname only to the addresses the guard vetted, so DNS cannot change between check and connect. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    if (wanted.length === 0) {
      const err = Object.assign(new Error("no vetted address for the requested family"), { code: "ENOTFOUND" });
      return (callback as (e: Error) => void)(err);
    }
    if (options.all) return (callback as (e: null, a: ResolvedAddress[]) => void)(null, wanted);
    (callback as (e: null, a: string, f: number) => void)(null, wanted[0].address, wanted[0].family);
  };
}

function excerpt(buf: Buffer): string {
  // Cutting at 1 KB may split a UTF-8 sequence; drop the broken tail rather than show a replacement char.
  return buf.subarray(0, EXCERPT_BYTES).toString("utf8").replace(/\uFFFD+$/, "");
}

/**
 * One POST of a signed event to a partner endpoint. Never throws: every failure becomes an outcome.
 * The URL guard runs again here because the host's DNS may have changed since the endpoint was created.
 */
export async function attemptDelivery(input: AttemptInput): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const timeoutMs = input.timeoutMs ?? getEnv().WEBHOOK_TIMEOUT_MS;
  const timedOut = { outcome: "retry" as const, error: `timed out after ${timeoutMs} ms`, responseExcerpt: "" };
  // The timeout covers the DNS lookup too: a resolver that hangs must not stall the delivery job.
  let dnsTimer: NodeJS.Timeout | undefined;
  const checked = await Promise.race([
    guardWebhookUrl(input.url, input.guard),
    new Promise<null>((r) => (dnsTimer = setTimeout(() => r(null), timeoutMs))),
  ]).finally(() => clearTimeout(dnsTimer));
  if (checked === null) return { ...timedOut, latencyMs: elapsed() };
  if (!checked.ok) {
    // Unresolvable hosts may come back; a URL that is (now) private or malformed is refused for good.
    const transient = checked.reason.includes("could not be resolved");
    return { outcome: transient ? "retry" : "final", latencyMs: elapsed(), error: `URL ${checked.reason}`, responseExcerpt: "" };
  }
  try {
    return await send(checked.url, checked.addresses, input, timeoutMs, timedOut, elapsed);
  } catch (e) {
    // Only a request Node refuses to build (e.g. a header value with a newline) gets here; resending won't help.
    return { outcome: "final", latencyMs: elapsed(), error: `request refused: ${(e as Error).message}`, responseExcerpt: "" };
  }
}

function send(
  url: URL,
  addresses: ResolvedAddress[],
  input: AttemptInput,
  timeoutMs: number,
  timedOut: Omit<AttemptResult, "latencyMs">,
  elapsed: () => number,
): Promise<AttemptResult> {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (r: Omit<AttemptResult, "latencyMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve({ ...r, latencyMs: elapsed() });
    };
    const req = transport.request(url, {
      method: "POST",
      // A fresh connection per attempt: a pooled socket would bypass the pinned lookup of this attempt.
      agent: false,
      lookup: pinnedLookup(addresses),
      headers: {
        ...input.headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(input.body)),
        "user-agent": "RemoteConnect-Webhooks/1",
      },
    });
    const timer = setTimeout(() => finish(timedOut), Math.max(0, timeoutMs - elapsed()));
    req.on("error", (e: NodeJS.ErrnoException) =>
      finish({ outcome: "retry", error: `network error: ${e.code ?? e.message}`, responseExcerpt: "" }),
    );
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const outcome = classifyStatus(status);
        const retryAfter = status === 429 || status === 503 ? parseRetryAfter(res.headers["retry-after"]) : null;
        finish({
          outcome,
          statusCode: status,
          responseExcerpt: excerpt(Buffer.concat(chunks)),
          ...(status >= 300 && status < 400 ? { error: `redirect (${status}) not followed` } : {}),
          ...(outcome !== "delivered" && !(status >= 300 && status < 400) ? { error: `HTTP ${status}` } : {}),
          ...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
        });
      };
      res.on("data", (c: Buffer) => {
        chunks.push(c);
        size += c.length;
        if (size >= EXCERPT_BYTES) done(); // the rest of a large answer is not worth waiting for
      });
      res.on("end", done);
      res.on("error", (e) => finish({ outcome: "retry", statusCode: status, error: `response error: ${e.message}`, responseExcerpt: "" }));
    });
    req.end(input.body);
  });
}
