-- AlterEnum
ALTER TYPE "WorkshopActivityKind" ADD VALUE 'quiz';

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "quizLeaderboard" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "WorkshopActivity" ADD COLUMN     "correctOptions" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "optionIssueIds" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "timerEndsAt" TIMESTAMPTZ(3),
ADD COLUMN     "timerStartedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "IssueWorkshopVerdict" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "workshopTitle" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "rank" INTEGER NOT NULL,
    "optionCount" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "voters" INTEGER NOT NULL,
    "meanRank" DOUBLE PRECISION NOT NULL,
    "spread" DOUBLE PRECISION NOT NULL,
    "appliedById" UUID,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssueWorkshopVerdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IssueWorkshopVerdict_issueId_appliedAt_idx" ON "IssueWorkshopVerdict"("issueId", "appliedAt");

-- CreateIndex
CREATE INDEX "IssueWorkshopVerdict_regencyId_idx" ON "IssueWorkshopVerdict"("regencyId");

-- CreateIndex
CREATE UNIQUE INDEX "IssueWorkshopVerdict_activityId_issueId_key" ON "IssueWorkshopVerdict"("activityId", "issueId");

-- AddForeignKey
ALTER TABLE "IssueWorkshopVerdict" ADD CONSTRAINT "IssueWorkshopVerdict_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueWorkshopVerdict" ADD CONSTRAINT "IssueWorkshopVerdict_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "WorkshopActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
