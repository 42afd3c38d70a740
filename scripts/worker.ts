// npm run worker: runs the background jobs in a dedicated process until SIGTERM/SIGINT, e.g. when
// the app processes run with BACKGROUND_JOBS=off. Any number of workers and app processes share
// the work through the database.
import "dotenv/config";
import { checkSettingsOrExit } from "../lib/env/startup-check";
import { processOwner, registeredJobs, startJobRunner } from "../lib/jobs";
// Modules that register jobs (imported for that effect), before the runner starts.
import "../lib/webhooks/jobs";
import "../lib/connections/health-monitor-job";
import "../lib/remote-events/jobs";

function main() {
  checkSettingsOrExit();
  startJobRunner({ signals: "stop-and-exit" });
  const jobs = registeredJobs();
  console.log(`Job runner ${processOwner()} started; jobs: ${jobs.length ? jobs.join(", ") : "none registered"}. Stop with SIGTERM or Ctrl-C.`);
  // The runner's timers do not hold the process open (an app process must be able to exit); this does.
  setInterval(() => undefined, 1 << 30);
}

main();
