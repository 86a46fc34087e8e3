import Link from "@/components/ui/link";
import type { Actor } from "@/lib/auth/actor";
import { Card } from "@/components/ui/card";
import { listAspirations } from "@/lib/aspirations/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { AspirationList } from "./aspiration-list";

/** On /dashboard: citizens' aspirations waiting for this member (forwarded to an official's agency;
 * every waiting one for the coordinator and humas), soonest deadline first. Nothing when none wait. */
export async function AspirationDesk({
  actor,
  regencyId,
  timeZone,
}: {
  actor: Actor;
  regencyId: string;
  timeZone: string;
}) {
  const [list, t, locale] = await Promise.all([
    listAspirations(actor, regencyId, { waiting: true }),
    getT(),
    getLocale(),
  ]);
  if (!list || list.rows.length === 0) return null;
  return (
    <Card
      title={t("aspirations.deskTitle")}
      actions={
        <Link href="/aspirations" className="text-sm text-emerald-800 underline">
          {t("aspirations.all")}
        </Link>
      }
    >
      <AspirationList
        rows={list.rows.slice(0, 6)}
        t={t}
        locale={locale}
        timeZone={timeZone}
        caption={t("aspirations.deskTitle")}
      />
    </Card>
  );
}
