-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('planned', 'in_progress', 'done', 'cancelled');

-- CreateTable
CREATE TABLE "WorkshopSession" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venue" TEXT NOT NULL DEFAULT '',
    "startedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAttendance" (
    "sessionId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopAttendance_pkey" PRIMARY KEY ("sessionId","participantId")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "workshopId" UUID,
    "entryId" UUID,
    "text" TEXT NOT NULL,
    "ownerPositionId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'planned',
    "overdueNotifiedFor" DATE,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkshopSession_workshopId_startsAt_idx" ON "WorkshopSession"("workshopId", "startsAt");

-- CreateIndex
CREATE INDEX "WorkshopAttendance_participantId_idx" ON "WorkshopAttendance"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_entryId_key" ON "FollowUp"("entryId");

-- CreateIndex
CREATE INDEX "FollowUp_issueId_dueDate_idx" ON "FollowUp"("issueId", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUp_regencyId_status_dueDate_idx" ON "FollowUp"("regencyId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUp_ownerPositionId_idx" ON "FollowUp"("ownerPositionId");

-- AddForeignKey
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendance" ADD CONSTRAINT "WorkshopAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendance" ADD CONSTRAINT "WorkshopAttendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WorkshopEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data: every existing workshop gets one session from its startsAt (four hours long). One whose
-- time has passed is an ended session; participants who joined before its end are its daftar hadir.
INSERT INTO "WorkshopSession" ("id", "workshopId", "startsAt", "endsAt", "venue", "startedAt", "endedAt")
SELECT gen_random_uuid(), w.id, w."startsAt", w."startsAt" + interval '4 hours', w.venue,
       CASE WHEN w."startsAt" <= now() THEN w."startsAt" END,
       CASE WHEN w."startsAt" + interval '4 hours' <= now() THEN w."startsAt" + interval '4 hours' END
FROM "Workshop" w;

INSERT INTO "WorkshopAttendance" ("sessionId", "participantId", "joinedAt")
SELECT s.id, p.id, p."joinedAt"
FROM "WorkshopParticipant" p JOIN "WorkshopSession" s ON s."workshopId" = p."workshopId"
WHERE p."joinedAt" < s."endsAt";
