-- AlterTable
ALTER TABLE "Regency" ADD COLUMN     "cultureGapThreshold" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "CultureSurvey" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "agencyId" UUID,
    "period" INTEGER NOT NULL,
    "instrumentVersion" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "opensAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CultureSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CultureResponse" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "instrumentVersion" INTEGER NOT NULL,
    "now" INTEGER[],
    "preferred" INTEGER[],
    "submittedOn" DATE NOT NULL,

    CONSTRAINT "CultureResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CultureBallot" (
    "surveyId" UUID NOT NULL,
    "browserHash" TEXT NOT NULL,

    CONSTRAINT "CultureBallot_pkey" PRIMARY KEY ("surveyId","browserHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "CultureSurvey_code_key" ON "CultureSurvey"("code");

-- CreateIndex
CREATE INDEX "CultureSurvey_regencyId_period_idx" ON "CultureSurvey"("regencyId", "period");

-- CreateIndex
CREATE INDEX "CultureSurvey_agencyId_period_idx" ON "CultureSurvey"("agencyId", "period");

-- CreateIndex
CREATE INDEX "CultureResponse_surveyId_idx" ON "CultureResponse"("surveyId");

-- AddForeignKey
ALTER TABLE "CultureSurvey" ADD CONSTRAINT "CultureSurvey_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureSurvey" ADD CONSTRAINT "CultureSurvey_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureResponse" ADD CONSTRAINT "CultureResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "CultureSurvey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureBallot" ADD CONSTRAINT "CultureBallot_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "CultureSurvey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A survey is open for a positive span; an answer holds 6 dimensions × 4 culture types twice.
ALTER TABLE "CultureSurvey" ADD CONSTRAINT "CultureSurvey_span_check" CHECK ("closesAt" > "opensAt");
ALTER TABLE "CultureResponse" ADD CONSTRAINT "CultureResponse_points_check"
  CHECK (cardinality("now") = 24 AND cardinality("preferred") = 24);
