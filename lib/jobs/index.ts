import "server-only";

export { claimRows, releaseClaims, renewClaims, type ClaimOptions } from "./claim";
export { processOwner } from "./owner";
export { readJobRecord, recordJobSummary, requestJobRun, type JobRecord } from "./records";
export { isJobRunnerStarted, registerJob, registeredJobs, startJobRunner, stopJobRunner, type JobContext, type JobDefinition } from "./runner";
