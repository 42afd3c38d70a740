-- CreateTable
CREATE TABLE "RemoteRateBudget" (
    "clientId" TEXT NOT NULL PRIMARY KEY,
    "remoteRemaining" INTEGER,
    "remoteResetAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RemoteRateSlot" (
    "clientId" TEXT NOT NULL,
    "second" DATETIME NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("clientId", "second")
);

-- CreateTable
CREATE TABLE "BrowserSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "allowedOrigin" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RemoteSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "connectionId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "remoteCallbackId" TEXT,
    "signingKeyEnc" TEXT,
    "appliedEvents" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "lastErrorAt" DATETIME,
    "activatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RemoteEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subscriptionId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "bodyDigest" TEXT,
    "body" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventId" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "BrowserSession_tokenHash_key" ON "BrowserSession"("tokenHash");

-- CreateIndex
CREATE INDEX "BrowserSession_connectionId_idx" ON "BrowserSession"("connectionId");

-- CreateIndex
CREATE INDEX "BrowserSession_expiresAt_idx" ON "BrowserSession"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "RemoteSubscription_connectionId_key" ON "RemoteSubscription"("connectionId");

-- CreateIndex
CREATE INDEX "RemoteSubscription_state_nextAttemptAt_idx" ON "RemoteSubscription"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "RemoteEvent_connectionId_receivedAt_idx" ON "RemoteEvent"("connectionId", "receivedAt");

-- CreateIndex
CREATE INDEX "RemoteEvent_receivedAt_idx" ON "RemoteEvent"("receivedAt");

-- CreateIndex
CREATE INDEX "RemoteEvent_eventType_receivedAt_idx" ON "RemoteEvent"("eventType", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RemoteEvent_subscriptionId_bodyDigest_key" ON "RemoteEvent"("subscriptionId", "bodyDigest");

