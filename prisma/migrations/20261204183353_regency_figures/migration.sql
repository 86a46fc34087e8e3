-- CreateTable
CREATE TABLE "RegencyFigures" (
    "regencyId" UUID NOT NULL,
    "open" INTEGER NOT NULL,
    "overdue" INTEGER NOT NULL,
    "stale" INTEGER NOT NULL,
    "escalated" INTEGER NOT NULL,
    "share" INTEGER,
    "medianDays" DOUBLE PRECISION,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RegencyFigures_pkey" PRIMARY KEY ("regencyId")
);

-- AddForeignKey
ALTER TABLE "RegencyFigures" ADD CONSTRAINT "RegencyFigures_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
