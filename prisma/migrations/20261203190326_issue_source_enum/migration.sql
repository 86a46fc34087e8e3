-- CreateEnum
CREATE TYPE "IssueSource" AS ENUM ('manual', 'workshop', 'media', 'iso');

-- AlterTable: the column changes type in place, so every issue keeps where it came from
-- (Prisma's generated drop-and-add would have reset them all to 'manual').
ALTER TABLE "Issue" ALTER COLUMN "source" DROP DEFAULT,
ALTER COLUMN "source" TYPE "IssueSource" USING "source"::"IssueSource",
ALTER COLUMN "source" SET DEFAULT 'manual';
