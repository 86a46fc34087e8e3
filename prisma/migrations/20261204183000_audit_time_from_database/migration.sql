-- An audit event's time comes from the database clock, not from whoever inserts it: the app's
-- role could otherwise back-date (or post-date) an event it writes, and the chain would seal the
-- false time. Sealed events that the owner restores from a backup keep theirs.
CREATE OR REPLACE FUNCTION mekar_audit_chain() RETURNS trigger AS $$
DECLARE last_seq bigint; last_hash text;
BEGIN
  IF NEW.hash <> '' AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = '"AuditEvent"'::regclass), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  NEW."occurredAt" := now();
  NEW.chain := COALESCE(NEW."regencyId"::text, 'system');
  PERFORM pg_advisory_xact_lock(727073691, hashtext(NEW.chain));
  SELECT "chainSeq", hash INTO last_seq, last_hash FROM "AuditEvent" WHERE chain = NEW.chain ORDER BY "chainSeq" DESC LIMIT 1;
  NEW.seq := NEW.id;
  NEW."chainSeq" := COALESCE(last_seq, 0) + 1;
  NEW."prevHash" := last_hash;
  NEW.hash := mekar_audit_hash_v2(NEW);
  RETURN NEW;
END $$ LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp;
