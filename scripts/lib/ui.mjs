// Terminal output helpers shared by scripts/start.mjs and scripts/test.mjs. No dependencies, so
// they work before `npm ci` has run.

function colorEnabled() {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return Boolean(process.stdout.isTTY) && process.env.TERM !== "dumb";
}

export const useColor = colorEnabled();

const wrap = (open, close) => (s) => (useColor ? `\x1b[${open}m${s}\x1b[${close}m` : String(s));

export const c = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  magenta: wrap(35, 39),
  cyan: wrap(36, 39),
};

/** 850 ms, 4.9 s, 2 min 03 s */
export function formatDuration(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return `${min} min ${String(s).padStart(2, "0")} s`;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** Visible length of a string that may contain colour codes. */
export function visibleLength(s) {
  return s.replace(ANSI, "").length;
}

export function padEnd(s, width) {
  return s + " ".repeat(Math.max(0, width - visibleLength(s)));
}

/** A one-line message for a failure, without a stack for errors we raised on purpose. */
export function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** An error whose message is meant for the user as is (no stack trace). */
export class UserError extends Error {
  constructor(message, { exitCode = 1, hint } = {}) {
    super(message);
    this.name = "UserError";
    this.exitCode = exitCode;
    this.hint = hint;
  }
}
