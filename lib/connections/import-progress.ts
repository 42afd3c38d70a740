import "server-only";
import { SingleBar } from "cli-progress";
import type { ImportReport } from "./import-report";

/** Every this many ms at most, a plain progress line when stdout is not a terminal (a log file, CI). */
const PLAIN_EVERY_MS = 2000;

/** The CLI's progress: a bar on a terminal, else a plain line now and then. Shows counts only, never a line's content. */
export function progress(total: number, report: ImportReport, out: NodeJS.WriteStream = process.stdout) {
  if (out.isTTY) {
    const bar = new SingleBar({
      stream: out,
      format: "Importing [{bar}] {value}/{total} lines | {imported} imported, {present} present, {dead} dead, {failed} failed | ETA {eta_formatted}",
      hideCursor: true,
    });
    const payload = () => ({ imported: report.counts.imported, present: report.counts.already_present, dead: report.counts.dead, failed: report.counts.failed + report.counts.invalid });
    bar.start(total, 0, payload());
    return { tick: () => bar.update(report.done, payload()), stop: () => bar.stop() };
  }
  let last = 0;
  out.write(`Importing ${total} line(s)…\n`);
  return {
    tick() {
      if (Date.now() - last < PLAIN_EVERY_MS) return;
      last = Date.now();
      out.write(`${report.progressLine(total)}\n`);
    },
    stop: () => out.write(`${report.progressLine(total)}\n`),
  };
}
