-- AlterTable
ALTER TABLE "Regency" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Asia/Jakarta';

-- Existing regencies take the zone of their province (Keppres 41/1987), from the Kemendagri code.
UPDATE "Regency" SET "timeZone" = CASE
  WHEN split_part("code", '.', 1)::int >= 81 THEN 'Asia/Jayapura'
  WHEN split_part("code", '.', 1)::int BETWEEN 51 AND 53
    OR split_part("code", '.', 1)::int BETWEEN 63 AND 65
    OR split_part("code", '.', 1)::int BETWEEN 71 AND 79 THEN 'Asia/Makassar'
  ELSE 'Asia/Jakarta' END
WHERE "code" ~ '^[0-9]{2}\.';
