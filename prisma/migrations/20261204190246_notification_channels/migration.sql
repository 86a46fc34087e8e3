-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestAt" TIMESTAMPTZ(3),
ADD COLUMN     "digestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "emailMode" TEXT NOT NULL DEFAULT 'now';

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "emailEnabled" BOOLEAN NOT NULL DEFAULT true,
    "whatsappEnabled" BOOLEAN NOT NULL DEFAULT false,
    "digestMinute" INTEGER,
    "phone" TEXT,
    "phoneVerifiedAt" TIMESTAMPTZ(3),
    "pendingPhone" TEXT,
    "codeHash" TEXT,
    "codeExpiresAt" TIMESTAMPTZ(3),
    "codeAttempts" INTEGER NOT NULL DEFAULT 0,
    "codeSentAt" TIMESTAMPTZ(3),
    "codeWindowAt" TIMESTAMPTZ(3),
    "codesInWindow" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "WhatsAppGateway" (
    "regencyId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WhatsAppGateway_pkey" PRIMARY KEY ("regencyId")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "regencyId" UUID,
    "notificationId" UUID,
    "to" TEXT,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claim" UUID,
    "claimedUntil" TIMESTAMPTZ(3),
    "nextAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "failedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboundMessage_sentAt_failedAt_cancelledAt_createdAt_idx" ON "OutboundMessage"("sentAt", "failedAt", "cancelledAt", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_failedAt_idx" ON "OutboundMessage"("failedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_notificationId_channel_key" ON "OutboundMessage"("notificationId", "channel");

-- CreateIndex
CREATE INDEX "Notification_digestAt_digestedAt_idx" ON "Notification"("digestAt", "digestedAt");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhatsAppGateway" ADD CONSTRAINT "WhatsAppGateway_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhatsAppGateway" ADD CONSTRAINT "WhatsAppGateway_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
