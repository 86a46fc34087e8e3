-- AlterTable
ALTER TABLE "IsoObjective" ADD COLUMN     "sourceRef" TEXT;
