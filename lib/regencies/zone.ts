import "server-only";
import { cache } from "react";
import { db, type Db, type Tx } from "@/lib/db";
import { DEPLOYMENT_ZONE } from "@/lib/i18n/format";
import { localDay } from "./time-zone";

/**
 * A regency's IANA zone by id (one indexed read, once per request), for pages and jobs that hold
 * a record's `regencyId` but not its regency. Not an authorization check: the zone is not secret.
 */
export const regencyTimeZone = cache(async (regencyId: string): Promise<string> => {
  const r = await db.regency.findUnique({ where: { id: regencyId }, select: { timeZone: true } });
  return r?.timeZone ?? DEPLOYMENT_ZONE;
});

/** The zone of a regency inside a mutation's transaction (a form's wall-clock time is read in it). */
export async function timeZoneOf(c: Db | Tx, regencyId: string): Promise<string> {
  const r = await c.regency.findUnique({ where: { id: regencyId }, select: { timeZone: true } });
  return r?.timeZone ?? DEPLOYMENT_ZONE;
}

/** Today on the regency's calendar, as a date-only value (UTC midnight, like `@db.Date` columns). */
export async function regencyToday(regencyId: string, now = new Date()): Promise<Date> {
  return new Date(`${localDay(now, await regencyTimeZone(regencyId))}T00:00:00Z`);
}
