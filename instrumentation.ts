// Runs once when a server process starts, before it answers any request.
export async function register() {
  // Settings are read at run time, never at build time: `next build` works without them.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { EnvError, parseEnv } = await import("./lib/env/schema");
  try {
    parseEnv(process.env);
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    // The same one line as everywhere else, then stop: a server that would fail every request with
    // it should not look healthy to a process manager.
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
