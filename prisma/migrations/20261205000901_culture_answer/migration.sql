-- AlterEnum
ALTER TYPE "WorkshopActivityKind" ADD VALUE 'culture';

-- AlterTable
ALTER TABLE "CultureSurvey" ADD COLUMN     "windowCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "windowStart" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
