// Remote sends x-ratelimit-reset in milliseconds; the OpenAPI also mentions Retry-After (seconds).
export function retryAfterMs(headers: Headers): number | undefined {
  const reset = Number(headers.get("x-ratelimit-reset"));
  if (Number.isFinite(reset) && reset > 0) return Math.min(reset, 120_000);
  const retryAfter = headers.get("retry-after");
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.min(seconds * 1000, 120_000);
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, Math.min(at - Date.now(), 120_000));
  }
  return undefined;
}
