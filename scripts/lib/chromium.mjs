// Finds Debian's Chromium for Playwright, installing it with apt when missing and running as root.
import { existsSync, readdirSync } from "node:fs";
import { run } from "./proc.mjs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export const INSTALL_HELP = [
  "Chromium is needed for the end-to-end tests and is not installed.",
  "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium",
  "  Elsewhere:      point CHROMIUM_PATH at a Chrome or Chromium binary, e.g.",
  "                  CHROMIUM_PATH=/path/to/chrome npm test",
  "  To skip the browser tests while developing:  npm test -- --skip e2e",
].join("\n");

function aptListsPresent() {
  try {
    return readdirSync("/var/lib/apt/lists").some((f) => f.endsWith("_Packages") || f.includes("_Packages."));
  } catch {
    return false;
  }
}

/**
 * Resolves { ok: true, path, note } or { ok: false, message }. Prints apt's output when installing.
 * `env` is passed to apt (DEBIAN_FRONTEND is forced to noninteractive); `defaultPath` is for tests.
 */
export async function ensureChromium({ env = process.env, log = console.log, defaultPath = DEFAULT_CHROMIUM } = {}) {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (existsSync(wanted)) return { ok: true, path: wanted, note: "from CHROMIUM_PATH" };
    return { ok: false, message: `CHROMIUM_PATH=${wanted} does not exist.\n${INSTALL_HELP}` };
  }
  if (existsSync(defaultPath)) return { ok: true, path: defaultPath, note: "already installed" };

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return { ok: false, message: INSTALL_HELP };

  const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => run("apt-get", args, { env: aptEnv });
  if (!aptListsPresent()) {
    log("No apt package lists yet: apt-get update");
    if ((await apt(["update"])).code !== 0) return { ok: false, message: `apt-get update failed.\n${INSTALL_HELP}` };
  }
  log("Installing Debian's chromium: apt-get install -y chromium");
  let r = await apt(["install", "-y", "chromium"]);
  if (r.code !== 0) {
    log("apt-get install failed; refreshing the package lists and trying once more");
    await apt(["update"]);
    r = await apt(["install", "-y", "chromium"]);
  }
  if (r.code !== 0 || !existsSync(defaultPath)) {
    return { ok: false, message: `apt-get install -y chromium failed.\n${INSTALL_HELP}` };
  }
  return { ok: true, path: defaultPath, note: "installed with apt" };
}

/** "Chromium 156.0.8078.108 built on Debian…" or undefined. */
export async function chromiumVersion(path) {
  const r = await run(path, ["--version"], { capture: true });
  return r.code === 0 ? r.stdout.trim().split("\n").pop() : undefined;
}
