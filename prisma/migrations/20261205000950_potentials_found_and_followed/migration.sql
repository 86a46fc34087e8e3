-- AlterTable
ALTER TABLE "RegionalPotential" ADD COLUMN     "entryId" UUID,
ADD COLUMN     "workshopId" UUID;

-- AlterTable
ALTER TABLE "WorkshopActivity" ADD COLUMN     "sector" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "RegionalPotentialFollowUp" (
    "potentialId" UUID NOT NULL,
    "followUpId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionalPotentialFollowUp_pkey" PRIMARY KEY ("potentialId","followUpId")
);

-- CreateIndex
CREATE INDEX "RegionalPotentialFollowUp_followUpId_idx" ON "RegionalPotentialFollowUp"("followUpId");

-- CreateIndex
CREATE UNIQUE INDEX "RegionalPotential_entryId_key" ON "RegionalPotential"("entryId");

-- CreateIndex
CREATE INDEX "RegionalPotential_workshopId_idx" ON "RegionalPotential"("workshopId");

-- AddForeignKey
ALTER TABLE "RegionalPotential" ADD CONSTRAINT "RegionalPotential_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalPotential" ADD CONSTRAINT "RegionalPotential_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WorkshopEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalPotentialFollowUp" ADD CONSTRAINT "RegionalPotentialFollowUp_potentialId_fkey" FOREIGN KEY ("potentialId") REFERENCES "RegionalPotential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalPotentialFollowUp" ADD CONSTRAINT "RegionalPotentialFollowUp_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;
