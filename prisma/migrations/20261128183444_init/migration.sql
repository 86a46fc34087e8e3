-- CreateEnum
CREATE TYPE "Role" AS ENUM ('coordinator', 'official', 'humas', 'facilitator');

-- CreateEnum
CREATE TYPE "RegencyKind" AS ENUM ('kabupaten', 'kota');

-- CreateEnum
CREATE TYPE "RegencyStatus" AS ENUM ('persiapan', 'definitif');

-- CreateEnum
CREATE TYPE "PositionKind" AS ENUM ('bupati', 'wakil_bupati', 'sekda', 'kepala_bappeda', 'ketua_dprd', 'wakil_ketua_dprd', 'anggota_dprd', 'inspektur', 'kepala_opd', 'kepala_humas', 'camat', 'other');

-- CreateEnum
CREATE TYPE "AppointmentKind" AS ENUM ('definitif', 'pj', 'plt');

-- CreateEnum
CREATE TYPE "IssueStage" AS ENUM ('identification', 'analysis', 'strategy', 'action', 'evaluation', 'closed');

-- CreateEnum
CREATE TYPE "IssueLifecycle" AS ENUM ('potential', 'emerging', 'current', 'crisis', 'dormant');

-- CreateEnum
CREATE TYPE "IssueTriage" AS ENUM ('pending', 'accepted', 'rejected', 'merged');

-- CreateEnum
CREATE TYPE "IssueCategory" AS ENUM ('assets_p3d', 'boundaries', 'capital', 'civil_servants', 'finance', 'infrastructure', 'basic_services', 'economy_potential', 'governance', 'social_cultural');

-- CreateTable
CREATE TABLE "Regency" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "RegencyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "parentId" UUID,
    "isDob" BOOLEAN NOT NULL DEFAULT false,
    "formationLaw" TEXT,
    "formationYear" INTEGER,
    "formationDate" DATE,
    "status" "RegencyStatus" NOT NULL DEFAULT 'definitif',
    "capital" TEXT,
    "areaKm2" DOUBLE PRECISION,
    "population" INTEGER,
    "districts" INTEGER,
    "figuresAsOf" TEXT,
    "figuresSource" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Regency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "seq" BIGINT NOT NULL DEFAULT 0,
    "occurredAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "regencyId" UUID,
    "changes" JSONB,
    "ip" TEXT,
    "userAgent" TEXT,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "userId" UUID,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "regencyId" UUID,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemSetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SystemSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'dinas',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "kind" "PositionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "agencyId" UUID,
    "dprdCommission" TEXT,
    "isCoordinator" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 100,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionTerm" (
    "id" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "userId" UUID,
    "appointment" "AppointmentKind" NOT NULL DEFAULT 'definitif',
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PositionTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issue" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" "IssueCategory" NOT NULL,
    "stage" "IssueStage" NOT NULL DEFAULT 'identification',
    "lifecycle" "IssueLifecycle" NOT NULL DEFAULT 'emerging',
    "triage" "IssueTriage" NOT NULL DEFAULT 'pending',
    "impact" INTEGER NOT NULL DEFAULT 3,
    "urgency" INTEGER NOT NULL DEFAULT 3,
    "priority" INTEGER NOT NULL DEFAULT 9,
    "agencyId" UUID,
    "ownerPositionId" UUID,
    "dueDate" DATE,
    "reviewCadenceDays" INTEGER NOT NULL DEFAULT 14,
    "lastOwnerUpdateAt" TIMESTAMPTZ(3),
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "sourceRef" TEXT,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Regency_code_key" ON "Regency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Regency_slug_key" ON "Regency"("slug");

-- CreateIndex
CREATE INDEX "Regency_parentId_idx" ON "Regency"("parentId");

-- CreateIndex
CREATE INDEX "Regency_province_idx" ON "Regency"("province");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_regencyId_role_idx" ON "Membership"("regencyId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_regencyId_key" ON "Membership"("userId", "regencyId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- CreateIndex
CREATE INDEX "AuditEvent_regencyId_occurredAt_idx" ON "AuditEvent"("regencyId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_regencyId_name_key" ON "Agency"("regencyId", "name");

-- CreateIndex
CREATE INDEX "Position_regencyId_kind_idx" ON "Position"("regencyId", "kind");

-- CreateIndex
CREATE INDEX "PositionTerm_positionId_startDate_idx" ON "PositionTerm"("positionId", "startDate");

-- CreateIndex
CREATE INDEX "PositionTerm_userId_idx" ON "PositionTerm"("userId");

-- CreateIndex
CREATE INDEX "Issue_regencyId_triage_stage_idx" ON "Issue"("regencyId", "triage", "stage");

-- CreateIndex
CREATE INDEX "Issue_ownerPositionId_idx" ON "Issue"("ownerPositionId");

-- CreateIndex
CREATE INDEX "Issue_agencyId_idx" ON "Issue"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Issue_regencyId_number_key" ON "Issue"("regencyId", "number");

-- AddForeignKey
ALTER TABLE "Regency" ADD CONSTRAINT "Regency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Regency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionTerm" ADD CONSTRAINT "PositionTerm_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionTerm" ADD CONSTRAINT "PositionTerm_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Audit trail: append-only, hash-chained (not expressible in schema.prisma).
-- The hash covers every field of the event and the previous event's hash, as a JSON array
-- so no two different events can serialise alike.
CREATE FUNCTION mekar_audit_hash(e "AuditEvent") RETURNS text AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.seq, e."prevHash", to_char(e."occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e."actorId", e."actorName", e.action, e."entityType", e."entityId", e."regencyId",
    e.changes, e.ip, e."userAgent")::text, 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;

-- Chains each new event to the last one. The transaction-level advisory lock is held until
-- commit, so the next writer sees this event before it takes its own place in the chain.
CREATE FUNCTION mekar_audit_chain() RETURNS trigger AS $$
DECLARE last_seq bigint; last_hash text;
BEGIN
  IF NEW.hash <> '' THEN RETURN NEW; END IF; -- restoring a backup keeps the stored chain
  PERFORM pg_advisory_xact_lock(727073690);
  SELECT seq, hash INTO last_seq, last_hash FROM "AuditEvent" ORDER BY seq DESC LIMIT 1;
  NEW.seq := COALESCE(last_seq, 0) + 1;
  NEW."prevHash" := last_hash;
  NEW.hash := mekar_audit_hash(NEW);
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION mekar_audit_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION mekar_audit_chain();
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION mekar_audit_immutable();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION mekar_audit_immutable();
