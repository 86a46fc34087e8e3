import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { openTermWhere } from "@/lib/leadership/holders";
import { sqlEscalated, sqlStale, sqlToday, sqlZoneOf, SQL_CLOCK } from "./attention";

/**
 * Turns computed staleness into notifications, idempotently: each stale issue notifies the
 * owner position's holders and the coordinator once per attention period (the clock value it
 * went stale from), and past twice the cadence the Bupati too. Called when the dashboard
 * computes its "Perlu perhatian" list and by the background sweep (attention-sweep.ts). The issue remembers which
 * clock it has notified for (staleNotifiedAt / escalatedNotifiedAt), so a render with nothing
 * new costs one indexed query; the notifications' dedupeKey guards concurrent renders.
 * Returns how many notifications were created.
 */
export async function syncAttentionNotifications(
  c: Db | Tx,
  regencyId: string,
  now = new Date(),
  limit = 500,
): Promise<number> {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  const due = await c.$queryRaw<
    {
      id: string;
      number: number;
      title: string;
      ownerPositionId: string | null;
      ownerTitle: string | null;
      clock: Date;
      cadence: number;
      days: number;
      escalated: boolean;
      needStale: boolean;
    }[]
  >`
    SELECT i.id, i.number, i.title, i."ownerPositionId", p.title AS "ownerTitle", ${SQL_CLOCK} AS clock, i."reviewCadenceDays" AS cadence,
           ${sqlToday(now, zone)} - (${SQL_CLOCK} AT TIME ZONE ${zone})::date AS days,
           ${sqlEscalated(now, zone)} AS escalated, i."staleNotifiedAt" IS DISTINCT FROM ${SQL_CLOCK} AS "needStale"
    FROM "Issue" i LEFT JOIN "Position" p ON p.id = i."ownerPositionId"
    WHERE i."regencyId" = ${regencyId}::uuid AND ${sqlStale(now, zone)}
      AND (i."staleNotifiedAt" IS DISTINCT FROM ${SQL_CLOCK} OR (${sqlEscalated(now, zone)} AND i."escalatedNotifiedAt" IS DISTINCT FROM ${SQL_CLOCK}))
    ORDER BY clock ASC LIMIT ${limit}`;
  if (!due.length) return 0;
  const terms = await c.positionTerm.findMany({
    where: {
      userId: { not: null },
      position: {
        regencyId,
        OR: [
          { isCoordinator: true },
          { kind: "bupati" },
          { id: { in: due.flatMap((s) => (s.ownerPositionId ? [s.ownerPositionId] : [])) } },
        ],
      },
      ...openTermWhere(now),
    },
    select: { userId: true, positionId: true, position: { select: { isCoordinator: true, kind: true } } },
  });
  const holders = (pred: (t: (typeof terms)[number]) => boolean) => terms.filter(pred).map((t) => t.userId!);
  const coordinators = holders((t) => t.position.isCoordinator);
  const bupati = holders((t) => t.position.kind === "bupati");
  const rows: { userId: string; kind: string; regencyId: string; link: string; params: object; dedupeKey: string }[] =
    [];
  for (const s of due) {
    const owners = holders((t) => t.positionId === s.ownerPositionId);
    const period = s.clock.toISOString();
    const params = {
      number: s.number,
      title: s.title,
      position: s.ownerTitle ?? "—",
      days: s.days, // calendar days on the regency's clock
    };
    const base = { regencyId, link: `/issues/${s.id}`, params };
    if (s.needStale)
      for (const userId of new Set([...owners, ...coordinators]))
        rows.push({ ...base, userId, kind: "issues.stale", dedupeKey: `issues.stale:${s.id}:${period}` });
    if (s.escalated)
      for (const userId of new Set([...owners, ...coordinators, ...bupati]))
        rows.push({ ...base, userId, kind: "issues.escalated", dedupeKey: `issues.escalated:${s.id}:${period}` });
  }
  const res = rows.length ? await c.notification.createMany({ data: rows, skipDuplicates: true }) : { count: 0 };
  const ids = Prisma.join(due.map((s) => Prisma.sql`${s.id}::uuid`));
  await c.$executeRaw`
    UPDATE "Issue" i SET "staleNotifiedAt" = ${SQL_CLOCK},
           "escalatedNotifiedAt" = CASE WHEN ${sqlEscalated(now, zone)} THEN ${SQL_CLOCK} ELSE i."escalatedNotifiedAt" END
    WHERE i.id IN (${ids})`;
  return res.count;
}
