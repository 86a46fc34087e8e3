import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { openTermWhere } from "@/lib/leadership/holders";
import { sqlFollowUpOverdue } from "./sql";

/**
 * Tells the holders of an overdue follow-up's owner position and the regency's coordinators,
 * once per due date (a new due date that slips again tells them again): the follow-up remembers
 * the due date it notified for (overdueNotifiedFor), and the notifications' dedupeKey guards
 * concurrent sweeps. Like lib/issues/attention-notify.ts. Returns how many were created.
 */
export async function syncFollowUpNotifications(
  c: Db | Tx,
  now = new Date(),
  regencyId?: string,
  limit = 500,
): Promise<number> {
  const due = await c.$queryRaw<
    {
      id: string;
      regencyId: string;
      issueId: string;
      number: number;
      text: string;
      ownerPositionId: string;
      ownerTitle: string;
      dueDate: Date;
    }[]
  >`
    SELECT f.id, f."regencyId", f."issueId", i.number, f.text, f."ownerPositionId", p.title AS "ownerTitle", f."dueDate"
    FROM "FollowUp" f JOIN "Issue" i ON i.id = f."issueId" JOIN "Position" p ON p.id = f."ownerPositionId"
    WHERE ${sqlFollowUpOverdue(now)} AND f."overdueNotifiedFor" IS DISTINCT FROM f."dueDate"
      ${regencyId ? Prisma.sql`AND f."regencyId" = ${regencyId}::uuid` : Prisma.empty}
    ORDER BY f."dueDate" ASC LIMIT ${limit}`;
  if (!due.length) return 0;
  const terms = await c.positionTerm.findMany({
    where: {
      userId: { not: null },
      position: {
        OR: [
          { isCoordinator: true, regencyId: { in: [...new Set(due.map((d) => d.regencyId))] } },
          { id: { in: [...new Set(due.map((d) => d.ownerPositionId))] } },
        ],
      },
      ...openTermWhere(now),
    },
    select: { userId: true, positionId: true, position: { select: { isCoordinator: true, regencyId: true } } },
  });
  const rows = due.flatMap((f) => {
    const users = new Set(
      terms
        .filter(
          (t) =>
            t.positionId === f.ownerPositionId || (t.position.isCoordinator && t.position.regencyId === f.regencyId),
        )
        .map((t) => t.userId!),
    );
    const dueDate = f.dueDate.toISOString().slice(0, 10);
    return [...users].map((userId) => ({
      userId,
      regencyId: f.regencyId,
      kind: "workshops.followUpOverdue",
      link: `/issues/${f.issueId}`,
      params: { number: f.number, text: f.text.slice(0, 120), position: f.ownerTitle, due: dueDate },
      dedupeKey: `workshops.followUpOverdue:${f.id}:${dueDate}`,
    }));
  });
  const res = rows.length ? await c.notification.createMany({ data: rows, skipDuplicates: true }) : { count: 0 };
  const ids = Prisma.join(due.map((f) => Prisma.sql`${f.id}::uuid`));
  await c.$executeRaw`UPDATE "FollowUp" SET "overdueNotifiedFor" = "dueDate" WHERE id IN (${ids})`;
  return res.count;
}
