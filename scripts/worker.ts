// npm run worker: runs the background jobs in a dedicated process until SIGTERM/SIGINT, e.g. when
// the app processes run with BACKGROUND_JOBS=off. Any number of workers and app processes share
// the work through the database.
import "dotenv/config";
import { EnvError, parseEnv } from "../lib/env/schema";
import { processOwner, registeredJobs, startJobRunner } from "../lib/jobs";

function main() {
  try {
    parseEnv(process.env);
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  // Modules that register jobs are imported above this line as they arrive (e.g. webhook delivery).
  startJobRunner({ signals: "stop-and-exit" });
  const jobs = registeredJobs();
  console.log(`Job runner ${processOwner()} started; jobs: ${jobs.length ? jobs.join(", ") : "none registered"}. Stop with SIGTERM or Ctrl-C.`);
  // The runner's timers do not hold the process open (an app process must be able to exit); this does.
  setInterval(() => undefined, 1 << 30);
}

main();
