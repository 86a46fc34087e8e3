import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { DEPLOYMENT_ZONE } from "@/lib/i18n/format";

/** A regency's IANA time zone (not secret: its province decides it), for formatting its records. */
export const regencyTimeZone = cache(async (regencyId: string): Promise<string> => {
  const r = await db.regency.findUnique({ where: { id: regencyId }, select: { timeZone: true } });
  return r?.timeZone ?? DEPLOYMENT_ZONE;
});
