// The runner's entrance for instrumentation.ts (which loads only what it needs at start-up).
export { startJobRunner, stopJobRunner } from "./runner";
