import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { WorkshopForm } from "@/components/workshops/workshop-form";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listWorkshops } from "@/lib/workshops/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.title") };
}

export default async function WorkshopsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const { after } = await searchParams;
  const result = await listWorkshops(actor, regency.id, typeof after === "string" ? after.slice(0, 80) : undefined);
  if (!result) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canManage = can(actor, "workshops.manage", regency.id);
  return (
    <>
      <PageHeader title={t("workshops.title")} description={t("workshops.description", { regency: regency.name })} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          {result.items.length === 0 ? (
            <EmptyState title={t("workshops.empty")} />
          ) : (
            <Table
              caption={t("workshops.title")}
              head={
                <tr>
                  <th className={th}>{t("workshops.fields.title")}</th>
                  <th className={th}>{t("workshops.fields.startsAt")}</th>
                  <th className={th}>{t("workshops.join.code")}</th>
                  <th className={th}>{t("workshops.participantsCount")}</th>
                </tr>
              }
            >
              {result.items.map((w) => (
                <tr key={w.id}>
                  <td className={td}>
                    <Link href={`/workshops/${w.id}`} className="font-medium text-emerald-800 hover:underline">
                      {w.title}
                    </Link>
                    <div className="text-xs text-slate-600">
                      {w.venue} · {t("workshops.activitiesCount", { count: w._count.activities })}
                    </div>
                  </td>
                  <td className={td}>{formatDateTime(w.startsAt, locale, regency.timeZone)}</td>
                  <td className={`${td} font-mono`}>
                    {w.code} {w.locked && <Badge tone="red">{t("workshops.control.lockedBadge")}</Badge>}
                  </td>
                  <td className={`${td} tabular-nums`}>{w._count.participants}</td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination
            basePath="/workshops"
            params={{ after }}
            cursorName="after"
            nextCursor={result.nextCursor}
            labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
          />
        </div>
        {canManage && (
          <Card title={t("workshops.createTitle")}>
            <WorkshopForm t={t} regencyId={regency.id} timeZone={regency.timeZone} />
          </Card>
        )}
      </div>
    </>
  );
}
