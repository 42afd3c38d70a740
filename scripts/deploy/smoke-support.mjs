// Parts of the deploy smoke test (standalone-smoke.mjs): recorded checks, child commands, the
// emulator, a webhook receiver, partner API calls, and the cleanup that stops all of it.
import { spawn } from "node:child_process";
import http from "node:http";
import { Webhook } from "standardwebhooks";
import { Service, waitForHttp } from "../lib/proc.mjs";
import { c } from "../lib/ui.mjs";
import { root } from "./assemble.mjs";

export const results = [];
export const cleanups = [];
export const ms = (t) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/** Runs one named check; a failure is recorded and ends the run (later checks depend on earlier ones). */
export async function check(name, fn) {
  const t = performance.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`${c.green("✔")} ${name}${detail ? c.dim(`  ${detail}`) : ""} ${c.dim(ms(t))}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`${c.red("✘")} ${name}: ${e instanceof Error ? e.message : e}`);
    throw e;
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Runs a command of the assembled app to completion (cwd = the app folder, like WORKDIR /app). */
const commands = new Set();
export function runIn(cwd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    commands.add(child);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => {
      commands.delete(child);
      resolve({ code, out });
    });
  });
}

/**
 * The Remote emulator in its own process group (a Service: stopped with its tsx child, and killed by
 * proc.mjs when this process exits, whatever happens), on a free port, rate limit lifted.
 */
export async function startEmulator(appUrl) {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const svc = new Service("emulator", process.execPath, ["--import", "tsx", "emulator/src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, EMULATOR_PORT: String(port), EMULATOR_MODE: "test", EMULATOR_REDIRECT_URIS: `${appUrl}/connect/callback` },
  }).start();
  cleanups.push(() => svc.stop());
  await waitForHttp(`${url}/__emulator/health`, { timeoutMs: 30_000, service: svc });
  await fetch(`${url}/__emulator/config`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ rate_limit_per_minute: 1_000_000 }) });
  return { url };
}

export function freePort() {
  return new Promise((resolve) => {
    const s = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A partner's webhook receiver: records verified deliveries. */
export async function startReceiver() {
  const deliveries = [];
  let verifier;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      try {
        verifier?.verify(body, req.headers);
        deliveries.push(JSON.parse(body));
        res.writeHead(204).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}/hook`, deliveries, setSecret: (s) => (verifier = new Webhook(s)), close: () => server.close() };
}

export async function api(base, key, method, pathname, body) {
  const res = await fetch(`${base}${pathname}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => undefined);
  return { status: res.status, json };
}

/** Stops what was started, newest first; safe to call twice (a signal during the final cleanup). */
export async function cleanup() {
  for (const child of commands) child.kill("SIGKILL");
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (e) {
      console.error(`cleanup: ${e instanceof Error ? e.message : e}`);
    }
  }
}
