import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { NcStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createNonconformityAction } from "@/lib/iso/nonconformities/actions";
import { listAgencyOptions, listNonconformities } from "@/lib/iso/nonconformities/queries";
import { NC_SEVERITIES, NC_SOURCES, NC_STATUSES, nonconformityFilterSchema } from "@/lib/iso/nonconformities/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.nc.listTitle") };
}

export default async function NonconformitiesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const filter = nonconformityFilterSchema.parse(await searchParams);
  const [result, agencies] = await Promise.all([listNonconformities(actor, regency.id, filter), listAgencyOptions(actor, regency.id)]);
  if (!result || !agencies) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.nonconformitiesHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
            <div>
              <label htmlFor="nc-status" className="mb-1 block text-sm font-medium text-slate-800">{t("iso.nc.status")}</label>
              <select id="nc-status" name="status" defaultValue={filter.status ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                <option value="">{t("iso.nc.filterAll")}</option>
                {NC_STATUSES.map((s) => <option key={s} value={s}>{t(`iso.status.nc.${s}`)}</option>)}
              </select>
            </div>
            <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.filter")}</button>
          </form>
          {result.items.length === 0 ? (
            <EmptyState title={t("iso.nc.empty")} />
          ) : (
            <Table
              caption={t("iso.nc.listTitle")}
              head={<tr><th className={th}>{t("iso.nc.numberHeader")}</th><th className={th}>{t("iso.nc.titleField")}</th><th className={th}>{t("iso.nc.source")}</th><th className={th}>{t("iso.nc.severity")}</th><th className={th}>{t("iso.nc.status")}</th><th className={th}>{t("iso.nc.actionsHeader")}</th></tr>}
            >
              {result.items.map((nc) => {
                const open = nc.actions.filter((a) => !a.doneAt);
                const overdue = open.some((a) => a.dueDate < now) && nc.status !== "closed";
                return (
                  <tr key={nc.id}>
                    <td className={`${td} whitespace-nowrap font-mono`}>{t("iso.nc.number", { number: nc.number })}</td>
                    <td className={td}>
                      <Link href={`/iso/nonconformities/${nc.id}`} className="font-medium text-emerald-800 hover:underline">{nc.title}</Link>
                      <div className="text-xs text-slate-600">{nc.agency?.shortName ?? nc.agency?.name ?? ""} {formatDate(nc.createdAt, locale)}</div>
                    </td>
                    <td className={td}>{t(`iso.source.${nc.source}`)}</td>
                    <td className={td}><Badge tone={nc.severity === "major" ? "red" : "yellow"}>{t(`iso.severity.${nc.severity}`)}</Badge></td>
                    <td className={td}><NcStatusBadge status={nc.status} t={t} /></td>
                    <td className={`${td} whitespace-nowrap`}>
                      {nc.actions.length - open.length}/{nc.actions.length}
                      {overdue && <span className="ml-2"><Badge tone="red">{t("iso.nc.overdue")}</Badge></span>}
                    </td>
                  </tr>
                );
              })}
            </Table>
          )}
          <Pagination basePath="/iso/nonconformities" params={{ status: filter.status, after: filter.after ? String(filter.after) : undefined }} cursorName="after" nextCursor={result.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
        </div>
        {canManage && (
          <Card title={t("iso.nc.new")}>
            <ActionForm action={createNonconformityAction} submitLabel={t("iso.nc.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="title" label={t("iso.nc.titleField")} required maxLength={200} />
              <SelectField name="source" label={t("iso.nc.source")} required options={NC_SOURCES.map((s) => ({ value: s, label: t(`iso.source.${s}`) }))} />
              <SelectField name="severity" label={t("iso.nc.severity")} required options={NC_SEVERITIES.map((s) => ({ value: s, label: t(`iso.severity.${s}`) }))} />
              <SelectField name="agencyId" label={t("iso.nc.agency")} placeholder={t("iso.nc.noAgency")} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <TextArea name="description" label={t("iso.nc.descriptionField")} required rows={4} maxLength={10000} />
              <TextField name="requirement" label={t("iso.nc.requirement")} hint={t("iso.nc.requirementHint")} required maxLength={2000} />
              <TextArea name="evidence" label={t("iso.nc.evidence")} rows={3} maxLength={10000} />
              <TextArea name="correction" label={t("iso.nc.correction")} rows={2} maxLength={5000} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
