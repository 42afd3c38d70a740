import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { parseSnapshot, type Snapshot } from "./snapshot";

export const STATE_FILE = "state.json";
/** "At most ~200 ms after a change": a burst of requests shares one write, and a crash loses at most that. */
export const SAVE_DELAY_MS = 200;

export type WriteFile = (file: string, data: string) => void;

/** Owner-only (0600): the file holds live tokens and client secrets. fsync so the rename never exposes an empty file. */
export const writeDurably: WriteFile = (file, data) => {
  const fd = openSync(file, "wx", 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

const isTemp = (name: string) => name.startsWith(`${STATE_FILE}.`) && name.endsWith(".tmp");

/** Leftovers of a write that a crash interrupted; the state file itself is never half-written. */
function removeTemps(dir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (isTemp(name)) rmSync(path.join(dir, name), { force: true });
}

/** `--reset`: forget everything saved. Returns whether there was anything to forget. */
export function deleteState(dir: string): boolean {
  removeTemps(dir);
  const file = path.join(dir, STATE_FILE);
  try {
    rmSync(file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw e;
  }
}

/**
 * The saved state, or null to start from the seed. A file we cannot use is moved aside (never
 * deleted: it may be worth a look) and reported in one line, so a bad file never stops the emulator.
 */
export function loadState(dir: string, notice: (line: string) => void): Snapshot | null {
  removeTemps(dir);
  const file = path.join(dir, STATE_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") {
      notice(`no saved state in ${file} yet, starting from the seed`);
      return null;
    }
    return setAside(file, (e as Error).message, notice);
  }
  try {
    return parseSnapshot(JSON.parse(text));
  } catch (e) {
    return setAside(file, e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message, notice);
  }
}

function setAside(file: string, reason: string, notice: (line: string) => void): null {
  const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  let kept = `kept it as ${path.basename(aside)}`;
  try {
    renameSync(file, aside);
  } catch (e) {
    kept = `could not move it aside (${(e as Error).message}); it will be overwritten`;
  }
  notice(`saved state ${file} is unusable (${reason}); starting clean, ${kept}`);
  return null;
}

/** Writes the state at most once per SAVE_DELAY_MS, always whole: temp file + rename. */
export class StateWriter {
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;
  readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly source: () => Snapshot,
    private readonly opts: { notice: (line: string) => void; write?: WriteFile; delayMs?: number },
  ) {
    this.file = path.join(dir, STATE_FILE);
  }

  /** Called after every request that may have changed state; the first one in a quiet period starts the timer. */
  changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.opts.delayMs ?? SAVE_DELAY_MS);
    // A pending save must not keep a finished test (or a closing process) alive; close() flushes.
    this.timer.unref();
  }

  /** Saves now if anything changed since the last save (on close and on SIGTERM/SIGINT). */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save();
  }

  /** POST /__emulator/reset: back to the seed, and nothing saved until the next change. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    deleteState(this.dir);
  }

  private save(): void {
    const tmp = `${this.file}.${process.pid}.${++this.seq}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      (this.opts.write ?? writeDurably)(tmp, JSON.stringify(this.source()));
      renameSync(tmp, this.file);
    } catch (e) {
      rmSync(tmp, { force: true });
      this.opts.notice(`could not save state to ${this.file}: ${(e as Error).message}`);
    }
  }
}
