import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Clock } from "./clock";
import { demoClient } from "./config";
import { FaultStore } from "./faults";
import type { AppEnv, Deps } from "./http/context";
import { KeyStore } from "./jwt";
import { persistChanges } from "./middleware/persist";
import { requestLog } from "./middleware/request-log";
import { applySnapshot, takeSnapshot } from "./persistence/snapshot";
import { loadState, StateWriter, type WriteFile } from "./persistence/state-file";
import { mountApi } from "./routes/api";
import { controlRoutes } from "./routes/control";
import { authorizeRoutes } from "./routes/oauth-authorize";
import { tokenRoutes } from "./routes/oauth-token";
import { EmulatorState } from "./state";
import { TokenService } from "./tokens";
import { WebhookDispatcher } from "./webhooks/dispatcher";
import type { ClientConfig, EmulatorMode } from "./types";

export type { ClientConfig, EmulatorMode } from "./types";

export interface EmulatorOptions {
  mode?: EmulatorMode;
  /** JWT `iss`/`aud` and base of absolute links; defaults to http://localhost:<port> once listening. */
  publicUrl?: string;
  /** Registered clients; defaults to the demo client. Restored by POST /__emulator/reset. */
  clients?: ClientConfig[];
  /** Injectable time source (ms since epoch) for expiry tests. */
  now?: () => number;
  /** One line per gateway request (masked); omit for silence. */
  log?: (line: string) => void;
  /**
   * Keep the state in <stateDir>/state.json and reload it on start. Off by default: tests and
   * POST /__emulator/reset rely on a clean slate.
   */
  stateDir?: string;
  /** Persistence messages (restored, unusable file set aside, write failed); default console.warn. */
  notice?: (line: string) => void;
  /** Test hook: how the temp file is written before the rename. */
  writeStateFile?: WriteFile;
}

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

export interface Emulator {
  app: Hono<AppEnv>;
  state: EmulatorState;
  /** Advance or reset emulator time without touching the host clock. */
  clock: Clock;
  listen(port: number, host?: string): Promise<RunningEmulator>;
  /** Writes pending state changes now (no-op without stateDir); close() does it too. */
  flush(): void;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const mode = options.mode ?? "dev";
  let publicUrl = options.publicUrl?.replace(/\/+$/, "");
  const clock = new Clock(options.now);
  const state = new EmulatorState(options.clients ?? [demoClient()]);
  const notice = options.notice ?? ((line: string) => console.warn(`[emulator] ${line}`));
  const saved = options.stateDir ? loadState(options.stateDir, notice) : null;
  // A reloaded key keeps the saved access tokens verifiable, as they are on the real gateway.
  const keys = new KeyStore(saved?.signing_key);
  if (saved) {
    applySnapshot(state, clock, saved);
    notice(`restored state from ${options.stateDir} (${state.grants.size} authorizations, ${state.refreshTokens.size} refresh tokens, ${state.companies.size} companies)`);
  }
  const writer = options.stateDir
    ? new StateWriter(options.stateDir, () => takeSnapshot(state, clock, keys), { notice, write: options.writeStateFile })
    : undefined;
  const issuer = () => publicUrl ?? "http://localhost";
  const faults = new FaultStore();
  const deps: Deps = {
    state, clock, faults,
    tokens: new TokenService(state, keys, clock, issuer),
    webhooks: new WebhookDispatcher({ state, faults, clock }),
    publicUrl: issuer,
  };

  const app = new Hono<AppEnv>();
  // First, so it also sees the control API (config, clock, clients, reset).
  if (writer) app.use("*", persistChanges(writer));
  app.get("/__emulator/health", (c) => c.json({ ok: true, mode }));
  if (mode === "locked") app.all("/__emulator/*", (c) => c.json({ message: "Not Found" }, 404));
  else app.route("/__emulator", controlRoutes(deps));

  app.use("*", requestLog(deps, options.log));
  app.get("/.well-known/jwks.json", (c) => c.json(keys.jwks()));
  app.route("/auth/oauth2/authorize", authorizeRoutes(deps));
  app.route("/auth/oauth2/token", tokenRoutes(deps));
  mountApi(app, deps);
  app.notFound((c) => c.json({ message: "Not Found" }, 404));
  app.onError((err, c) => {
    options.log?.(`internal error: ${err instanceof Error ? err.message : String(err)}`);
    return c.json({ message: "Internal Server Error" }, 500);
  });

  async function listen(port: number, host = "127.0.0.1"): Promise<RunningEmulator> {
    const server = createAdaptorServer({ fetch: app.fetch }) as Server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port: bound } = server.address() as AddressInfo;
    publicUrl ??= `http://localhost:${bound}`;
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
    return {
      url,
      close: () => new Promise<void>((resolve, reject) => {
        // Parked `timeout` requests would otherwise keep their sockets (and close()) open forever.
        deps.faults.releaseAll("closed");
        deps.webhooks.stop();
        server.close((err) => {
          // After the last connection: a request that was still running has changed state too.
          writer?.flush();
          if (err) reject(err);
          else resolve();
        });
        server.closeAllConnections();
      }),
    };
  }

  return { app, state, clock, listen, flush: () => writer?.flush() };
}
