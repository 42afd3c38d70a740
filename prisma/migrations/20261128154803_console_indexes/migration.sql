-- DropIndex
DROP INDEX "Connection_status_idx";

-- CreateIndex
CREATE INDEX "Connection_status_connectedAt_idx" ON "Connection"("status", "connectedAt");

-- CreateIndex
CREATE INDEX "Connection_lastRefreshAt_idx" ON "Connection"("lastRefreshAt");

