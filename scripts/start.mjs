#!/usr/bin/env node
// `npm start`: from a fresh clone to a running Remote Connect (app + bundled Remote emulator).
//   install deps if missing -> .env from .env.example (fresh secrets) -> validate config ->
//   migrate the database -> build if stale -> start the emulator (emulator mode) -> staff bootstrap ->
//   start the app -> print the URLs. Ctrl-C stops everything. `--dev` runs `next dev` instead.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildNeeded } from "./lib/build-state.mjs";
import { lockfileNewerThanInstall, missingDependencies, prismaClientsStale } from "./lib/deps.mjs";
import { ensureEnvFile } from "./lib/env-file.mjs";
import { bin, describeExit, portOwner, portProblem, root, run, Service, signalForeground, waitForHttp } from "./lib/proc.mjs";
import { printBanner } from "./lib/start-banner.mjs";
import { c, errorMessage, formatDuration, useColor, UserError } from "./lib/ui.mjs";

const USAGE = `Usage: npm start [-- --dev] [-- --reset-emulator]

Starts Remote Connect: installs dependencies when missing, creates .env on first run, applies
database migrations, builds when sources changed, starts the bundled Remote emulator (when
REMOTE_ENVIRONMENT=emulator) and the app, then prints the URLs. Ctrl-C stops everything.

  --dev             run \`next dev\` (hot reload) instead of a production build
  --reset-emulator  start the emulator from its seed (forget what it saved in data/emulator)
  --help            show this help

Environment variables set in the shell win over .env. PORT overrides the port taken from APP_URL.`;

const argv = process.argv.slice(2);
if (argv.includes("--help") || argv.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = argv.filter((a) => a !== "--dev" && a !== "--reset-emulator");
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(" ")}\n\n${USAGE}`);
  process.exit(2);
}
const DEV = argv.includes("--dev");
const RESET_EMULATOR = argv.includes("--reset-emulator");

process.chdir(root);
const startedAt = performance.now();
const services = [];
let stopping = false;
let running = false;

const ok = (msg, ms) => console.log(`${c.green("✓")} ${msg}${ms === undefined ? "" : c.dim(`  ${formatDuration(ms)}`)}`);
const info = (msg) => console.log(`${c.cyan("•")} ${msg}`);
const warn = (msg) => console.log(`${c.yellow("!")} ${msg}`);

async function stopAll() {
  await Promise.all(services.map((s) => s.stop()));
}

function onSignal(signal) {
  if (stopping) {
    // Second Ctrl-C: do not wait for a graceful shutdown.
    for (const s of services) if (s.pid) try { process.kill(-s.pid, "SIGKILL"); } catch { /* gone */ }
    process.exit(130);
  }
  stopping = true;
  console.log(`\n${c.dim(`${signal} received, stopping…`)}`);
  signalForeground(signal === "SIGINT" ? "SIGINT" : "SIGTERM");
  stopAll().then(() => {
    console.log(running ? "Remote Connect stopped." : "Interrupted.");
    process.exit(running ? 0 : 130);
  });
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => onSignal(sig));

/** Everything the children see: .env loaded, telemetry off, colours kept when we have a terminal. */
function childEnv(extra = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  if (useColor && env.FORCE_COLOR === undefined) env.FORCE_COLOR = "1";
  return env;
}

async function ensureDependencies() {
  const why = missingDependencies();
  if (why) {
    info(`Installing dependencies (${why}): npm ci — the first time takes a few minutes…`);
    const t = performance.now();
    const r = await run("npm", ["ci", "--no-audit", "--no-fund"], { env: childEnv() });
    if (stopping) return;
    if (r.code !== 0) throw new UserError(`npm ci failed (${describeExit(r)}); see the output above.`);
    ok("Dependencies installed", performance.now() - t);
  } else if (lockfileNewerThanInstall()) {
    warn("package-lock.json changed since the last install; run `npm ci` if something fails to load.");
  }
  if (prismaClientsStale()) {
    const t = performance.now();
    const r = await run(process.execPath, ["scripts/db/generate.mjs"], { env: childEnv(), capture: true });
    if (r.code !== 0) {
      process.stderr.write(r.output);
      throw new UserError(`Generating the Prisma clients failed (${describeExit(r)}).`);
    }
    ok("Prisma clients generated", performance.now() - t);
  }
}

async function loadEnv() {
  const { created, generated } = ensureEnvFile(root);
  if (created) ok(`Created .env from .env.example${generated.length ? ` with fresh ${generated.join(" and ")}` : ""}`);
  const { default: dotenv } = await import("dotenv");
  // Variables already set in the shell win over .env.
  dotenv.config({ path: path.join(root, ".env"), quiet: true });
  process.env.DOTENV_CONFIG_QUIET = "true"; // for scripts/db/migrate.mjs's `dotenv/config`
}

/** Validates the settings with the app's own schema (lib/env/schema.ts) in a tiny tsx process. */
async function validateEnv() {
  const code = `
    import { parseEnv } from "./lib/env/schema.ts";
    try {
      const e = parseEnv(process.env);
      console.log(JSON.stringify({
        appUrl: e.APP_URL, databaseUrl: e.DATABASE_URL, environment: e.REMOTE_ENVIRONMENT,
        gatewayUrl: e.gatewayUrl, gatewayOverride: e.REMOTE_GATEWAY_URL ?? null, redirectUri: e.redirectUri,
        emulatorPort: e.EMULATOR_PORT, clientId: e.REMOTE_CLIENT_ID, clientSecret: e.REMOTE_CLIENT_SECRET,
        backgroundJobs: e.BACKGROUND_JOBS,
      }));
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    }`;
  const r = await run(bin("tsx"), ["-e", code], { env: childEnv(), capture: true });
  if (stopping) return undefined;
  if (r.code !== 0) {
    const line = r.stderr.trim().split("\n").filter(Boolean).pop();
    throw new UserError(line ?? `configuration check failed (${describeExit(r)})`, {
      hint: "Fix it in .env (or the shell environment) and run npm start again. .env.example documents every variable.",
    });
  }
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function describeDatabase(url) {
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const u = new URL(url);
      return `postgresql ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
    } catch {
      return "postgresql";
    }
  }
  return `sqlite ${url.replace(/^file:/, "").replace(/^\.\//, "").split("?")[0]}`;
}

function appPort(appUrl) {
  if (process.env.PORT) return Number(process.env.PORT);
  const u = new URL(appUrl);
  if (u.port) return Number(u.port);
  warn(`APP_URL (${appUrl}) has no port; the app listens on 3000 (set PORT to change).`);
  return 3000;
}

/** Whether to start the bundled emulator: emulator mode, unless REMOTE_GATEWAY_URL points elsewhere. */
function wantsEmulator(cfg) {
  if (cfg.environment !== "emulator") return false;
  if (!cfg.gatewayOverride) return true;
  const u = new URL(cfg.gatewayOverride);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
  if (local && Number(u.port || 80) === cfg.emulatorPort) return true;
  info(`REMOTE_GATEWAY_URL=${cfg.gatewayOverride}: using that emulator, not starting the bundled one.`);
  return false;
}

async function assertPortFree(port, what, fix) {
  const problem = await portProblem(port);
  if (!problem) return;
  if (problem === "EACCES") throw new UserError(`Port ${port} (${what}) needs root privileges here.`, { hint: fix });
  const owner = portOwner(port);
  throw new UserError(`Port ${port} (${what}) is already in use${owner ? ` by ${owner}` : ""}. Is Remote Connect already running?`, {
    hint: `Stop that process, or ${fix}.`,
  });
}

async function migrateDatabase(url) {
  const t = performance.now();
  const { migrate } = await import("./db/migrate.mjs");
  try {
    migrate(url);
  } catch (e) {
    throw new UserError(`Database migration failed for ${describeDatabase(url)}: ${errorMessage(e)} (output above).`, {
      hint: "Check DATABASE_URL in .env and that the database server is reachable.",
    });
  }
  ok(`Database migrated (${describeDatabase(url)})`, performance.now() - t);
}

async function buildIfNeeded() {
  const why = buildNeeded();
  if (!why) {
    ok("Production build is up to date");
    return;
  }
  info(`Building the app (${why})…`);
  const t = performance.now();
  // No standalone copy (next.config.js): npm start serves .next with `next start`.
  const r = await run(bin("next"), ["build"], { env: childEnv({ NEXT_STANDALONE: "off" }) });
  if (stopping) return;
  if (r.code !== 0) throw new UserError(`next build failed (${describeExit(r)}); see the output above.`);
  ok("App built", performance.now() - t);
}

async function startEmulator(cfg) {
  const main = path.join(root, "emulator", "src", "main.ts");
  if (!existsSync(main)) throw new UserError("emulator/src/main.ts is missing: cannot start the bundled Remote emulator.");
  const t = performance.now();
  // Kept across restarts so the tokens the app stored stay valid (.env may move it, or empty it).
  const stateDir = process.env.EMULATOR_STATE_DIR ?? "data/emulator";
  // `node --import tsx`, not the tsx CLI: on SIGTERM that wrapper SIGKILLs a child that is slow to
  // acknowledge (30 ms), which could cut the emulator's final save short.
  const args = ["--import", "tsx", "emulator/src/main.ts", ...(RESET_EMULATOR ? ["--reset"] : [])];
  const svc = new Service("emulator", process.execPath, args, {
    color: c.magenta,
    env: childEnv({
      EMULATOR_PORT: String(cfg.emulatorPort),
      EMULATOR_MODE: process.env.EMULATOR_MODE || "dev",
      EMULATOR_PUBLIC_URL: cfg.gatewayUrl,
      EMULATOR_REDIRECT_URIS: cfg.redirectUri,
      EMULATOR_CLIENT_ID: cfg.clientId,
      EMULATOR_CLIENT_SECRET: cfg.clientSecret,
      EMULATOR_STATE_DIR: stateDir,
    }),
  });
  services.push(svc.start());
  try {
    await waitForHttp(`${cfg.gatewayUrl}/__emulator/health`, { timeoutMs: 30_000, service: svc });
  } catch (e) {
    throw new UserError(`The Remote emulator did not start: ${errorMessage(e)}`);
  }
  const kept = stateDir && c.dim(`  state in ${stateDir}/${RESET_EMULATOR ? " (reset)" : "; npm start -- --reset-emulator starts it fresh"}`);
  ok(`Remote emulator ready on port ${cfg.emulatorPort}${kept || ""}`, performance.now() - t);
  return svc;
}

async function staffBootstrap() {
  const script = path.join(root, "scripts", "staff-bootstrap.ts");
  if (!existsSync(script)) return "";
  const r = await run(bin("tsx"), ["--conditions=react-server", "scripts/staff-bootstrap.ts"], { env: childEnv(), capture: true });
  if (stopping) return "";
  if (r.code !== 0) {
    process.stderr.write(r.output);
    throw new UserError(`scripts/staff-bootstrap.ts failed (${describeExit(r)}).`);
  }
  return r.output.trim();
}

/**
 * `next start` warns that it "does not work with output: standalone". It does: it serves .next as
 * always, with the project's node_modules. The standalone folder is the deployment artefact
 * (Dockerfile); here the warning would only mislead.
 */
class AppService extends Service {
  prefixed(line) {
    return /does not work with "output: standalone"/.test(line) ? "" : super.prefixed(line);
  }
}

async function startApp(port) {
  const t = performance.now();
  // The health details (read for the banner) need the token; without one configured, this run's own.
  const healthToken = process.env.HEALTH_DETAILS_TOKEN || randomBytes(24).toString("base64url");
  const svc = new AppService("app", bin("next"), [DEV ? "dev" : "start", "-p", String(port)], {
    color: c.cyan,
    env: childEnv({ PORT: String(port), HEALTH_DETAILS_TOKEN: healthToken }),
  });
  services.push(svc.start());
  const res = await waitForHttp(`http://localhost:${port}/api/health`, {
    timeoutMs: DEV ? 180_000 : 60_000,
    service: svc,
    accept: () => true, // any answer means the app is up; the body says what is healthy
  }).catch((e) => {
    throw new UserError(`The app did not start: ${errorMessage(e)}`);
  });
  const detailed = await fetch(res.url, { headers: { authorization: `Bearer ${healthToken}` }, cache: "no-store" }).catch(() => res);
  const health = await detailed.json().catch(() => undefined);
  ok(`App ready on port ${port}${DEV ? " (next dev)" : ""}`, performance.now() - t);
  return { status: res.status, health };
}

async function main() {
  console.log(c.bold(`Remote Connect — ${DEV ? "development server" : "start"}`));
  await ensureDependencies();
  if (stopping) return;
  await loadEnv();
  const cfg = await validateEnv();
  if (stopping) return;
  ok(`Configuration valid (REMOTE_ENVIRONMENT=${cfg.environment}, ${describeDatabase(cfg.databaseUrl).split(" ")[0]})`);

  const port = appPort(cfg.appUrl);
  const emulator = wantsEmulator(cfg);
  await assertPortFree(port, "the app", `set another port in APP_URL in .env (e.g. APP_URL=http://localhost:${port + 1})`);
  if (emulator) await assertPortFree(cfg.emulatorPort, "the Remote emulator", `set EMULATOR_PORT in .env (e.g. EMULATOR_PORT=${cfg.emulatorPort + 1})`);

  await migrateDatabase(cfg.databaseUrl);
  if (!DEV) await buildIfNeeded();
  if (stopping) return;
  if (emulator) await startEmulator(cfg);
  if (stopping) return;
  const bootstrapOutput = await staffBootstrap();
  if (stopping) return;
  const app = await startApp(port);
  if (stopping) return;
  running = true;
  printBanner(cfg, port, emulator, app, bootstrapOutput, { dev: DEV, startedAt });

  // Runs until Ctrl-C (handled in onSignal) or until a child dies on its own.
  const first = await Promise.race(services.map((s) => s.exited.then((r) => ({ s, r }))));
  if (stopping) return;
  stopping = true;
  console.error(`${c.red("✗")} The ${first.s.name} stopped unexpectedly (${describeExit(first.r)}); stopping the rest.`);
  await stopAll();
  process.exit(1);
}

main().catch(async (e) => {
  if (stopping) return; // the signal handler reports and exits
  stopping = true;
  await stopAll();
  if (e instanceof UserError) {
    console.error(`${c.red("✗")} ${e.message}`);
    if (e.hint) console.error(`  ${e.hint}`);
  } else {
    console.error(`${c.red("✗")} npm start failed:`, e);
  }
  process.exit(e instanceof UserError ? e.exitCode : 1);
});
