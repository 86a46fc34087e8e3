-- A regency's zone is one of Indonesia's three (lib/regencies/time-zone.ts REGENCY_ZONES): every
-- date of its records is formatted and every due day counted in it, so the database refuses any
-- other text, whatever path writes it.
ALTER TABLE "Regency" ADD CONSTRAINT "Regency_timeZone_check"
  CHECK ("timeZone" IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));
