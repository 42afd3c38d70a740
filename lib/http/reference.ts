// Shared by server code and error boundaries in the browser: no Node imports here.

// Our request ids, Next's error digests and a caller's X-Request-Id all fit this; anything else
// (a pasted script, a long string) is neither echoed into headers and logs nor shown on a page.
const SANE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function isSaneReference(value: unknown): value is string {
  return typeof value === "string" && SANE_REFERENCE.test(value);
}
