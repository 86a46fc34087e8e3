import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { DEPLOYMENT_ZONE, type Format } from "@/lib/i18n/format";
import { getFormat } from "@/lib/i18n/server";

/**
 * A regency's IANA zone by id (one indexed read, once per request), for pages and jobs that hold
 * a record's `regencyId` but not its regency. Not an authorization check: the zone is not secret.
 */
export const regencyTimeZone = cache(async (regencyId: string): Promise<string> => {
  const r = await db.regency.findUnique({ where: { id: regencyId }, select: { timeZone: true } });
  return r?.timeZone ?? DEPLOYMENT_ZONE;
});

/** The request's formatters in the zone of the regency `regencyId`: `(await regencyFormat(x.regencyId)).dateTime(v)`. */
export async function regencyFormat(regencyId: string): Promise<Format> {
  return getFormat(await regencyTimeZone(regencyId));
}
