import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { DocStatusBadge } from "@/components/iso/status-badges";
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
import { createDocumentAction } from "@/lib/iso/documents/actions";
import { listDocuments } from "@/lib/iso/documents/queries";
import { DOCUMENT_TYPES } from "@/lib/iso/documents/schemas";
import { listAgencyOptions } from "@/lib/iso/nonconformities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.doc.listTitle") };
}

const filterSchema = z.object({ after: z.string().max(60).optional().catch(undefined) });

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const filter = filterSchema.parse(await searchParams);
  const [result, agencies] = await Promise.all([listDocuments(actor, regency.id, filter), listAgencyOptions(actor, regency.id)]);
  if (!result || !agencies) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.documentsHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          {result.items.length === 0 ? (
            <EmptyState title={t("iso.doc.empty")} />
          ) : (
            <Table
              caption={t("iso.doc.listTitle")}
              head={<tr><th className={th}>{t("iso.doc.number")}</th><th className={th}>{t("iso.doc.titleField")}</th><th className={th}>{t("iso.doc.type")}</th><th className={th}>{t("iso.doc.currentVersion")}</th><th className={th}>{t("iso.doc.reviewDue")}</th></tr>}
            >
              {result.items.map((d) => {
                const effective = d.versions.find((v) => v.status === "effective");
                const open = d.versions.find((v) => v.status !== "effective");
                const due = effective?.reviewDueDate && effective.reviewDueDate <= now;
                return (
                  <tr key={d.id}>
                    <td className={`${td} whitespace-nowrap font-mono`}>{d.number}</td>
                    <td className={td}>
                      <Link href={`/iso/documents/${d.id}`} className="font-medium text-emerald-800 hover:underline">{d.title}</Link>
                      <div className="text-xs text-slate-600">{d.ownerAgency?.shortName ?? d.ownerAgency?.name ?? ""}</div>
                    </td>
                    <td className={td}>{t(`iso.docType.${d.type}`)}</td>
                    <td className={`${td} whitespace-nowrap`}>
                      {effective && <span className="mr-1">v{effective.versionNo} <DocStatusBadge status="effective" t={t} /></span>}
                      {open && <span>v{open.versionNo} <DocStatusBadge status={open.status} t={t} /></span>}
                    </td>
                    <td className={`${td} whitespace-nowrap`}>{formatDate(effective?.reviewDueDate, locale)}{due && <span className="ml-2"><Badge tone="red">{t("iso.doc.reviewOverdue")}</Badge></span>}</td>
                  </tr>
                );
              })}
            </Table>
          )}
          <Pagination basePath="/iso/documents" params={{ after: filter.after }} cursorName="after" nextCursor={result.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
        </div>
        {canManage && (
          <Card title={t("iso.doc.new")}>
            <ActionForm action={createDocumentAction} submitLabel={t("iso.doc.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="number" label={t("iso.doc.number")} required maxLength={60} />
              <TextField name="title" label={t("iso.doc.titleField")} required maxLength={200} />
              <SelectField name="type" label={t("iso.doc.type")} required options={DOCUMENT_TYPES.map((k) => ({ value: k, label: t(`iso.docType.${k}`) }))} />
              <SelectField name="ownerAgencyId" label={t("iso.doc.ownerAgency")} placeholder={t("iso.doc.noAgency")} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <TextArea name="content" label={t("iso.doc.content")} rows={6} maxLength={100000} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
