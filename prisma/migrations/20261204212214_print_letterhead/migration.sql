-- AlterTable
ALTER TABLE "Regency" ADD COLUMN     "address" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "logoContentType" TEXT,
ADD COLUMN     "logoStorageKey" TEXT,
ADD COLUMN     "logoUpdatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "website" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nip" TEXT;
