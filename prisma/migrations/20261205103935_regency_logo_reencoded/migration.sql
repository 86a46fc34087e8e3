-- AlterTable
ALTER TABLE "Regency" ADD COLUMN     "logoReencodedAt" TIMESTAMPTZ(3),
ADD COLUMN     "logoUpgradeFailedAt" TIMESTAMPTZ(3);
