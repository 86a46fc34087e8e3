-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'oversight';

-- CreateTable
CREATE TABLE "Oversight" (
    "userId" UUID NOT NULL,
    "province" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Oversight_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "Oversight" ADD CONSTRAINT "Oversight_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
