import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

export type WorkerResult = { pid: number; wallMs: number; results: { ok: boolean; token?: string; error?: string; ms: number }[] };

/** Starts a token worker as its own Node process (the `react-server` condition lets server-only load). */
export function startTokenWorker(connectionId: string, count: number, env: Record<string, string> = {}) {
  return startWorker<WorkerResult>("tests/integration/support/token-worker.ts", [connectionId, String(count)], env);
}

/** Starts a worker script as its own app process; it waits for `go()` and prints one JSON line. */
export function startWorker<T>(script: string, args: string[], env: Record<string, string> = {}) {
  // node --import tsx keeps it one process (the tsx CLI would fork a child that SIGKILL cannot reach).
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...process.env, WAIT_FOR_GO: "1", ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  const done = new Promise<T>((resolve, reject) => {
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(JSON.parse(out.trim().split("\n").pop()!));
      else reject(new Error(`${path.basename(script)} exited with ${code ?? signal}`));
    });
  });
  done.catch(() => undefined);
  return { child, done, go: () => child.stdin!.write("go\n") };
}

export function kill(child: ChildProcess) {
  child.kill("SIGKILL");
}

/** tsx takes a moment to compile; give workers time to reach their stdin wait. */
export const settle = (ms = 2500) => new Promise((r) => setTimeout(r, ms));
