// Types for journal.mjs (used by the checks' unit test).
export const HANG_LIMIT_MS: number;
export class Journal {
  constructor(database: string);
  t0: number;
  rel(t: number): string;
  inFault(kinds: string[], t: number, tailMs?: number): boolean;
}
