import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { AuditStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createAuditAction } from "@/lib/iso/audits/actions";
import { listAuditorOptions, listAudits } from "@/lib/iso/audits/queries";
import { listAgencyOptions } from "@/lib/iso/nonconformities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.audit.listTitle") };
}

const filterSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  after: z.string().regex(/^\d{4}-\d{2}-\d{2}_[0-9a-f-]{36}$/).optional().catch(undefined),
});

export default async function AuditsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const filter = filterSchema.parse(await searchParams);
  const [result, agencies, auditors] = await Promise.all([listAudits(actor, regency.id, filter), listAgencyOptions(actor, regency.id), listAuditorOptions(actor, regency.id)]);
  if (!result || !agencies || !auditors) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.auditsHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          {result.items.length === 0 ? (
            <EmptyState title={t("iso.audit.empty")} />
          ) : (
            <Table
              caption={t("iso.audit.listTitle")}
              head={<tr><th className={th}>{t("iso.audit.programYear")}</th><th className={th}>{t("iso.audit.titleField")}</th><th className={th}>{t("iso.audit.auditedAgency")}</th><th className={th}>{t("iso.audit.leadAuditor")}</th><th className={th}>{t("iso.audit.dates")}</th><th className={th}>{t("iso.audit.findingsCount")}</th><th className={th}>{t("iso.audit.status")}</th></tr>}
            >
              {result.items.map((a) => (
                <tr key={a.id}>
                  <td className={td}>{a.programYear}</td>
                  <td className={td}><Link href={`/iso/audits/${a.id}`} className="font-medium text-emerald-800 hover:underline">{a.title}</Link></td>
                  <td className={td}>{a.auditedAgency.shortName ?? a.auditedAgency.name}</td>
                  <td className={td}>{a.leadAuditor.name}</td>
                  <td className={`${td} whitespace-nowrap`}>{formatDate(a.startDate, locale)} – {formatDate(a.endDate, locale)}</td>
                  <td className={td}>{a._count.findings}</td>
                  <td className={td}><AuditStatusBadge status={a.status} t={t} /></td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination basePath="/iso/audits" params={{ year: filter.year ? String(filter.year) : undefined, after: filter.after }} cursorName="after" nextCursor={result.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
        </div>
        {canManage && (
          <Card title={t("iso.audit.new")}>
            <ActionForm action={createAuditAction} submitLabel={t("iso.audit.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="programYear" type="number" label={t("iso.audit.programYear")} defaultValue={new Date().getFullYear()} required min={2000} max={2100} />
              <TextField name="title" label={t("iso.audit.titleField")} required maxLength={200} />
              <TextArea name="scope" label={t("iso.audit.scope")} required rows={2} maxLength={5000} />
              <TextArea name="criteria" label={t("iso.audit.criteria")} required rows={2} maxLength={5000} />
              <SelectField name="auditedAgencyId" label={t("iso.audit.auditedAgency")} placeholder={t("iso.audit.agencyPlaceholder")} required options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <SelectField name="leadAuditorId" label={t("iso.audit.leadAuditor")} hint={t("iso.audit.auditorHint")} placeholder={t("iso.audit.auditorPlaceholder")} required options={auditors.map((u) => ({ value: u.id, label: u.name }))} />
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField name="startDate" type="date" label={t("iso.audit.startDate")} required />
                <TextField name="endDate" type="date" label={t("iso.audit.endDate")} required />
              </div>
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
