import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

export type JobEvent = { ev: string; pid: number; at: number; ids?: string[] };

/** Starts tests/integration/support/job-worker.ts as its own app process and collects its events. */
export function startJobWorker(mode: "job" | "claim" | "webhooks", env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/support/job-worker.ts", mode], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const events: JobEvent[] = [];
  let buf = "";
  child.stdout!.on("data", (c: Buffer) => {
    buf += c.toString();
    const lines = buf.split("\n");
    buf = lines.pop()!;
    for (const l of lines) {
      try {
        const e = JSON.parse(l);
        if (typeof e.ev === "string") events.push(e);
      } catch {
        /* a log line */
      }
    }
  });
  const exited = new Promise<number | string>((r) => child.on("exit", (code, signal) => r(code ?? signal ?? "?")));
  const waitFor = async (pred: (e: JobEvent[]) => boolean, timeoutMs = 20_000) => {
    const end = Date.now() + timeoutMs;
    while (!pred(events)) {
      if (Date.now() > end) throw new Error(`timed out waiting; events: ${JSON.stringify(events.map((e) => e.ev))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, events, exited, waitFor, go: () => child.stdin!.write("go\n") };
}
