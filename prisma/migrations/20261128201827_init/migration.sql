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
CREATE TYPE "MilestoneKind" AS ENUM ('formation_law', 'pj_inauguration', 'p3d_transfer', 'hibah', 'boundaries', 'capital', 'first_elected_bupati', 'edob_evaluation', 'other');

-- CreateEnum
CREATE TYPE "ObligationStatus" AS ENUM ('open', 'in_progress', 'fulfilled');

-- CreateEnum
CREATE TYPE "PotentialStatus" AS ENUM ('identified', 'studied', 'being_developed');

-- CreateEnum
CREATE TYPE "IssueStage" AS ENUM ('identification', 'analysis', 'strategy', 'action', 'evaluation', 'closed');

-- CreateEnum
CREATE TYPE "IssueLifecycle" AS ENUM ('potential', 'emerging', 'current', 'crisis', 'dormant');

-- CreateEnum
CREATE TYPE "IssueTriage" AS ENUM ('pending', 'accepted', 'rejected', 'merged');

-- CreateEnum
CREATE TYPE "IssueCategory" AS ENUM ('assets_p3d', 'boundaries', 'capital', 'civil_servants', 'finance', 'infrastructure', 'basic_services', 'economy_potential', 'governance', 'social_cultural');

-- CreateEnum
CREATE TYPE "IsoDocumentType" AS ENUM ('procedure', 'form', 'policy', 'work_instruction', 'external');

-- CreateEnum
CREATE TYPE "IsoDocVersionStatus" AS ENUM ('draft', 'in_review', 'approved', 'effective', 'superseded');

-- CreateEnum
CREATE TYPE "IsoObjectiveDirection" AS ENUM ('increase', 'decrease');

-- CreateEnum
CREATE TYPE "IsoRiskKind" AS ENUM ('risk', 'opportunity');

-- CreateEnum
CREATE TYPE "IsoRiskTreatment" AS ENUM ('avoid', 'reduce', 'share', 'accept', 'pursue');

-- CreateEnum
CREATE TYPE "IsoChangePhase" AS ENUM ('plan', 'do', 'check', 'act', 'closed');

-- CreateEnum
CREATE TYPE "IsoReviewStatus" AS ENUM ('draft', 'approved');

-- CreateEnum
CREATE TYPE "IsoNcStatus" AS ENUM ('open', 'in_progress', 'awaiting_verification', 'closed');

-- CreateEnum
CREATE TYPE "IsoNcSource" AS ENUM ('internal_audit', 'public_complaint', 'process_monitoring', 'management_review', 'development_issue', 'iso18091_assessment');

-- CreateEnum
CREATE TYPE "IsoNcSeverity" AS ENUM ('major', 'minor');

-- CreateEnum
CREATE TYPE "IsoAuditStatus" AS ENUM ('planned', 'completed');

-- CreateEnum
CREATE TYPE "IsoFindingKind" AS ENUM ('major_nc', 'minor_nc', 'observation', 'ofi');

-- CreateEnum
CREATE TYPE "IsoAssessmentStatus" AS ENUM ('draft', 'submitted', 'disputed', 'verified');

-- CreateEnum
CREATE TYPE "IsoRating" AS ENUM ('red', 'yellow', 'green', 'not_measurable');

-- CreateEnum
CREATE TYPE "PublicationKind" AS ENUM ('issue_update', 'press_release', 'announcement');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('draft', 'submitted', 'approved', 'withdrawn');

-- CreateEnum
CREATE TYPE "Sentiment" AS ENUM ('positif', 'netral', 'negatif');

-- CreateEnum
CREATE TYPE "StakeholderType" AS ENUM ('government', 'dprd', 'community', 'adat', 'ngo', 'media', 'business', 'academic', 'religious', 'other');

-- CreateEnum
CREATE TYPE "StakeholderStance" AS ENUM ('supportive', 'neutral', 'opposed');

-- CreateEnum
CREATE TYPE "WorkshopActivityKind" AS ENUM ('poll_single', 'poll_multiple', 'scale', 'word_cloud', 'open_question', 'qna');

-- CreateEnum
CREATE TYPE "WorkshopActivityState" AS ENUM ('draft', 'open', 'closed');

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
    "background" TEXT,
    "disciplines" TEXT,
    "leadershipMethod" TEXT,
    "leadershipType" TEXT,
    "profileNotes" TEXT,

    CONSTRAINT "PositionTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionHandover" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "fromTermId" UUID,
    "toTermId" UUID NOT NULL,
    "handedOverOn" DATE NOT NULL,
    "moved" JSONB NOT NULL DEFAULT '{}',
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegencyMilestone" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "evidence" TEXT,
    "score" DOUBLE PRECISION,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RegencyMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinistryObligation" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "aspect" TEXT,
    "source" TEXT NOT NULL,
    "dueDate" DATE,
    "responsiblePositionId" UUID,
    "status" "ObligationStatus" NOT NULL DEFAULT 'open',
    "evidence" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MinistryObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionalPotential" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "sector" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT,
    "estimatedValue" DOUBLE PRECISION,
    "status" "PotentialStatus" NOT NULL DEFAULT 'identified',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RegionalPotential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionalPotentialIssue" (
    "potentialId" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionalPotentialIssue_pkey" PRIMARY KEY ("potentialId","issueId")
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
    "percentDone" INTEGER NOT NULL DEFAULT 0,
    "acceptedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "evaluationNote" TEXT,
    "triageReason" TEXT,
    "staleNotifiedAt" TIMESTAMPTZ(3),
    "escalatedNotifiedAt" TIMESTAMPTZ(3),
    "mergedIntoId" UUID,
    "programs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source" TEXT NOT NULL DEFAULT 'manual',
    "sourceRef" TEXT,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueUpdate" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "percentDone" INTEGER,
    "fromStage" "IssueStage",
    "toStage" "IssueStage",
    "byOwner" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "authorId" UUID,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssueUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueSupport" (
    "issueId" UUID NOT NULL,
    "positionId" UUID NOT NULL,

    CONSTRAINT "IssueSupport_pkey" PRIMARY KEY ("issueId","positionId")
);

-- CreateTable
CREATE TABLE "IsoDocument" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "IsoDocumentType" NOT NULL,
    "ownerAgencyId" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoDocumentVersion" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "status" "IsoDocVersionStatus" NOT NULL DEFAULT 'draft',
    "changeSummary" TEXT NOT NULL DEFAULT '',
    "content" TEXT NOT NULL DEFAULT '',
    "authorId" UUID NOT NULL,
    "approverId" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "effectiveAt" TIMESTAMPTZ(3),
    "supersededAt" TIMESTAMPTZ(3),
    "reviewDueDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoObjective" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "baseline" DOUBLE PRECISION NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "direction" "IsoObjectiveDirection" NOT NULL DEFAULT 'increase',
    "ownerPositionId" UUID,
    "dueDate" DATE,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoObjectiveMeasurement" (
    "id" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoObjectiveMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoRisk" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "kind" "IsoRiskKind" NOT NULL,
    "title" TEXT NOT NULL,
    "context" TEXT NOT NULL DEFAULT '',
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "treatment" "IsoRiskTreatment" NOT NULL,
    "action" TEXT NOT NULL DEFAULT '',
    "ownerPositionId" UUID,
    "reviewDate" DATE NOT NULL,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IsoRisk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoChangeInitiative" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "consequences" TEXT NOT NULL DEFAULT '',
    "resources" TEXT NOT NULL DEFAULT '',
    "ownerPositionId" UUID,
    "issueId" UUID,
    "phase" "IsoChangePhase" NOT NULL DEFAULT 'plan',
    "cycle" INTEGER NOT NULL DEFAULT 1,
    "planObjective" TEXT NOT NULL DEFAULT '',
    "planScope" TEXT NOT NULL DEFAULT '',
    "planRisks" TEXT NOT NULL DEFAULT '',
    "doActivities" TEXT NOT NULL DEFAULT '',
    "checkResults" TEXT NOT NULL DEFAULT '',
    "sourceRef" TEXT,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IsoChangeInitiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoManagementReview" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "meetingDate" DATE NOT NULL,
    "chairPositionId" UUID,
    "attendees" TEXT NOT NULL DEFAULT '',
    "decisions" TEXT NOT NULL DEFAULT '',
    "inputs" JSONB,
    "status" "IsoReviewStatus" NOT NULL DEFAULT 'draft',
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoManagementReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoReviewAction" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "ownerPositionId" UUID,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoNonconformity" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "source" "IsoNcSource" NOT NULL,
    "sourceRef" TEXT,
    "agencyId" UUID,
    "description" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "severity" "IsoNcSeverity" NOT NULL,
    "correction" TEXT NOT NULL DEFAULT '',
    "rootCause" TEXT NOT NULL DEFAULT '',
    "similarChecked" TEXT NOT NULL DEFAULT '',
    "status" "IsoNcStatus" NOT NULL DEFAULT 'open',
    "verifiedById" UUID,
    "verifiedAt" TIMESTAMPTZ(3),
    "verificationNote" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IsoNonconformity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoCorrectiveAction" (
    "id" UUID NOT NULL,
    "nonconformityId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "ownerUserId" UUID,
    "ownerPositionId" UUID,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "doneNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoCorrectiveAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoRecordEvent" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoRecordEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoEvidenceFile" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoEvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoAudit" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "programYear" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "auditedAgencyId" UUID NOT NULL,
    "leadAuditorId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "IsoAuditStatus" NOT NULL DEFAULT 'planned',
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IsoAudit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoAuditFinding" (
    "id" UUID NOT NULL,
    "auditId" UUID NOT NULL,
    "kind" "IsoFindingKind" NOT NULL,
    "clause" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "nonconformityId" UUID,
    "issueId" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsoAuditFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoAssessment" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "status" "IsoAssessmentStatus" NOT NULL DEFAULT 'draft',
    "assessorId" UUID NOT NULL,
    "verifierId" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "verifiedAt" TIMESTAMPTZ(3),
    "disputeNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IsoAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoAssessmentRating" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "rating" "IsoRating",
    "evidence" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "nonconformityId" UUID,
    "issueId" UUID,
    "changeId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IsoAssessmentRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationSettings" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "approverPositionId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PublicationKind" NOT NULL DEFAULT 'issue_update',
    "status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "internalNote" TEXT NOT NULL DEFAULT '',
    "correctionNote" TEXT,
    "publishAt" TIMESTAMPTZ(3),
    "authorId" UUID NOT NULL,
    "submittedById" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewComment" TEXT,
    "firstPublishAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawalReason" TEXT,
    "withdrawnById" UUID,
    "imageId" UUID,
    "imageAlt" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationIssue" (
    "publicationId" UUID NOT NULL,
    "issueId" UUID NOT NULL,

    CONSTRAINT "PublicationIssue_pkey" PRIMARY KEY ("publicationId","issueId")
);

-- CreateTable
CREATE TABLE "PublicationVersion" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "correctionNote" TEXT,
    "publishAt" TIMESTAMPTZ(3) NOT NULL,
    "approvedById" UUID NOT NULL,
    "approverName" TEXT NOT NULL,
    "approverTitle" TEXT,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "writerName" TEXT NOT NULL,
    "imageId" UUID,
    "imageAlt" TEXT,

    CONSTRAINT "PublicationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationImage" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationReview" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NarrativeMessage" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "approvedById" UUID,
    "retiredAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NarrativeMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaCoverage" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "outlet" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL DEFAULT 'online',
    "url" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "headline" TEXT NOT NULL,
    "sentiment" "Sentiment" NOT NULL,
    "reach" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MediaCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaCoverageIssue" (
    "coverageId" UUID NOT NULL,
    "issueId" UUID NOT NULL,

    CONSTRAINT "MediaCoverageIssue_pkey" PRIMARY KEY ("coverageId","issueId")
);

-- CreateTable
CREATE TABLE "Stakeholder" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "type" "StakeholderType" NOT NULL,
    "power" INTEGER NOT NULL,
    "interest" INTEGER NOT NULL,
    "stance" "StakeholderStance" NOT NULL DEFAULT 'neutral',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Stakeholder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StakeholderIssue" (
    "stakeholderId" UUID NOT NULL,
    "issueId" UUID NOT NULL,

    CONSTRAINT "StakeholderIssue_pkey" PRIMARY KEY ("stakeholderId","issueId")
);

-- CreateTable
CREATE TABLE "ExpertContact" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "discipline" TEXT NOT NULL,
    "institution" TEXT NOT NULL DEFAULT '',
    "expertise" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExpertContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertIssue" (
    "expertId" UUID NOT NULL,
    "issueId" UUID NOT NULL,

    CONSTRAINT "ExpertIssue_pkey" PRIMARY KEY ("expertId","issueId")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "venue" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "code" TEXT NOT NULL,
    "askIdentity" BOOLEAN NOT NULL DEFAULT true,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "currentActivityId" UUID,
    "agenda" JSONB NOT NULL DEFAULT '[]',
    "materials" JSONB NOT NULL DEFAULT '[]',
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopActivity" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "workshopId" UUID,
    "isTemplate" BOOLEAN NOT NULL DEFAULT false,
    "kind" "WorkshopActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "prompt" TEXT NOT NULL DEFAULT '',
    "options" JSONB NOT NULL DEFAULT '[]',
    "scaleMin" INTEGER NOT NULL DEFAULT 1,
    "scaleMax" INTEGER NOT NULL DEFAULT 5,
    "allowChange" BOOLEAN NOT NULL DEFAULT true,
    "moderated" BOOLEAN NOT NULL DEFAULT true,
    "state" "WorkshopActivityState" NOT NULL DEFAULT 'draft',
    "resultsVisible" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkshopActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "browserId" UUID NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "institution" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "windowStart" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "windowCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WorkshopParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopEntry" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "slot" TEXT NOT NULL,
    "choices" INTEGER[],
    "scale" INTEGER,
    "text" TEXT NOT NULL DEFAULT '',
    "approved" BOOLEAN NOT NULL DEFAULT false,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "answeredAt" TIMESTAMPTZ(3),
    "upvoteCount" INTEGER NOT NULL DEFAULT 0,
    "issueId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkshopEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopUpvote" (
    "entryId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopUpvote_pkey" PRIMARY KEY ("entryId","participantId")
);

-- CreateTable
CREATE TABLE "WorkshopEvent" (
    "id" BIGSERIAL NOT NULL,
    "workshopId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'all',
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopEvent_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "PositionHandover_positionId_handedOverOn_idx" ON "PositionHandover"("positionId", "handedOverOn");

-- CreateIndex
CREATE INDEX "PositionHandover_regencyId_createdAt_idx" ON "PositionHandover"("regencyId", "createdAt");

-- CreateIndex
CREATE INDEX "RegencyMilestone_regencyId_date_idx" ON "RegencyMilestone"("regencyId", "date");

-- CreateIndex
CREATE INDEX "MinistryObligation_regencyId_status_dueDate_idx" ON "MinistryObligation"("regencyId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "RegionalPotential_regencyId_status_idx" ON "RegionalPotential"("regencyId", "status");

-- CreateIndex
CREATE INDEX "RegionalPotentialIssue_issueId_idx" ON "RegionalPotentialIssue"("issueId");

-- CreateIndex
CREATE INDEX "Issue_regencyId_triage_stage_idx" ON "Issue"("regencyId", "triage", "stage");

-- CreateIndex
CREATE INDEX "Issue_ownerPositionId_idx" ON "Issue"("ownerPositionId");

-- CreateIndex
CREATE INDEX "Issue_agencyId_idx" ON "Issue"("agencyId");

-- CreateIndex
CREATE INDEX "Issue_regencyId_createdAt_idx" ON "Issue"("regencyId", "createdAt");

-- CreateIndex
CREATE INDEX "Issue_regencyId_closedAt_idx" ON "Issue"("regencyId", "closedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Issue_regencyId_number_key" ON "Issue"("regencyId", "number");

-- CreateIndex
CREATE INDEX "IssueUpdate_issueId_createdAt_idx" ON "IssueUpdate"("issueId", "createdAt");

-- CreateIndex
CREATE INDEX "IssueSupport_positionId_idx" ON "IssueSupport"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "IsoDocument_regencyId_number_key" ON "IsoDocument"("regencyId", "number");

-- CreateIndex
CREATE INDEX "IsoDocumentVersion_status_reviewDueDate_idx" ON "IsoDocumentVersion"("status", "reviewDueDate");

-- CreateIndex
CREATE UNIQUE INDEX "IsoDocumentVersion_documentId_versionNo_key" ON "IsoDocumentVersion"("documentId", "versionNo");

-- CreateIndex
CREATE INDEX "IsoObjective_regencyId_idx" ON "IsoObjective"("regencyId");

-- CreateIndex
CREATE UNIQUE INDEX "IsoObjectiveMeasurement_objectiveId_period_key" ON "IsoObjectiveMeasurement"("objectiveId", "period");

-- CreateIndex
CREATE INDEX "IsoRisk_regencyId_level_idx" ON "IsoRisk"("regencyId", "level");

-- CreateIndex
CREATE INDEX "IsoChangeInitiative_regencyId_phase_idx" ON "IsoChangeInitiative"("regencyId", "phase");

-- CreateIndex
CREATE INDEX "IsoManagementReview_regencyId_meetingDate_idx" ON "IsoManagementReview"("regencyId", "meetingDate");

-- CreateIndex
CREATE INDEX "IsoReviewAction_reviewId_idx" ON "IsoReviewAction"("reviewId");

-- CreateIndex
CREATE INDEX "IsoNonconformity_regencyId_status_idx" ON "IsoNonconformity"("regencyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "IsoNonconformity_regencyId_number_key" ON "IsoNonconformity"("regencyId", "number");

-- CreateIndex
CREATE INDEX "IsoCorrectiveAction_nonconformityId_idx" ON "IsoCorrectiveAction"("nonconformityId");

-- CreateIndex
CREATE INDEX "IsoCorrectiveAction_ownerPositionId_idx" ON "IsoCorrectiveAction"("ownerPositionId");

-- CreateIndex
CREATE INDEX "IsoRecordEvent_recordType_recordId_createdAt_idx" ON "IsoRecordEvent"("recordType", "recordId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IsoEvidenceFile_storageKey_key" ON "IsoEvidenceFile"("storageKey");

-- CreateIndex
CREATE INDEX "IsoEvidenceFile_recordType_recordId_idx" ON "IsoEvidenceFile"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "IsoAudit_regencyId_programYear_idx" ON "IsoAudit"("regencyId", "programYear");

-- CreateIndex
CREATE INDEX "IsoAuditFinding_auditId_idx" ON "IsoAuditFinding"("auditId");

-- CreateIndex
CREATE UNIQUE INDEX "IsoAssessment_regencyId_period_key" ON "IsoAssessment"("regencyId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "IsoAssessmentRating_assessmentId_indicatorCode_key" ON "IsoAssessmentRating"("assessmentId", "indicatorCode");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationSettings_regencyId_key" ON "PublicationSettings"("regencyId");

-- CreateIndex
CREATE INDEX "Publication_regencyId_status_idx" ON "Publication"("regencyId", "status");

-- CreateIndex
CREATE INDEX "Publication_regencyId_firstPublishAt_idx" ON "Publication"("regencyId", "firstPublishAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_regencyId_slug_key" ON "Publication"("regencyId", "slug");

-- CreateIndex
CREATE INDEX "PublicationIssue_issueId_idx" ON "PublicationIssue"("issueId");

-- CreateIndex
CREATE INDEX "PublicationVersion_publicationId_publishAt_idx" ON "PublicationVersion"("publicationId", "publishAt");

-- CreateIndex
CREATE INDEX "PublicationVersion_imageId_idx" ON "PublicationVersion"("imageId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationVersion_publicationId_number_key" ON "PublicationVersion"("publicationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationImage_storageKey_key" ON "PublicationImage"("storageKey");

-- CreateIndex
CREATE INDEX "PublicationImage_publicationId_idx" ON "PublicationImage"("publicationId");

-- CreateIndex
CREATE INDEX "PublicationReview_publicationId_createdAt_idx" ON "PublicationReview"("publicationId", "createdAt");

-- CreateIndex
CREATE INDEX "NarrativeMessage_issueId_retiredAt_idx" ON "NarrativeMessage"("issueId", "retiredAt");

-- CreateIndex
CREATE INDEX "NarrativeMessage_regencyId_idx" ON "NarrativeMessage"("regencyId");

-- CreateIndex
CREATE INDEX "MediaCoverage_regencyId_publishedOn_idx" ON "MediaCoverage"("regencyId", "publishedOn");

-- CreateIndex
CREATE INDEX "MediaCoverageIssue_issueId_idx" ON "MediaCoverageIssue"("issueId");

-- CreateIndex
CREATE INDEX "Stakeholder_regencyId_name_idx" ON "Stakeholder"("regencyId", "name");

-- CreateIndex
CREATE INDEX "StakeholderIssue_issueId_idx" ON "StakeholderIssue"("issueId");

-- CreateIndex
CREATE INDEX "ExpertContact_regencyId_discipline_idx" ON "ExpertContact"("regencyId", "discipline");

-- CreateIndex
CREATE INDEX "ExpertIssue_issueId_idx" ON "ExpertIssue"("issueId");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_code_key" ON "Workshop"("code");

-- CreateIndex
CREATE INDEX "Workshop_regencyId_startsAt_idx" ON "Workshop"("regencyId", "startsAt");

-- CreateIndex
CREATE INDEX "WorkshopActivity_workshopId_position_idx" ON "WorkshopActivity"("workshopId", "position");

-- CreateIndex
CREATE INDEX "WorkshopActivity_regencyId_isTemplate_idx" ON "WorkshopActivity"("regencyId", "isTemplate");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_workshopId_browserId_key" ON "WorkshopParticipant"("workshopId", "browserId");

-- CreateIndex
CREATE INDEX "WorkshopEntry_activityId_createdAt_idx" ON "WorkshopEntry"("activityId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopEntry_activityId_participantId_slot_key" ON "WorkshopEntry"("activityId", "participantId", "slot");

-- CreateIndex
CREATE INDEX "WorkshopEvent_workshopId_id_idx" ON "WorkshopEvent"("workshopId", "id");

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
ALTER TABLE "PositionHandover" ADD CONSTRAINT "PositionHandover_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHandover" ADD CONSTRAINT "PositionHandover_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHandover" ADD CONSTRAINT "PositionHandover_fromTermId_fkey" FOREIGN KEY ("fromTermId") REFERENCES "PositionTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHandover" ADD CONSTRAINT "PositionHandover_toTermId_fkey" FOREIGN KEY ("toTermId") REFERENCES "PositionTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHandover" ADD CONSTRAINT "PositionHandover_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegencyMilestone" ADD CONSTRAINT "RegencyMilestone_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinistryObligation" ADD CONSTRAINT "MinistryObligation_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinistryObligation" ADD CONSTRAINT "MinistryObligation_responsiblePositionId_fkey" FOREIGN KEY ("responsiblePositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalPotential" ADD CONSTRAINT "RegionalPotential_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalPotentialIssue" ADD CONSTRAINT "RegionalPotentialIssue_potentialId_fkey" FOREIGN KEY ("potentialId") REFERENCES "RegionalPotential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalPotentialIssue" ADD CONSTRAINT "RegionalPotentialIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueUpdate" ADD CONSTRAINT "IssueUpdate_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueUpdate" ADD CONSTRAINT "IssueUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueSupport" ADD CONSTRAINT "IssueSupport_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueSupport" ADD CONSTRAINT "IssueSupport_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoDocument" ADD CONSTRAINT "IsoDocument_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoDocument" ADD CONSTRAINT "IsoDocument_ownerAgencyId_fkey" FOREIGN KEY ("ownerAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoDocumentVersion" ADD CONSTRAINT "IsoDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsoDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoDocumentVersion" ADD CONSTRAINT "IsoDocumentVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoDocumentVersion" ADD CONSTRAINT "IsoDocumentVersion_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoObjective" ADD CONSTRAINT "IsoObjective_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoObjective" ADD CONSTRAINT "IsoObjective_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoObjectiveMeasurement" ADD CONSTRAINT "IsoObjectiveMeasurement_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "IsoObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoObjectiveMeasurement" ADD CONSTRAINT "IsoObjectiveMeasurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoRisk" ADD CONSTRAINT "IsoRisk_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoRisk" ADD CONSTRAINT "IsoRisk_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoChangeInitiative" ADD CONSTRAINT "IsoChangeInitiative_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoChangeInitiative" ADD CONSTRAINT "IsoChangeInitiative_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoChangeInitiative" ADD CONSTRAINT "IsoChangeInitiative_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoManagementReview" ADD CONSTRAINT "IsoManagementReview_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoManagementReview" ADD CONSTRAINT "IsoManagementReview_chairPositionId_fkey" FOREIGN KEY ("chairPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoManagementReview" ADD CONSTRAINT "IsoManagementReview_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoReviewAction" ADD CONSTRAINT "IsoReviewAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "IsoManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoReviewAction" ADD CONSTRAINT "IsoReviewAction_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoNonconformity" ADD CONSTRAINT "IsoNonconformity_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoNonconformity" ADD CONSTRAINT "IsoNonconformity_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoNonconformity" ADD CONSTRAINT "IsoNonconformity_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoNonconformity" ADD CONSTRAINT "IsoNonconformity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoCorrectiveAction" ADD CONSTRAINT "IsoCorrectiveAction_nonconformityId_fkey" FOREIGN KEY ("nonconformityId") REFERENCES "IsoNonconformity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoCorrectiveAction" ADD CONSTRAINT "IsoCorrectiveAction_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoCorrectiveAction" ADD CONSTRAINT "IsoCorrectiveAction_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoRecordEvent" ADD CONSTRAINT "IsoRecordEvent_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoRecordEvent" ADD CONSTRAINT "IsoRecordEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoEvidenceFile" ADD CONSTRAINT "IsoEvidenceFile_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoEvidenceFile" ADD CONSTRAINT "IsoEvidenceFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAudit" ADD CONSTRAINT "IsoAudit_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAudit" ADD CONSTRAINT "IsoAudit_auditedAgencyId_fkey" FOREIGN KEY ("auditedAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAudit" ADD CONSTRAINT "IsoAudit_leadAuditorId_fkey" FOREIGN KEY ("leadAuditorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAuditFinding" ADD CONSTRAINT "IsoAuditFinding_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "IsoAudit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAuditFinding" ADD CONSTRAINT "IsoAuditFinding_nonconformityId_fkey" FOREIGN KEY ("nonconformityId") REFERENCES "IsoNonconformity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAuditFinding" ADD CONSTRAINT "IsoAuditFinding_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAssessment" ADD CONSTRAINT "IsoAssessment_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAssessment" ADD CONSTRAINT "IsoAssessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAssessment" ADD CONSTRAINT "IsoAssessment_verifierId_fkey" FOREIGN KEY ("verifierId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAssessmentRating" ADD CONSTRAINT "IsoAssessmentRating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "IsoAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAssessmentRating" ADD CONSTRAINT "IsoAssessmentRating_nonconformityId_fkey" FOREIGN KEY ("nonconformityId") REFERENCES "IsoNonconformity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAssessmentRating" ADD CONSTRAINT "IsoAssessmentRating_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoAssessmentRating" ADD CONSTRAINT "IsoAssessmentRating_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "IsoChangeInitiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationSettings" ADD CONSTRAINT "PublicationSettings_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationSettings" ADD CONSTRAINT "PublicationSettings_approverPositionId_fkey" FOREIGN KEY ("approverPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "PublicationImage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationIssue" ADD CONSTRAINT "PublicationIssue_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationIssue" ADD CONSTRAINT "PublicationIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationVersion" ADD CONSTRAINT "PublicationVersion_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationVersion" ADD CONSTRAINT "PublicationVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationVersion" ADD CONSTRAINT "PublicationVersion_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "PublicationImage"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationImage" ADD CONSTRAINT "PublicationImage_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationReview" ADD CONSTRAINT "PublicationReview_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeMessage" ADD CONSTRAINT "NarrativeMessage_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeMessage" ADD CONSTRAINT "NarrativeMessage_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeMessage" ADD CONSTRAINT "NarrativeMessage_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaCoverage" ADD CONSTRAINT "MediaCoverage_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaCoverage" ADD CONSTRAINT "MediaCoverage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaCoverageIssue" ADD CONSTRAINT "MediaCoverageIssue_coverageId_fkey" FOREIGN KEY ("coverageId") REFERENCES "MediaCoverage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaCoverageIssue" ADD CONSTRAINT "MediaCoverageIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stakeholder" ADD CONSTRAINT "Stakeholder_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StakeholderIssue" ADD CONSTRAINT "StakeholderIssue_stakeholderId_fkey" FOREIGN KEY ("stakeholderId") REFERENCES "Stakeholder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StakeholderIssue" ADD CONSTRAINT "StakeholderIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertContact" ADD CONSTRAINT "ExpertContact_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertIssue" ADD CONSTRAINT "ExpertIssue_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertIssue" ADD CONSTRAINT "ExpertIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopActivity" ADD CONSTRAINT "WorkshopActivity_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopActivity" ADD CONSTRAINT "WorkshopActivity_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopEntry" ADD CONSTRAINT "WorkshopEntry_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopEntry" ADD CONSTRAINT "WorkshopEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "WorkshopActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopEntry" ADD CONSTRAINT "WorkshopEntry_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopEntry" ADD CONSTRAINT "WorkshopEntry_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopUpvote" ADD CONSTRAINT "WorkshopUpvote_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WorkshopEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopUpvote" ADD CONSTRAINT "WorkshopUpvote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopEvent" ADD CONSTRAINT "WorkshopEvent_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
