-- AlterTable
ALTER TABLE "Connection" ADD COLUMN     "statusReason" TEXT,
ADD COLUMN     "tokenLifetimeSeconds" INTEGER;

-- AlterTable
ALTER TABLE "PartnerToken" ADD COLUMN     "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tokenLifetimeSeconds" INTEGER;

-- AlterTable
ALTER TABLE "PendingAuthorization" ADD COLUMN     "resultConnectionId" TEXT;

-- CreateTable
CREATE TABLE "ClientCircuit" (
    "id" TEXT NOT NULL,
    "openUntil" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClientCircuit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffIdentity" (
    "id" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "StaffIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffIdentity_staffUserId_idx" ON "StaffIdentity"("staffUserId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffIdentity_issuer_subject_key" ON "StaffIdentity"("issuer", "subject");

-- AddForeignKey
ALTER TABLE "StaffIdentity" ADD CONSTRAINT "StaffIdentity_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

