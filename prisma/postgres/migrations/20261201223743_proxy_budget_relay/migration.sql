-- CreateTable
CREATE TABLE "RemoteRateBudget" (
    "clientId" TEXT NOT NULL,
    "remoteRemaining" INTEGER,
    "remoteResetAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemoteRateBudget_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "RemoteRateSlot" (
    "clientId" TEXT NOT NULL,
    "second" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RemoteRateSlot_pkey" PRIMARY KEY ("clientId","second")
);

-- CreateTable
CREATE TABLE "BrowserSession" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "allowedOrigin" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrowserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemoteSubscription" (
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "remoteCallbackId" TEXT,
    "signingKeyEnc" TEXT,
    "appliedEvents" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "activatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemoteSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemoteEvent" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "bodyDigest" TEXT,
    "body" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventId" TEXT,

    CONSTRAINT "RemoteEvent_pkey" PRIMARY KEY ("id")
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

