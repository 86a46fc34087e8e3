import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "@/lib/db";
import { openTermWhere } from "@/lib/leadership/holders";
import { notify } from "@/lib/notifications/notify";
import { coordinatorUserIds } from "@/lib/regencies/coordinators";

/**
 * Unanswered aspirations past their deadline, turned into notifications once per deadline: past
 * dueAt the coordinators and the officials of the agency it was forwarded to are told it needs
 * attention; past escalateAt (twice the tier's days) the Bupati too, like an escalated issue. The
 * aspiration remembers the deadline it notified for (overdueNotifiedFor / escalatedNotifiedFor),
 * and the dedupeKey guards concurrent sweeps: a new deadline (forwarded again) notifies again.
 * Called by the background sweep and when the aspiration list is opened. Returns how many.
 */
export async function syncAspirationNotifications(c: Db = db, now = new Date(), regencyId?: string): Promise<number> {
  const due = await c.$queryRaw<
    {
      id: string;
      regencyId: string;
      code: string;
      dueAt: Date;
      escalated: boolean;
      needOverdue: boolean;
      agencyId: string | null;
      agencyName: string | null;
    }[]
  >`
    SELECT a.id, a."regencyId", a.code, a."dueAt", a."escalateAt" <= ${now} AS escalated,
           a."overdueNotifiedFor" IS DISTINCT FROM a."dueAt" AS "needOverdue",
           a."forwardedAgencyId" AS "agencyId", g.name AS "agencyName"
    FROM "Aspiration" a LEFT JOIN "Agency" g ON g.id = a."forwardedAgencyId"
    WHERE a.status IN ('received', 'verified', 'forwarded') AND a."dueAt" <= ${now}
      AND (a."overdueNotifiedFor" IS DISTINCT FROM a."dueAt"
           OR (a."escalateAt" <= ${now} AND a."escalatedNotifiedFor" IS DISTINCT FROM a."dueAt"))
      ${regencyId ? Prisma.sql`AND a."regencyId" = ${regencyId}::uuid` : Prisma.empty}
    ORDER BY a."dueAt" ASC LIMIT 500`;
  let created = 0;
  for (const a of due) {
    created += await c.$transaction(async (tx) => {
      const [coordinators, agencyTerms, bupati] = await Promise.all([
        coordinatorUserIds(tx, a.regencyId),
        a.agencyId
          ? tx.positionTerm.findMany({
              where: { userId: { not: null }, position: { agencyId: a.agencyId }, ...openTermWhere(now) },
              select: { userId: true },
            })
          : [],
        a.escalated
          ? tx.positionTerm.findMany({
              where: {
                userId: { not: null },
                position: { regencyId: a.regencyId, kind: "bupati" },
                ...openTermWhere(now),
              },
              select: { userId: true },
            })
          : [],
      ]);
      const agency = agencyTerms.map((t) => t.userId!);
      const period = a.dueAt.toISOString();
      const base = {
        regencyId: a.regencyId,
        link: `/aspirations/${a.id}`,
        params: { code: a.code, agency: a.agencyName ?? "—" },
      };
      let n = 0;
      if (a.needOverdue)
        n += await notify(tx, [...coordinators, ...agency], {
          ...base,
          kind: "aspirations.overdue",
          dedupeKey: `aspirations.overdue:${a.id}:${period}`,
        });
      if (a.escalated)
        n += await notify(tx, [...coordinators, ...agency, ...bupati.map((t) => t.userId!)], {
          ...base,
          kind: "aspirations.escalated",
          dedupeKey: `aspirations.escalated:${a.id}:${period}`,
        });
      await tx.$executeRaw`
        UPDATE "Aspiration" SET "overdueNotifiedFor" = "dueAt",
               "escalatedNotifiedFor" = CASE WHEN "escalateAt" <= ${now} THEN "dueAt" ELSE "escalatedNotifiedFor" END
        WHERE id = ${a.id}::uuid AND "dueAt" = ${a.dueAt}`;
      return n;
    });
  }
  return created;
}
