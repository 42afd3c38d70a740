// The real processes of a chaos run: the Remote emulator and two `next start` app processes, each in
// its own process group (scripts/lib/proc.mjs), with their output in log files rather than on the
// terminal, so the run's progress stays readable and the logs can explain an anomaly afterwards.
import { createWriteStream } from "node:fs";
import path from "node:path";
import { bin, root, Service, waitForHttp } from "../lib/proc.mjs";

class LoggedService extends Service {
  constructor(name, cmd, args, opts, logFile) {
    super(name, cmd, args, opts);
    this.log = createWriteStream(logFile, { flags: "a" });
  }
  pipe(from) {
    from.on("data", (chunk) => this.log.write(chunk));
  }
}

/** The emulator on a fixed port, with the callback of the proxy registered and quick token expiry. */
export async function startEmulator({ port, appUrl, logDir, accessTokenTtlSeconds }) {
  const url = `http://127.0.0.1:${port}`;
  // In memory only: a state dir from the caller's environment would bring in another run's companies.
  const { EMULATOR_STATE_DIR: _stateDir, ...inherited } = process.env;
  const env = {
    ...inherited,
    EMULATOR_PORT: String(port),
    EMULATOR_MODE: "test",
    EMULATOR_PUBLIC_URL: url,
    EMULATOR_REDIRECT_URIS: `${appUrl}/connect/callback`,
  };
  const svc = new LoggedService("emulator", bin("tsx"), ["emulator/src/main.ts"], { env }, path.join(logDir, "emulator.log")).start();
  await waitForHttp(`${url}/__emulator/health`, { service: svc, timeoutMs: 30_000 });
  const emu = emulatorClient(url);
  // Short-lived access tokens make refreshes happen during the run; the natural rate limit is
  // lifted so that every 429 the app sees comes from an injected fault.
  await emu.post("/config", { access_token_ttl_seconds: accessTokenTtlSeconds, rate_limit_per_minute: 10_000_000 });
  return { url, service: svc, ...emu };
}

/** The emulator's control API (/__emulator/…). */
export function emulatorClient(url) {
  const call = async (method, p, body) => {
    const res = await fetch(`${url}/__emulator${p}`, {
      method,
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`emulator ${method} ${p}: HTTP ${res.status}`);
    return res.json().catch(() => undefined);
  };
  return { get: (p) => call("GET", p), post: (p, b) => call("POST", p, b ?? {}), del: (p) => call("DELETE", p) };
}

/** One `next start` process of the build in NEXT_DIST_DIR; can be SIGKILLed and started again. */
export class AppProcess {
  constructor(name, port, env, logDir) {
    this.name = name;
    this.port = port;
    this.env = env;
    this.logFile = path.join(logDir, `${name}.log`);
    this.up = false;
    this.service = null;
  }

  async start() {
    this.service = new LoggedService(this.name, bin("next"), ["start", "-H", "127.0.0.1", "-p", String(this.port)], { env: this.env, cwd: root }, this.logFile).start();
    await waitForHttp(`http://127.0.0.1:${this.port}/api/ping`, { service: this.service, timeoutMs: 60_000 });
    this.up = true;
  }

  /** SIGKILL to the whole process group: no shutdown hook runs, in-flight requests are cut. */
  kill() {
    this.up = false;
    try {
      process.kill(-this.service.pid, "SIGKILL");
    } catch {
      /* already gone */
    }
    // stop() on the dead group only forgets it, so proc.mjs's exit hook never signals a reused id.
    return this.service.exited.then(() => this.service.stop(0));
  }

  async stop() {
    this.up = false;
    await this.service?.stop(5_000);
  }
}
