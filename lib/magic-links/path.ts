// Remote's rules for a magic link's `path` (remote-api.md §9), checked before calling Remote so the
// partner gets a 400 naming the broken rule instead of Remote's bare 422.

export const MAGIC_LINK_PATH_MAX = 2000;
const SEGMENT = /^[A-Za-z0-9_-]+$/;
const QUERY_PAIR = /^[A-Za-z0-9_.~%+\-[\]]+=[A-Za-z0-9_.~%+\-,:]*$/;

/** null when `path` is acceptable, else the rule it breaks (a sentence for the partner). */
export function magicLinkPathProblem(path: string): string | null {
  if (path.length > MAGIC_LINK_PATH_MAX) return `path must be at most ${MAGIC_LINK_PATH_MAX} characters`;
  if (!path.startsWith("/")) return "path must start with '/'";
  const q = path.indexOf("?");
  const route = q === -1 ? path : path.slice(0, q);
  if (route === "/") return "path must have at least one segment after '/'";
  if (route.endsWith("/")) return "path must not end with '/'";
  const segments = route.slice(1).split("/");
  if (segments.some((s) => s === "")) return "path must not contain empty segments ('//')";
  if (!segments.every((s) => SEGMENT.test(s))) return "path segments may contain only letters, digits, '_' and '-'";
  if (q !== -1 && !path.slice(q + 1).split("&").every((pair) => QUERY_PAIR.test(pair))) {
    return "path's query must be key=value pairs joined by '&'";
  }
  return null;
}
