// Child-process helpers for scripts/start.mjs and scripts/test.mjs (no dependencies).
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { c } from "./ui.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A binary installed by npm into node_modules/.bin (never npx: its wrapper process hides the real PID). */
export function bin(name) {
  return path.join(root, "node_modules", ".bin", name);
}

/** Foreground commands currently running, so a signal handler can stop them. */
const foreground = new Set();

/**
 * Runs a command to completion with the terminal attached. It stays in our process group, so
 * Ctrl-C in the terminal reaches it directly. Resolves { code, signal, error, output, stdout, stderr }
 * (the texts only with `capture`; `output` is both streams interleaved).
 */
export function run(cmd, args, { env = process.env, cwd = root, capture = false } = {}) {
  return new Promise((resolve) => {
    let settled = false;
    let output = "";
    let stdout = "";
    let stderr = "";
    const child = spawn(cmd, args, { cwd, env, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    foreground.add(child);
    if (capture) {
      child.stdout.on("data", (d) => {
        output += d;
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        output += d;
        stderr += d;
      });
    }
    const done = (result) => {
      if (settled) return;
      settled = true;
      foreground.delete(child);
      resolve({ ...result, output, stdout, stderr });
    };
    child.on("error", (error) => done({ code: null, signal: null, error }));
    child.on("close", (code, signal) => done({ code, signal, error: null }));
  });
}

/** Forwards a signal to the foreground commands (used when the signal was sent to us alone). */
export function signalForeground(signal) {
  for (const child of foreground) {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** "exit code 2" / "killed by SIGTERM" / "could not start: spawn x ENOENT" */
export function describeExit({ code, signal, error }) {
  if (error) return `could not start: ${error.message}`;
  if (signal) return `killed by ${signal}`;
  return `exit code ${code}`;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* the group is gone */
  }
}

const services = new Set();

// Last resort: whatever way this process ends, leave no service behind.
process.on("exit", () => {
  for (const s of services) if (s.pid) killGroup(s.pid, "SIGKILL");
});

/**
 * A long-running child (the app, the emulator) in its own process group, so that stopping it also
 * stops whatever it spawned (tsx's node child, next dev's worker). Its output is prefixed by name.
 */
export class Service {
  constructor(name, cmd, args, { env = process.env, cwd = root, color = c.cyan } = {}) {
    this.name = name;
    this.cmd = cmd;
    this.args = args;
    this.env = env;
    this.cwd = cwd;
    this.tag = color(`[${name}]`);
    this.result = undefined;
    this.stopping = false;
  }

  start() {
    const child = spawn(this.cmd, this.args, {
      cwd: this.cwd,
      env: this.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    this.child = child;
    this.pid = child.pid;
    services.add(this);
    this.pipe(child.stdout, process.stdout);
    this.pipe(child.stderr, process.stderr);
    this.exited = new Promise((resolve) => {
      let settled = false;
      const done = (r) => {
        if (settled) return;
        settled = true;
        this.result = r;
        resolve(r);
      };
      child.on("error", (error) => done({ code: null, signal: null, error }));
      child.on("exit", (code, signal) => done({ code, signal, error: null }));
    });
    return this;
  }

  pipe(from, to) {
    let pending = "";
    from.setEncoding("utf8");
    from.on("data", (chunk) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const line of lines) to.write(this.prefixed(line));
    });
    from.on("end", () => {
      if (pending) to.write(this.prefixed(pending));
      pending = "";
    });
  }

  /** `[name] line`; a child that already tags its lines with `[name]` is not tagged twice. */
  prefixed(line) {
    const own = `[${this.name}] `;
    return `${this.tag} ${line.startsWith(own) ? line.slice(own.length) : line}\n`;
  }

  get running() {
    return this.child !== undefined && this.result === undefined;
  }

  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once the group is gone. */
  async stop(graceMs = 10_000) {
    this.stopping = true;
    if (!this.pid) return;
    if (this.running) killGroup(this.pid, "SIGTERM");
    const timer = (ms) => new Promise((r) => setTimeout(r, ms));
    await Promise.race([this.exited, timer(graceMs)]);
    // The leader may be gone while a grandchild still shuts down: give it a moment, then kill.
    for (let i = 0; i < 20 && groupAlive(this.pid); i++) await timer(100);
    if (groupAlive(this.pid)) killGroup(this.pid, "SIGKILL");
    await Promise.race([this.exited, timer(2000)]);
    services.delete(this);
  }
}

/**
 * Polls `url` until it answers (any HTTP status accepted by `accept`). Fails early when `service`
 * exits, and after `timeoutMs`. Resolves with the Response.
 */
export async function waitForHttp(url, { timeoutMs = 60_000, service, accept = (res) => res.ok } = {}) {
  const started = Date.now();
  let lastError = "no answer yet";
  while (Date.now() - started < timeoutMs) {
    if (service && !service.running) {
      throw new Error(`${service.name} exited (${describeExit(service.result)}) before ${url} answered`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000), cache: "no-store" });
      if (accept(res)) return res;
      lastError = `HTTP ${res.status}`;
    } catch (e) {
      lastError = e?.cause?.code ?? e?.message ?? String(e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s (last: ${lastError})`);
}

/**
 * Whether we could listen on `port` the way `next start` binds (all interfaces). Resolves
 * undefined when free, else "EADDRINUSE" (taken) or "EACCES" (privileged port).
 */
export function portProblem(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (err) => resolve(err.code ?? "error"));
    server.once("listening", () => server.close(() => resolve(undefined)));
    server.listen({ port, exclusive: true });
  });
}

/** Best effort "node (pid 1234)" for whoever listens on `port`, from `ss`; undefined if unknown. */
export function portOwner(port) {
  const r = spawnSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  if (r.status !== 0 || !r.stdout) return undefined;
  const m = r.stdout.match(/users:\(\("([^"]+)",pid=(\d+)/);
  return m ? `${m[1]} (pid ${m[2]})` : undefined;
}
