-- AlterTable
ALTER TABLE "PublicationImage" ADD COLUMN     "avif" BOOLEAN NOT NULL DEFAULT false;
