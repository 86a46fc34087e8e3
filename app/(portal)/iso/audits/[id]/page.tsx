import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AuditFindings } from "@/components/iso/audit-findings";
import { AddFindingForm, CompleteAuditForm } from "@/components/iso/audit-forms";
import { EvidenceFiles } from "@/components/iso/evidence-files";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PrintField } from "@/components/print/print-field";
import { RecordHistory } from "@/components/iso/record-history";
import { AuditStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getAudit } from "@/lib/iso/audits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.audit.listTitle") };
}

export default async function AuditPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const audit = await getAudit(actor, id);
  if (!audit) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canManage = can(actor, "iso.manage", audit.regencyId);
  const open = audit.status === "planned";
  return (
    <>
      <PageHeader
        title={audit.title}
        actions={
          <LinkButton href={`/iso/audits/${audit.id}/print`} variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
        breadcrumb={
          <Link href="/iso/audits" className="hover:underline">
            {t("iso.audit.listTitle")}
          </Link>
        }
        description={
          <>
            <AuditStatusBadge status={audit.status} t={t} /> · {audit.auditedAgency.name} ·{" "}
            {formatDate(audit.startDate, locale, audit.regency.timeZone)} –{" "}
            {formatDate(audit.endDate, locale, audit.regency.timeZone)}
          </>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Card>
            <dl>
              <PrintField label={t("iso.audit.programYear")}>{audit.programYear}</PrintField>
              <PrintField label={t("iso.audit.leadAuditor")}>{audit.leadAuditor.name}</PrintField>
              <PrintField label={t("iso.audit.scope")}>{audit.scope}</PrintField>
              <PrintField label={t("iso.audit.criteria")}>{audit.criteria}</PrintField>
            </dl>
          </Card>
          <Card title={t("iso.audit.findingsTitle")}>
            <AuditFindings audit={audit} canManage={canManage} t={t} />
            {open && canManage && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <AddFindingForm auditId={audit.id} t={t} />
              </div>
            )}
            {!open && (
              <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">{t("iso.audit.locked")}</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          {open && canManage && (
            <Card>
              <CompleteAuditForm auditId={audit.id} version={audit.version} t={t} />
            </Card>
          )}
          <EvidenceFiles
            files={audit.files}
            recordType="audit"
            recordId={audit.id}
            canUpload={canManage}
            locked={audit.status === "completed"}
            t={t}
            locale={locale}
            timeZone={audit.regency.timeZone}
          />
          <RecordHistory entries={audit.history} t={t} locale={locale} timeZone={audit.regency.timeZone} />
        </div>
      </div>
    </>
  );
}
