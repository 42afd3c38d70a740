// Runs once when a server process starts, before it answers any request.
export async function register() {
  // Written as Next documents it so the Edge bundle drops the Node-only check entirely. Settings
  // are read at run time, never at build time: `next build` works without them.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkSettingsOrExit } = await import("./lib/env/startup-check");
    checkSettingsOrExit();
    // Background jobs run in every app process unless a dedicated `npm run worker` does the work.
    if (process.env.BACKGROUND_JOBS !== "off") {
      // Modules that register jobs, then the runner.
      await import("./lib/webhooks/jobs");
      await import("./lib/connections/health-monitor-job");
      await import("./lib/remote-events/jobs");
      const { startJobRunner } = await import("./lib/jobs/start");
      startJobRunner({ signals: "stop" });
    }
  }
}
