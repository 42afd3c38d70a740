// The CLI's tally and final report of an import run. No server-only: pure, unit-tested.
import type { ImportStatus } from "../partner-api/contract/import";

type Noted = { lineNo: number; reason: string };

export class ImportReport {
  readonly counts: Record<ImportStatus | "invalid", number> = { imported: 0, already_present: 0, dead: 0, failed: 0, invalid: 0 };
  private readonly dead: Noted[] = [];
  private readonly failed: Noted[] = [];
  private readonly invalid: Noted[] = [];

  add(lineNo: number, o: { status: ImportStatus; reason?: string }): void {
    this.counts[o.status]++;
    if (o.status === "dead") this.dead.push({ lineNo, reason: o.reason ?? "" });
    if (o.status === "failed") this.failed.push({ lineNo, reason: o.reason ?? "" });
  }

  addInvalid(lineNo: number, reason: string): void {
    this.counts.invalid++;
    this.invalid.push({ lineNo, reason });
  }

  get done(): number {
    const c = this.counts;
    return c.imported + c.already_present + c.dead + c.failed + c.invalid;
  }

  /** 0: nothing to retry or fix (dead tokens are a result: only the company can fix them). 1: failed or invalid lines. */
  get exitCode(): 0 | 1 {
    return this.counts.failed + this.counts.invalid > 0 ? 1 : 0;
  }

  progressLine(total: number): string {
    const c = this.counts;
    return `${this.done}/${total} lines: ${c.imported} imported, ${c.already_present} already present, ${c.dead} dead, ${c.failed} failed, ${c.invalid} invalid`;
  }

  lines(seconds: number, stopped: boolean): string[] {
    const c = this.counts;
    const byLine = (list: Noted[]) => [...list].sort((a, b) => a.lineNo - b.lineNo).map((n) => `  line ${n.lineNo}: ${n.reason}`);
    const out = [
      `${stopped ? "Import stopped" : "Import finished"} after ${seconds.toFixed(1)} s: ${this.done} line(s) handled.`,
      `  imported:        ${c.imported}`,
      `  already present: ${c.already_present}`,
      `  dead:            ${c.dead}`,
      `  failed:          ${c.failed}`,
      `  invalid lines:   ${c.invalid}`,
    ];
    if (this.dead.length) out.push("Dead tokens (Remote refused them; nothing stored, the company must connect again):", ...byLine(this.dead));
    if (this.failed.length) out.push("Failed (nothing stored; run the same file again to retry them):", ...byLine(this.failed));
    if (this.invalid.length) out.push("Invalid lines (fix them and run the file again):", ...byLine(this.invalid));
    if (stopped) out.push("Stopped before the end of the file: run it again to import the rest (what was imported is skipped).");
    return out;
  }
}
