// The Remote API reads remote-flows (Remote's React SDK) makes in its employment/onboarding flows,
// taken from its source (src/flows/Onboarding/api.ts, src/common/api/employment.ts, the generated
// client src/client/sdk.gen.ts, and its test handlers). A browser session may GET these and nothing
// else: no writes, no other company data, no partner-level calls.

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const COUNTRY = /^[A-Za-z]{2,3}$/;
const FORM = /^[a-z_]{1,64}$/;

type Rule = { pattern: string; test: (s: string[]) => boolean };

const rule = (pattern: string): Rule => {
  const parts = pattern.split("/");
  return {
    pattern,
    test: (s) =>
      s.length === parts.length &&
      parts.every((p, i) => (p === ":id" ? ID.test(s[i]) : p === ":country" ? COUNTRY.test(s[i]) : p === ":form" ? FORM.test(s[i]) : p === s[i])),
  };
};

/** Shown in the README; `:id` is a Remote id, `:country` an alpha-3 code, `:form` a form name. */
export const BROWSER_SESSION_PATHS: readonly Rule[] = [
  rule("v1/employments/:id"),
  rule("v1/employments/:id/benefit-offers"),
  rule("v1/employments/:id/benefit-offers/schema"),
  rule("v1/onboarding/employments/:id/pre-onboarding-requirements"),
  rule("v1/companies/:id"),
  rule("v1/companies/:id/employments/:id/onboarding-reserves-status"),
  rule("v1/countries"),
  rule("v1/countries/:country/:form"),
];

/**
 * Whether a proxy path (as the proxy passes it: no leading slash, no query, any of the gateway's
 * v1/, eor/v1/, api/eor/v1/ prefixes, percent-encoded segments) is one remote-flows reads.
 */
export function isBrowserSessionPath(remotePath: string): boolean {
  const path = remotePath.split("?")[0].replace(/^\/+/, "").replace(/^(?:api\/eor\/|eor\/)(?=v1\/)/, "");
  const segments = path.split("/");
  return BROWSER_SESSION_PATHS.some((r) => r.test(segments));
}
