-- CreateEnum
CREATE TYPE "AspirationCategory" AS ENUM ('aspirasi', 'pengaduan', 'permintaan_informasi');

-- CreateEnum
CREATE TYPE "AspirationStatus" AS ENUM ('received', 'verified', 'forwarded', 'answered', 'closed', 'rejected');

-- CreateEnum
CREATE TYPE "AspirationTier" AS ENUM ('standard', 'no_field_check', 'field_check');

-- AlterEnum
ALTER TYPE "IssueSource" ADD VALUE 'aspiration';

-- AlterTable
ALTER TABLE "Regency" ADD COLUMN     "aspirationFieldCheckDays" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "aspirationFirstResponseDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "aspirationNoFieldCheckDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "aspirationStandardDays" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "Aspiration" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "issueId" UUID,
    "category" "AspirationCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "senderName" TEXT,
    "senderContact" TEXT,
    "photoStorageKey" TEXT,
    "photoSizeBytes" INTEGER,
    "status" "AspirationStatus" NOT NULL DEFAULT 'received',
    "tier" "AspirationTier",
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "escalateAt" TIMESTAMPTZ(3) NOT NULL,
    "forwardedAgencyId" UUID,
    "rejectReason" TEXT,
    "firstRespondedAt" TIMESTAMPTZ(3),
    "answeredAt" TIMESTAMPTZ(3),
    "answeredOnTime" BOOLEAN,
    "closedAt" TIMESTAMPTZ(3),
    "overdueNotifiedFor" TIMESTAMPTZ(3),
    "escalatedNotifiedFor" TIMESTAMPTZ(3),
    "senderHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Aspiration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AspirationEvent" (
    "id" UUID NOT NULL,
    "aspirationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "AspirationStatus",
    "body" TEXT NOT NULL DEFAULT '',
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "agencyName" TEXT,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AspirationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReplyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Aspiration_code_key" ON "Aspiration"("code");

-- CreateIndex
CREATE INDEX "Aspiration_regencyId_status_createdAt_idx" ON "Aspiration"("regencyId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Aspiration_senderHash_createdAt_idx" ON "Aspiration"("senderHash", "createdAt");

-- CreateIndex
CREATE INDEX "Aspiration_regencyId_createdAt_idx" ON "Aspiration"("regencyId", "createdAt");

-- CreateIndex
CREATE INDEX "Aspiration_forwardedAgencyId_status_idx" ON "Aspiration"("forwardedAgencyId", "status");

-- CreateIndex
CREATE INDEX "Aspiration_issueId_idx" ON "Aspiration"("issueId");

-- CreateIndex
CREATE INDEX "Aspiration_status_dueAt_idx" ON "Aspiration"("status", "dueAt");

-- CreateIndex
CREATE INDEX "AspirationEvent_aspirationId_createdAt_idx" ON "AspirationEvent"("aspirationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReplyTemplate_regencyId_title_key" ON "ReplyTemplate"("regencyId", "title");

-- AddForeignKey
ALTER TABLE "Aspiration" ADD CONSTRAINT "Aspiration_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aspiration" ADD CONSTRAINT "Aspiration_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aspiration" ADD CONSTRAINT "Aspiration_forwardedAgencyId_fkey" FOREIGN KEY ("forwardedAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AspirationEvent" ADD CONSTRAINT "AspirationEvent_aspirationId_fkey" FOREIGN KEY ("aspirationId") REFERENCES "Aspiration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
