// Types for checks.mjs (used by its unit test).
export const KINDS: string[];
export function runChecks(input: {
  journal: object;
  db: Record<string, Record<string, unknown>[]>;
  api: { remote_company_id: string }[] | null;
  emu: { state: { companies: { name: string }[] }; tokens: Record<string, unknown>[]; companyPosts: Record<string, unknown>[] };
  keyWorks: Map<string, boolean>;
  minTtlMs: number;
}): Map<string, string[]>;
export function lostCompanies(input: {
  journal: object;
  db: Record<string, Record<string, unknown>[]>;
  emu: { state: { companies: { name: string; id?: string }[] } };
}): string[];
