// The CLI beside the app processes (the issue asks that both next start processes and a CLI work on
// one database at once): `api-keys:create` and `keys:rotate`, one after the other, for the whole run.
import { spawn } from "node:child_process";
import { bin, root } from "../lib/proc.mjs";
import { RING_APPS, RING_ROTATED } from "./topology.mjs";

const SCRIPTS = { "api-keys:create": "scripts/api-keys-create.ts", "keys:rotate": "scripts/keys-rotate.ts" };
const CLI_TIMEOUT_MS = 60_000;
const running = new Set();
// A CLI run must not outlive the chaos run, however it ends.
process.on("exit", () => running.forEach((c) => c.kill("SIGKILL")));

/** Runs one CLI script like `npm run <script>` does (tsx --conditions=react-server), without npm's wrapper. */
export function runCli(script, args, env) {
  return new Promise((resolve) => {
    const child = spawn(bin("tsx"), ["--conditions=react-server", SCRIPTS[script], ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), CLI_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: signal ? `killed (${signal}, over ${CLI_TIMEOUT_MS / 1000} s)` : code, output: output.trim() });
    });
  });
}

let keyNo = 0;

export async function createKeyByCli(ctx) {
  const at = Date.now();
  const r = await runCli("api-keys:create", ["--name", `chaos-cli-${++keyNo}`], ctx.env);
  ctx.journal.cli.push({ script: "api-keys:create", at, end: Date.now(), code: r.code, output: r.output.slice(-300) });
  const key = r.output.split("\n").pop();
  if (r.code !== 0 || !/^rck_/.test(key)) return `exit ${r.code}`;
  ctx.journal.acks.keys.push({ key, at, ackAt: Date.now(), name: `chaos-cli-${keyNo}` });
  ctx.keys.push(key); // the load uses it from now on, through either process
  return "ok";
}

let rotations = 0;

export async function rotateByCli(ctx) {
  const at = Date.now();
  // Alternate the primary key, so each run rewrites the values the apps wrote in between.
  const ring = ++rotations % 2 ? RING_ROTATED : RING_APPS;
  const r = await runCli("keys:rotate", [], { ...ctx.env, TOKEN_ENCRYPTION_KEYS: ring });
  ctx.journal.cli.push({ script: "keys:rotate", at, end: Date.now(), code: r.code, output: r.output.slice(-300) });
  return r.code === 0 ? "ok" : `exit ${r.code}`;
}
