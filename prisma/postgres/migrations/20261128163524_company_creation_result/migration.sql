-- AlterTable
ALTER TABLE "CompanyCreation" ADD COLUMN     "companyName" TEXT,
ADD COLUMN     "passwordEmailSent" BOOLEAN NOT NULL DEFAULT false;

