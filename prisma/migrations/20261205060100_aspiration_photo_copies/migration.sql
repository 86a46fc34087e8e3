-- AlterTable
ALTER TABLE "Aspiration" ADD COLUMN     "photoHeight" INTEGER,
ADD COLUMN     "photoWidth" INTEGER,
ADD COLUMN     "photoWidths" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
