import { Prisma } from "@/lib/generated/prisma/client";
import { DEPLOYMENT_ZONE } from "@/lib/i18n/format";
import { localDay } from "@/lib/regencies/time-zone";

// Overdue: a follow-up still planned or in progress whose due date has passed on its regency's
// calendar (the due day itself still counts as on time), as in lib/issues/attention.ts. SQL for alias "f".

const SQL_FOLLOW_UP_ZONE = Prisma.sql`(SELECT z."timeZone" FROM "Regency" z WHERE z.id = f."regencyId")`;

export const sqlFollowUpOverdue = (now: Date) =>
  Prisma.sql`(f.status IN ('planned', 'in_progress') AND f."dueDate" < (${now}::timestamptz AT TIME ZONE ${SQL_FOLLOW_UP_ZONE})::date)`;

export function isFollowUpOverdue(
  f: { status: string; dueDate: Date },
  now: Date = new Date(),
  timeZone: string = DEPLOYMENT_ZONE,
): boolean {
  if (f.status !== "planned" && f.status !== "in_progress") return false;
  return f.dueDate.toISOString().slice(0, 10) < localDay(now, timeZone);
}
