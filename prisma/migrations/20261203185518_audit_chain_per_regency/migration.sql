-- Audit chains per regency: one global advisory lock serialised every audited write of every
-- regency. Each regency now has its own chain ("system" for events without a regency), locked
-- and numbered on its own. The events written before this migration stay one chain, "legacy",
-- verified with the hash they were sealed with (mekar_audit_hash, which does not cover the new
-- columns); their chainSeq is their seq.

-- AlterTable (existing rows get chain 'legacy' from the column default, which no trigger sees)
ALTER TABLE "AuditEvent" ADD COLUMN     "chain" TEXT NOT NULL DEFAULT 'legacy',
ADD COLUMN     "chainSeq" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "AuditEvent" ALTER COLUMN "chain" SET DEFAULT '';

-- Backfill the legacy chain's positions: the only update audit events ever get, made by the
-- owner while the migration holds the table.
ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_change;
UPDATE "AuditEvent" SET "chainSeq" = "seq";
ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_change;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chain_chainSeq_key" ON "AuditEvent"("chain", "chainSeq");

-- The hash of a chained event covers its chain and place in it, every field of the event and the
-- previous event's hash in the same chain, as a JSON array so no two events serialise alike.
CREATE FUNCTION mekar_audit_hash_v2(e "AuditEvent") RETURNS text AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.chain, e."chainSeq", e.seq, e."prevHash", to_char(e."occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e."actorId", e."actorName", e.action, e."entityType", e."entityId", e."regencyId",
    e.changes, e.ip, e."userAgent")::text, 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;

-- The hash an event must carry: legacy events keep the original formula.
CREATE FUNCTION mekar_audit_expected_hash(e "AuditEvent") RETURNS text AS $$
  SELECT CASE WHEN e.chain = 'legacy' THEN mekar_audit_hash(e) ELSE mekar_audit_hash_v2(e) END
$$ LANGUAGE sql IMMUTABLE;

-- Chains each new event to the last one of its regency's chain. The transaction-level advisory
-- lock (one per chain) is held until commit, so the next writer of the same chain sees this event
-- before it takes its place; writers of other chains do not wait. seq is the event's id (unique,
-- assigned without a lock; legacy seqs are all below it).
-- Only the table's owner (restore, which keeps the stored chain) may insert an already sealed
-- event; anyone else's event is always chained and sealed here, whatever it claims.
CREATE OR REPLACE FUNCTION mekar_audit_chain() RETURNS trigger AS $$
DECLARE last_seq bigint; last_hash text;
BEGIN
  IF NEW.hash <> '' AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = '"AuditEvent"'::regclass), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  NEW.chain := COALESCE(NEW."regencyId"::text, 'system');
  PERFORM pg_advisory_xact_lock(727073691, hashtext(NEW.chain));
  SELECT "chainSeq", hash INTO last_seq, last_hash FROM "AuditEvent" WHERE chain = NEW.chain ORDER BY "chainSeq" DESC LIMIT 1;
  NEW.seq := NEW.id;
  NEW."chainSeq" := COALESCE(last_seq, 0) + 1;
  NEW."prevHash" := last_hash;
  NEW.hash := mekar_audit_hash_v2(NEW);
  RETURN NEW;
END $$ LANGUAGE plpgsql;
