// Parsing of URL search params shared by the console's list pages (pure).
export type SearchParams = Record<string, string | string[] | undefined>;

export function param(sp: SearchParams, name: string): string | undefined {
  const v = sp[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === "" ? undefined : s.slice(0, 200);
}

export function pageParam(sp: SearchParams): number {
  const n = Number(param(sp, "page") ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** Builds "?a=1&b=2" from the current params with overrides (undefined removes a key). */
export function withParams(current: Record<string, string | undefined>, changes: Record<string, string | number | undefined>): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) if (v !== undefined && v !== "") next.set(k, String(v));
  const s = next.toString();
  return s ? `?${s}` : "?";
}

export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number; pageCount: number };

export function pageOf<T>(rows: T[], total: number, page: number, pageSize: number): Page<T> {
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
