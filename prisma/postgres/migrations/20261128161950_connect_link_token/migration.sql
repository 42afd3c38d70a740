-- AlterTable
ALTER TABLE "ConnectLink" ADD COLUMN     "tokenEnc" TEXT;

