-- AlterTable
ALTER TABLE "PublicationImage" ADD COLUMN     "height" INTEGER,
ADD COLUMN     "width" INTEGER,
ADD COLUMN     "widths" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
