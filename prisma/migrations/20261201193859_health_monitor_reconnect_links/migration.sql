-- AlterTable
ALTER TABLE "ConnectLink" ADD COLUMN "forConnectionId" TEXT;

-- AlterTable
ALTER TABLE "Connection" ADD COLUMN "healthCheckedAt" DATETIME;
ALTER TABLE "Connection" ADD COLUMN "nextHealthCheckAt" DATETIME;
ALTER TABLE "Connection" ADD COLUMN "refusedSince" DATETIME;

-- AlterTable
ALTER TABLE "JobLease" ADD COLUMN "lastSummary" TEXT;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN "lastAttemptAt" DATETIME;

-- CreateIndex
CREATE INDEX "ConnectLink_forConnectionId_idx" ON "ConnectLink"("forConnectionId");

-- CreateIndex
CREATE INDEX "Connection_status_nextHealthCheckAt_idx" ON "Connection"("status", "nextHealthCheckAt");

