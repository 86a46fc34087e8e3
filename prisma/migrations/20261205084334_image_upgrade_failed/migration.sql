-- AlterTable
ALTER TABLE "Aspiration" ADD COLUMN     "photoUpgradeFailedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "PublicationImage" ADD COLUMN     "upgradeFailedAt" TIMESTAMPTZ(3);
