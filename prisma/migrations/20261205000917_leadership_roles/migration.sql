-- CreateEnum
CREATE TYPE "LeadershipAssessmentKind" AS ENUM ('self', 'colleague');

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "inLeadershipTeam" BOOLEAN NOT NULL DEFAULT false;

-- The free-text "metode/tipe kepemimpinan" gives way to the eight leadership roles: what was
-- written there moves into the profile notes, labelled, so nothing is lost (tested in
-- lib/leadership/migration.test.ts, which runs the statement between the markers).
-- data-migration:begin
UPDATE "PositionTerm"
SET "profileNotes" = concat_ws(
  E'\n\n',
  NULLIF(btrim("profileNotes"), ''),
  CASE WHEN btrim(coalesce("leadershipMethod", '')) <> '' THEN 'Metode kepemimpinan: ' || btrim("leadershipMethod") END,
  CASE WHEN btrim(coalesce("leadershipType", '')) <> '' THEN 'Tipe kepemimpinan: ' || btrim("leadershipType") END
)
WHERE btrim(coalesce("leadershipMethod", '')) <> '' OR btrim(coalesce("leadershipType", '')) <> '';
-- data-migration:end

-- AlterTable
ALTER TABLE "PositionTerm" DROP COLUMN "leadershipMethod",
DROP COLUMN "leadershipType";

-- CreateTable
CREATE TABLE "LeadershipAssessment" (
    "id" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "period" INTEGER NOT NULL,
    "kind" "LeadershipAssessmentKind" NOT NULL,
    "raterKey" TEXT NOT NULL,
    "assessorId" UUID,
    "recordedById" UUID,
    "onBehalf" BOOLEAN NOT NULL DEFAULT false,
    "scores" INTEGER[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LeadershipAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeadershipAssessment_regencyId_period_idx" ON "LeadershipAssessment"("regencyId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "LeadershipAssessment_termId_period_raterKey_key" ON "LeadershipAssessment"("termId", "period", "raterKey");

-- AddForeignKey
ALTER TABLE "LeadershipAssessment" ADD CONSTRAINT "LeadershipAssessment_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipAssessment" ADD CONSTRAINT "LeadershipAssessment_termId_fkey" FOREIGN KEY ("termId") REFERENCES "PositionTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipAssessment" ADD CONSTRAINT "LeadershipAssessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipAssessment" ADD CONSTRAINT "LeadershipAssessment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Eight scores (LEADERSHIP_ROLES), each 1–5
ALTER TABLE "LeadershipAssessment" ADD CONSTRAINT "LeadershipAssessment_scores_check"
  CHECK (array_length("scores", 1) = 8 AND 1 <= ALL ("scores") AND 5 >= ALL ("scores"));
