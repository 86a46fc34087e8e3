import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AspirationList } from "@/components/aspirations/aspiration-list";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listAspirations } from "@/lib/aspirations/queries";
import { aspirationListSchema, ASPIRATION_STATUSES } from "@/lib/aspirations/schemas";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("aspirations.title") };
}

/** Aspirations of the active regency: all of them for the coordinator and humas; for an official,
 * those forwarded to their agency (their desk). */
export default async function AspirationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency || !can(actor, "aspirations.read", regency.id)) notFound();
  const f = aspirationListSchema.parse(await searchParams);
  const [list, t, locale] = await Promise.all([listAspirations(actor, regency.id, f), getT(), getLocale()]);
  if (!list) notFound();
  const all = can(actor, "aspirations.all", regency.id);
  return (
    <>
      <PageHeader
        title={t("aspirations.title")}
        description={all ? t("aspirations.description") : t("aspirations.descriptionOfficial")}
        actions={
          can(actor, "replyTemplates.manage", regency.id) || can(actor, "aspirations.settings", regency.id) ? (
            <Link href="/aspirations/settings" className="text-sm text-emerald-800 underline">
              {t("aspirations.settings.title")}
            </Link>
          ) : undefined
        }
      />
      <nav aria-label={t("aspirations.fields.status")} className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          href="/aspirations"
          aria-current={!f.status ? "page" : undefined}
          className="rounded-full border px-3 py-1 aria-[current=page]:bg-emerald-700 aria-[current=page]:text-white"
        >
          {t("aspirations.allStatuses")}
        </Link>
        {ASPIRATION_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/aspirations?status=${s}`}
            aria-current={f.status === s ? "page" : undefined}
            className="rounded-full border px-3 py-1 aria-[current=page]:bg-emerald-700 aria-[current=page]:text-white"
          >
            {t(`aspirations.statuses.${s}`)}
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState title={t("aspirations.empty")} />
      ) : (
        <AspirationList
          rows={list.rows}
          t={t}
          locale={locale}
          timeZone={regency.timeZone}
          caption={t("aspirations.title")}
        />
      )}
      <Pagination
        basePath="/aspirations"
        params={{ status: f.status, after: f.after }}
        cursorName="after"
        nextCursor={list.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
    </>
  );
}
