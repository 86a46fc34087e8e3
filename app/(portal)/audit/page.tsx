import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { listAuditEvents } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("audit.title") };
}

function formatChange(value: unknown): string {
  if (Array.isArray(value) && value.length === 2) return `${JSON.stringify(value[0])} → ${JSON.stringify(value[1])}`;
  return JSON.stringify(value);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(raw);
  const result = await listAuditEvents(actor, filter);
  if (!result) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const params = { action: filter.action, entityType: filter.entityType, actor: filter.actor, regencyId: filter.regencyId, before: raw.before };
  return (
    <>
      <PageHeader title={t("audit.title")} description={actor.isAdmin ? t("audit.descriptionAdmin") : t("audit.description")} />
      <form className="mb-4 grid gap-2 sm:grid-cols-4" role="search">
        {(["action", "entityType", "actor"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`f-${name}`} className="mb-1 block text-xs font-medium text-slate-700">{t(`audit.filter.${name}`)}</label>
            <input id={`f-${name}`} name={name} defaultValue={filter[name]} className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
          </div>
        ))}
        <div className="flex items-end"><button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.filter")}</button></div>
      </form>
      {result.events.length === 0 ? (
        <EmptyState title={t("audit.empty")} />
      ) : (
        <Table caption={t("audit.title")} head={<tr><th className={th}>#</th><th className={th}>{t("audit.time")}</th><th className={th}>{t("audit.actor")}</th><th className={th}>{t("audit.action")}</th><th className={th}>{t("audit.entity")}</th><th className={th}>{t("audit.changes")}</th></tr>}>
          {result.events.map((e) => (
            <tr key={e.seq}>
              <td className={`${td} text-slate-500`}>{e.seq}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDateTime(e.occurredAt, locale)}</td>
              <td className={td}>{e.actorName}{e.ip && <div className="text-xs text-slate-500">{e.ip}</div>}</td>
              <td className={`${td} font-mono text-xs`}>{e.action}</td>
              <td className={`${td} text-xs`}>{e.entityType}<div className="font-mono text-slate-500">{e.entityId.slice(0, 8)}</div></td>
              <td className={`${td} max-w-md text-xs`}>
                <dl className="space-y-0.5">
                  {Object.entries(e.changes ?? {}).map(([k, v]) => (
                    <div key={k} className="break-words"><dt className="inline font-medium">{k}: </dt><dd className="inline">{formatChange(v)}</dd></div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination basePath="/audit" params={params} cursorName="before" nextCursor={result.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
    </>
  );
}
