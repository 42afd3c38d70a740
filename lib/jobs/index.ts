import "server-only";

export { claimRows, releaseClaims, renewClaims, type ClaimOptions } from "./claim";
export { processOwner } from "./owner";
export { isJobRunnerStarted, registerJob, registeredJobs, startJobRunner, stopJobRunner, type JobContext, type JobDefinition } from "./runner";
