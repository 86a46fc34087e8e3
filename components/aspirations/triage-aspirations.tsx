import Link from "@/components/ui/link";
import type { Actor } from "@/lib/auth/actor";
import { listAspirations } from "@/lib/aspirations/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { AspirationList } from "./aspiration-list";

/** On the coordinator's triage queue: aspirations from the public waiting for a decision. */
export async function TriageAspirations({
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
  if (!list) return null;
  return (
    <section aria-labelledby="aspirasi-publik" className="mt-8 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="aspirasi-publik" className="text-lg font-semibold text-slate-900">
          {t("aspirations.triageTitle")}
        </h2>
        <Link href="/aspirations" className="text-sm text-emerald-800 underline">
          {t("aspirations.all")}
        </Link>
      </div>
      {list.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("aspirations.noneWaiting")}</p>
      ) : (
        <AspirationList
          rows={list.rows}
          t={t}
          locale={locale}
          timeZone={timeZone}
          caption={t("aspirations.triageTitle")}
        />
      )}
    </section>
  );
}
