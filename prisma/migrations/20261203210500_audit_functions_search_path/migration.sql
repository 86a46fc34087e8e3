-- The audit functions named "AuditEvent" through the caller's search_path. PostgreSQL searches a
-- session's temporary schema first, so a role allowed to create temporary tables could shadow
-- "AuditEvent" with one it owns, pass the chain trigger's "only the owner may insert a sealed
-- event" check and forge an event that verifies. Each function now resolves names in the
-- catalog and public only (pg_temp last, where it can shadow nothing); scripts/lib/app-role.ts
-- also takes TEMPORARY away from the app's role.
ALTER FUNCTION mekar_audit_chain() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION mekar_audit_immutable() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION mekar_audit_hash(public."AuditEvent") SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION mekar_audit_hash_v2(public."AuditEvent") SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION mekar_audit_expected_hash(public."AuditEvent") SET search_path = pg_catalog, public, pg_temp;
