-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailClaim" UUID,
ADD COLUMN     "emailClaimedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "emailError" TEXT,
ADD COLUMN     "emailFailedAt" TIMESTAMPTZ(3),
ADD COLUMN     "emailNextAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Notification_emailFailedAt_idx" ON "Notification"("emailFailedAt");
