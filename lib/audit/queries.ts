import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { regencyIdsWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEPLOYMENT_ZONE } from "@/lib/i18n/format";
import type { AuditFilter } from "./schemas";
import { verifyAuditChain } from "./verify";

export const AUDIT_PAGE_SIZE = 50;
/** The most events one CSV export or printed extract holds (the newest first). */
export const AUDIT_EXPORT_LIMIT = 5_000;

type Scope = "all" | string[];

/** Admins see every event; a coordinator sees the events of their own regencies; others nothing. */
function auditScope(actor: Actor): Scope | null {
  const ids = regencyIdsWith(actor, "audit.read");
  if (ids === "all") return "all";
  return ids.length ? ids : null;
}

/** The same rule as a Prisma where (kept for callers that filter with Prisma). */
export function visibleAuditEvents(actor: Actor): Prisma.AuditEventWhereInput | null {
  const scope = auditScope(actor);
  if (!scope) return null;
  return scope === "all" ? {} : { regencyId: { in: scope } };
}

const sqlScope = (scope: Scope) =>
  scope === "all" ? Prisma.sql`TRUE` : Prisma.sql`e."regencyId" = ANY(${scope}::uuid[])`;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The filter's conditions. A date range counts in each event's regency calendar (its time zone;
 * events without a regency in the deployment's zone), both days included; the coarse bounds on
 * occurredAt (a day either side) let the index narrow the rows first.
 */
function sqlFilter(f: AuditFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.regencyId) parts.push(Prisma.sql`e."regencyId" = ${f.regencyId}::uuid`);
  if (f.person) parts.push(Prisma.sql`e."actorId" = ${f.person}::uuid`);
  if (f.type) parts.push(Prisma.sql`e."entityType" = ${f.type}`);
  if (f.record) parts.push(Prisma.sql`e."entityId" = ${f.record}`);
  const localDay = Prisma.sql`(e."occurredAt" AT TIME ZONE coalesce(rz."timeZone", ${DEPLOYMENT_ZONE}))::date`;
  if (f.from)
    parts.push(Prisma.sql`e."occurredAt" >= ${f.from}::date - interval '1 day' AND ${localDay} >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`e."occurredAt" < ${f.to}::date + interval '2 day' AND ${localDay} <= ${f.to}::date`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** One event with the record it names (number, title; null when the record is gone). */
export type AuditEventRow = {
  seq: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  regencyId: string | null;
  regencyName: string | null;
  regencySlug: string | null;
  timeZone: string | null;
  changes: Record<string, unknown> | null;
  ip: string | null;
  ref: { number: string | null; title: string | null; parentId: string | null } | null;
};

type RawRow = Omit<AuditEventRow, "seq" | "ref" | "changes"> & {
  seq: bigint;
  changes: unknown;
  refNumber: string | null;
  refTitle: string | null;
  refParent: string | null;
  refFound: boolean;
};

/**
 * The events of one page with the records they name, resolved in the same query: each record
 * type's table is joined for the event's own regency only, so a reference never crosses regencies.
 */
async function queryEvents(scope: Scope, f: AuditFilter, limit: number, before?: bigint) {
  const rows = await db.$queryRaw<RawRow[]>`
    WITH page AS (
      SELECT e.seq, e."occurredAt", e."actorId", e."actorName", e.action, e."entityType", e."entityId",
             e."regencyId", e.changes, e.ip,
             CASE WHEN e."entityId" ~* ${UUID_RE.source} THEN e."entityId"::uuid END AS eid
      FROM "AuditEvent" e
      LEFT JOIN "Regency" rz ON rz.id = e."regencyId"
      WHERE ${sqlScope(scope)} AND ${sqlFilter(f)} ${before ? Prisma.sql`AND e.seq < ${before}` : Prisma.empty}
      ORDER BY e.seq DESC
      LIMIT ${limit}
    )
    SELECT p.seq, p."occurredAt", p."actorId", p."actorName", p.action, p."entityType", p."entityId",
           p."regencyId", p.changes, p.ip,
           r.name AS "regencyName", r.slug AS "regencySlug", r."timeZone",
           ref.number AS "refNumber", ref.title AS "refTitle", ref.parent AS "refParent",
           (ref.title IS NOT NULL) AS "refFound"
    FROM page p
    LEFT JOIN "Regency" r ON r.id = p."regencyId"
    LEFT JOIN LATERAL (
      SELECT 'ISU-' || x.number AS number, x.title, NULL::text AS parent FROM "Issue" x
        WHERE p."entityType" = 'issue' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT 'KTS-' || x.number, x.title, NULL FROM "IsoNonconformity" x
        WHERE p."entityType" = 'iso_nonconformity' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT x.number, x.title, NULL FROM "IsoDocument" x
        WHERE p."entityType" = 'iso_document' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "IsoAudit" x
        WHERE p."entityType" = 'iso_audit' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "IsoChangeInitiative" x
        WHERE p."entityType" = 'iso_change' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "IsoManagementReview" x
        WHERE p."entityType" = 'iso_management_review' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "IsoObjective" x
        WHERE p."entityType" = 'iso_objective' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "IsoRisk" x
        WHERE p."entityType" = 'iso_risk' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.period, NULL FROM "IsoAssessment" x
        WHERE p."entityType" = 'iso_assessment' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "Publication" x
        WHERE p."entityType" = 'publication' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.headline, NULL FROM "MediaCoverage" x
        WHERE p."entityType" = 'media_coverage' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.name, NULL FROM "Stakeholder" x
        WHERE p."entityType" = 'stakeholder' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.name, NULL FROM "ExpertContact" x
        WHERE p."entityType" = 'expert_contact' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, left(x.text, 120), x."issueId"::text FROM "NarrativeMessage" x
        WHERE p."entityType" = 'narrative_message' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT x.code, x.title, NULL FROM "Workshop" x
        WHERE p."entityType" = 'workshop' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, x."workshopId"::text FROM "WorkshopActivity" x
        WHERE p."entityType" = 'workshop_activity' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, w.title, w.id::text FROM "WorkshopSession" x JOIN "Workshop" w ON w.id = x."workshopId"
        WHERE p."entityType" = 'workshop_session' AND x.id = p.eid AND w."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, left(x.text, 120), w.id::text FROM "WorkshopEntry" x JOIN "Workshop" w ON w.id = x."workshopId"
        WHERE p."entityType" = 'workshop_entry' AND x.id = p.eid AND w."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.name, w.id::text FROM "WorkshopParticipant" x JOIN "Workshop" w ON w.id = x."workshopId"
        WHERE p."entityType" = 'workshop_participant' AND x.id = p.eid AND w."regencyId" = p."regencyId"
      UNION ALL SELECT CASE WHEN i.number IS NOT NULL THEN 'ISU-' || i.number END, COALESCE(i.title, b.title, g.name), NULL
        FROM "Follower" x JOIN "Regency" g ON g.id = x."regencyId" LEFT JOIN "Issue" i ON i.id = x."issueId" LEFT JOIN "Publication" b ON b.id = x."publicationId"
        WHERE p."entityType" = 'follower' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, left(x.text, 120), x."issueId"::text FROM "FollowUp" x
        WHERE p."entityType" = 'follow_up' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.code, NULL FROM "Aspiration" x
        WHERE p."entityType" = 'aspiration' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "ReplyTemplate" x
        WHERE p."entityType" = 'reply_template' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "RegencyMilestone" x
        WHERE p."entityType" = 'regency_milestone' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "MinistryObligation" x
        WHERE p."entityType" = 'ministry_obligation' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "RegionalPotential" x
        WHERE p."entityType" = 'regional_potential' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.name, NULL FROM "Agency" x
        WHERE p."entityType" = 'agency' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.title, NULL FROM "Position" x
        WHERE p."entityType" = 'position' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x."personName", NULL FROM "PositionTerm" x JOIN "Position" o ON o.id = x."positionId"
        WHERE p."entityType" = 'position_term' AND x.id = p.eid AND o."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.name, NULL FROM "Regency" x
        WHERE p."entityType" IN ('regency', 'whatsapp_gateway') AND x.id = p.eid
      UNION ALL SELECT NULL, g.name, NULL FROM "PublicationSettings" x JOIN "Regency" g ON g.id = x."regencyId"
        WHERE p."entityType" = 'publication_settings' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, x.name, NULL FROM "User" x
        WHERE p."entityType" = 'user' AND x.id = p.eid
      UNION ALL SELECT x.code, x.title, NULL FROM "CultureSurvey" x
        WHERE p."entityType" = 'culture_survey' AND x.id = p.eid AND x."regencyId" = p."regencyId"
      UNION ALL SELECT NULL, p."entityId", NULL WHERE p."entityType" IN ('regency_import', 'bulk_import')
      LIMIT 1
    ) ref ON TRUE
    ORDER BY p.seq DESC`;
  return rows.map(({ refNumber, refTitle, refParent, refFound, ...r }): AuditEventRow => ({
    ...r,
    seq: r.seq.toString(),
    changes: r.changes && typeof r.changes === "object" ? (r.changes as Record<string, unknown>) : null,
    ref: refFound ? { number: refNumber, title: refTitle, parentId: refParent } : null,
  }));
}

/** Record ids inside the changes of some events: {value id → label}, only in the event's own regency. */
export type ValueRecords = Record<string, { number: string | null; title: string; regencyId: string | null }>;

function uuidsIn(value: unknown, out: Set<string>) {
  if (typeof value === "string" && UUID_RE.test(value)) out.add(value.toLowerCase());
  else if (Array.isArray(value)) for (const v of value) uuidsIn(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) uuidsIn(v, out);
}

/** The records that changed values point at (an owner position, a merged issue, an assessor…): one query. */
async function resolveValueRecords(events: AuditEventRow[]): Promise<ValueRecords> {
  const ids = new Set<string>();
  for (const e of events) uuidsIn(e.changes, ids);
  if (!ids.size) return {};
  const list = [...ids];
  const rows = await db.$queryRaw<{ id: string; number: string | null; title: string; regencyId: string | null }[]>`
    SELECT x.id::text, 'ISU-' || x.number AS number, x.title, x."regencyId"::text AS "regencyId" FROM "Issue" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, 'KTS-' || x.number, x.title, x."regencyId"::text FROM "IsoNonconformity" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, x.title, x."regencyId"::text FROM "Position" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, x.name, x."regencyId"::text FROM "Agency" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, x.title, x."regencyId"::text FROM "Workshop" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, x.title, x."regencyId"::text FROM "WorkshopActivity" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, left(x.text, 120), x."regencyId"::text FROM "FollowUp" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, left(x.body, 120), i."regencyId"::text FROM "IssueUpdate" x JOIN "Issue" i ON i.id = x."issueId" WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, x.name, NULL FROM "User" x WHERE x.id = ANY(${list}::uuid[])
    UNION ALL SELECT x.id::text, NULL, x.name, x.id::text FROM "Regency" x WHERE x.id = ANY(${list}::uuid[])`;
  return Object.fromEntries(rows.map((r) => [r.id, { number: r.number, title: r.title, regencyId: r.regencyId }]));
}

export type AuditPage = { events: AuditEventRow[]; values: ValueRecords; nextCursor: string | null };

/** One page of the trail, newest first (keyset on seq); null when the actor may not read it. */
export async function listAuditEvents(actor: Actor, filter: AuditFilter): Promise<AuditPage | null> {
  const scope = auditScope(actor);
  if (!scope) return null;
  const rows = await queryEvents(scope, filter, AUDIT_PAGE_SIZE + 1, filter.before);
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    events,
    values: await resolveValueRecords(events),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? events[events.length - 1].seq : null,
  };
}

/** Every matching event (up to AUDIT_EXPORT_LIMIT, newest first), for the CSV and the printed extract. */
export async function exportAuditEvents(actor: Actor, filter: AuditFilter) {
  const scope = auditScope(actor);
  if (!scope) return null;
  const rows = await queryEvents(scope, filter, AUDIT_EXPORT_LIMIT + 1);
  const events = rows.slice(0, AUDIT_EXPORT_LIMIT);
  return { events, values: await resolveValueRecords(events), truncated: rows.length > AUDIT_EXPORT_LIMIT };
}

/** The people who appear in the trail the actor may read, for the "person" filter. */
export async function listAuditPeople(actor: Actor): Promise<{ id: string; name: string }[] | null> {
  const scope = auditScope(actor);
  if (!scope) return null;
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id::text, u.name FROM "User" u
    WHERE EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."actorId" = u.id AND ${sqlScope(scope)})
    ORDER BY u.name`;
  return rows;
}

/** The regencies an admin may narrow the trail to (a coordinator's own, else every one). */
export async function listAuditRegencies(actor: Actor) {
  const scope = auditScope(actor);
  if (!scope) return null;
  return db.regency.findMany({
    where: scope === "all" ? {} : { id: { in: scope } },
    select: { id: true, name: true, timeZone: true },
    orderBy: { name: "asc" },
  });
}

/**
 * The hash chains behind what the actor may read (every chain for an admin, their regencies'
 * chains for a coordinator): how many events were checked and the first break, if any.
 */
export async function verifyVisibleChains(actor: Actor) {
  const scope = auditScope(actor);
  if (!scope) return null;
  const report = await verifyAuditChain(db);
  const chains = scope === "all" ? report.chains : report.chains.filter((c) => scope.includes(c.chain));
  const count = chains.reduce((s, c) => s + c.count, 0);
  const broken = chains
    .map((c) => c.broken)
    .filter((b) => b !== null)
    .sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq)))[0];
  return { count, broken: broken ?? null };
}
