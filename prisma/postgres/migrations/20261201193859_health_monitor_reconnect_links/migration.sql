-- AlterTable
ALTER TABLE "ConnectLink" ADD COLUMN     "forConnectionId" TEXT;

-- AlterTable
ALTER TABLE "Connection" ADD COLUMN     "healthCheckedAt" TIMESTAMP(3),
ADD COLUMN     "nextHealthCheckAt" TIMESTAMP(3),
ADD COLUMN     "refusedSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "JobLease" ADD COLUMN     "lastSummary" TEXT;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "lastAttemptAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ConnectLink_forConnectionId_idx" ON "ConnectLink"("forConnectionId");

-- CreateIndex
CREATE INDEX "Connection_status_nextHealthCheckAt_idx" ON "Connection"("status", "nextHealthCheckAt");

