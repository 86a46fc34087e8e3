-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");

-- Notifications from before the outbox were mailed (or logged) when they were made: never send them again.
UPDATE "Notification" SET "emailedAt" = "createdAt";
