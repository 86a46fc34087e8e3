// National-scale volumes for the benchmarks (set-based SQL: a million rows in about a minute).
// Every regency gets agencies, positions and issues with their timeline; then publications
// and a large audit trail. Not for a real database: it writes made-up records.
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Agencies, positions, `perRegency` issues per regency and one timeline note each. */
export async function seedIssuesAtScale(db: PrismaClient, perRegency: number): Promise<void> {
  const PER_REGENCY = perRegency;
  // every regency gets agencies and positions (the two demo regencies already have theirs)
  await db.$executeRawUnsafe(`
    INSERT INTO "Agency" (id, "regencyId", name, "shortName", kind, "updatedAt")
    SELECT gen_random_uuid(), r.id, 'Dinas ' || a.n, 'OPD' || a.n, 'dinas', now()
    FROM "Regency" r CROSS JOIN generate_series(1, 8) AS a(n)
    WHERE NOT EXISTS (SELECT 1 FROM "Agency" x WHERE x."regencyId" = r.id)`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Position" (id, "regencyId", kind, title, "agencyId", "sortOrder", "updatedAt")
    SELECT gen_random_uuid(), a."regencyId", 'kepala_opd', 'Kepala ' || a.name, a.id, 100, now()
    FROM "Agency" a WHERE NOT EXISTS (SELECT 1 FROM "Position" p WHERE p."agencyId" = a.id)`);
  // issues: spread over stages, categories, cadences, update ages and creation dates. The
  // rows are generated consistent, so the bulk load skips the per-row foreign-key triggers.
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRawUnsafe(`
      INSERT INTO "Issue" (id, "regencyId", number, title, description, category, stage, lifecycle, triage, impact, urgency, priority,
                           "agencyId", "ownerPositionId", "dueDate", "reviewCadenceDays", "lastOwnerUpdateAt", "acceptedAt", "closedAt",
                           "percentDone", source, version, "createdAt", "updatedAt")
      SELECT gen_random_uuid(), r.id, base.n + g, 'Isu pembangunan ' || g || ' ' || r.name, '',
             (ARRAY['assets_p3d','boundaries','capital','civil_servants','finance','infrastructure','basic_services','economy_potential','governance','social_cultural'])[1 + g % 10]::"IssueCategory",
             (ARRAY['identification','analysis','strategy','action','evaluation','closed','closed','action'])[1 + (g * 7) % 8]::"IssueStage",
             'current', CASE WHEN g % 40 = 0 THEN 'pending' ELSE 'accepted' END::"IssueTriage",
             1 + g % 5, 1 + (g / 5) % 5, (1 + g % 5) * (1 + (g / 5) % 5),
             p.ids[1 + g % array_length(p.ids, 1)], q.ids[1 + g % array_length(q.ids, 1)],
             (now() + make_interval(days => (g % 200) - 60))::date, (ARRAY[7, 14, 21, 30])[1 + g % 4],
             now() - make_interval(days => g % 70), now() - make_interval(days => 100 + g % 300),
             CASE WHEN (g * 7) % 8 IN (5, 6) THEN now() - make_interval(days => g % 120) END,
             g % 101, 'manual', 1, now() - make_interval(days => 100 + g % 300), now()
      FROM "Regency" r
      CROSS JOIN LATERAL (SELECT coalesce(max(number), 0) AS n FROM "Issue" x WHERE x."regencyId" = r.id) base
      CROSS JOIN LATERAL (SELECT array_agg(a.id ORDER BY a.name) AS ids FROM "Agency" a WHERE a."regencyId" = r.id) p
      CROSS JOIN LATERAL (SELECT array_agg(x.id ORDER BY x.title) AS ids FROM "Position" x WHERE x."regencyId" = r.id) q
      CROSS JOIN generate_series(1, ${PER_REGENCY}) AS g`);
      await tx.$executeRawUnsafe(`
      INSERT INTO "IssueUpdate" (id, "issueId", kind, body, "percentDone", "byOwner", "authorName", "createdAt")
      SELECT gen_random_uuid(), i.id, 'note', 'Kemajuan dilaporkan', i."percentDone", true, 'Pejabat', coalesce(i."lastOwnerUpdateAt", i."createdAt")
      FROM "Issue" i WHERE NOT EXISTS (SELECT 1 FROM "IssueUpdate" u WHERE u."issueId" = i.id)`);
    },
    { timeout: 1_800_000, maxWait: 60_000 },
  );
}

/** Published pieces (one version each) per regency. */
export async function seedPublicationsAtScale(db: PrismaClient, perRegency: number): Promise<void> {
  await db.$executeRawUnsafe(`
    WITH author AS (SELECT id, name FROM "User" WHERE email = 'humas@mekar.test'),
         approver AS (SELECT id, name FROM "User" WHERE email = 'koordinator@mekar.test')
    INSERT INTO "Publication" (id, "regencyId", slug, kind, status, title, summary, body, "authorId", "firstPublishAt", version, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), r.id, 'arsip-siaran-pers-' || g, 'press_release', 'approved', 'Siaran pers ' || g || ' ' || r.name,
           'Ringkasan perkembangan program pemekaran.', repeat('Paragraf isi siaran pers. ', 40), (SELECT id FROM author),
           now() - make_interval(days => g), 1, now() - make_interval(days => g), now()
    FROM "Regency" r CROSS JOIN generate_series(1, ${perRegency}) AS g
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    WITH approver AS (SELECT id, name FROM "User" WHERE email = 'koordinator@mekar.test')
    INSERT INTO "PublicationVersion" (id, "publicationId", number, title, summary, body, "publishAt", "approvedById", "approverName", "approvedAt", "writerName")
    SELECT gen_random_uuid(), p.id, 1, p.title, p.summary, p.body, p."firstPublishAt", (SELECT id FROM approver), (SELECT name FROM approver), p."firstPublishAt", 'Humas'
    FROM "Publication" p WHERE p.slug LIKE 'arsip-siaran-pers-%' AND NOT EXISTS (SELECT 1 FROM "PublicationVersion" v WHERE v."publicationId" = p.id)`);
}

/** Audit events, chained by the database's own trigger like every real one. */
export async function seedAuditAtScale(db: PrismaClient, count: number): Promise<void> {
  const batch = 50_000;
  for (let done = 0; done < count; done += batch) {
    await db.$executeRawUnsafe(`
      INSERT INTO "AuditEvent" ("actorName", action, "entityType", "entityId", "regencyId", changes)
      SELECT 'Pejabat', 'issue.updated', 'issue', i.id::text, i."regencyId", jsonb_build_object('percentDone', jsonb_build_array(10, 20))
      FROM (SELECT id, "regencyId" FROM "Issue" OFFSET ${done % 1_000_000} LIMIT ${Math.min(batch, count - done)}) i`);
  }
}

export async function seedNationalScale(
  db: PrismaClient,
  issuesPerRegency: number,
  log: (m: string) => void = () => {},
): Promise<Record<string, number>> {
  let t = Date.now();
  await seedIssuesAtScale(db, issuesPerRegency);
  log(`issues and timeline notes: ${Math.round((Date.now() - t) / 1000)} s`);
  t = Date.now();
  await seedPublicationsAtScale(db, 50);
  log(`publications: ${Math.round((Date.now() - t) / 1000)} s`);
  t = Date.now();
  await seedAuditAtScale(db, 300_000);
  log(`audit events: ${Math.round((Date.now() - t) / 1000)} s`);
  await db.$executeRawUnsafe(`ANALYZE`);
  const counts = await db.$queryRawUnsafe<{ t: string; n: number }[]>(`
    SELECT 'issues' AS t, count(*)::int AS n FROM "Issue" UNION ALL SELECT 'issue updates', count(*)::int FROM "IssueUpdate"
    UNION ALL SELECT 'publications', count(*)::int FROM "Publication" UNION ALL SELECT 'audit events', count(*)::int FROM "AuditEvent"`);
  return Object.fromEntries(counts.map((c) => [c.t, c.n]));
}
