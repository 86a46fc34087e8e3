import { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/time";

// Overdue: a follow-up still planned or in progress whose due date has passed (the due day itself
// still counts as on time), as in lib/issues/attention.ts. SQL for alias "f".

export const sqlFollowUpOverdue = (now: Date) =>
  Prisma.sql`(f.status IN ('planned', 'in_progress') AND f."dueDate" < (${now}::timestamptz AT TIME ZONE 'UTC')::date)`;

export function isFollowUpOverdue(f: { status: string; dueDate: Date }, now: Date = new Date()): boolean {
  if (f.status !== "planned" && f.status !== "in_progress") return false;
  return f.dueDate.getTime() + DAY_MS <= now.getTime();
}
