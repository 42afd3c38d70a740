// The client's network address, as far as it can be trusted. Next.js fills X-Forwarded-For from the
// socket only when the request has none, so a client can always write its own: only entries appended
// by our own reverse proxies (the right-most TRUSTED_PROXY_HOPS) are believable.

/** The address the outermost trusted proxy saw, or null when no proxy is trusted (hops = 0). */
export function clientAddress(headers: Headers | undefined, trustedHops: number): string | null {
  if (!headers || trustedHops <= 0) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const address = hops[hops.length - trustedHops];
  return address && /^[0-9A-Fa-f:.]{2,45}$/.test(address) ? address : null;
}
