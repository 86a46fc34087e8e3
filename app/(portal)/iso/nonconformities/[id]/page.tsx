import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EvidenceFiles } from "@/components/iso/evidence-files";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { NcActionList } from "@/components/iso/nc-actions";
import { AddActionForm, NcAnalysisForm, NcWorkflow } from "@/components/iso/nc-detail-forms";
import { NcFields } from "@/components/iso/nc-fields";
import { RecordHistory } from "@/components/iso/record-history";
import { NcStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getNonconformity, listAgencyOptions, listOwnerOptions } from "@/lib/iso/nonconformities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.nc.listTitle") };
}

export default async function NonconformityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const nc = await getNonconformity(actor, id);
  if (!nc) notFound();
  const [t, locale, owners, agencies] = await Promise.all([
    getT(),
    getLocale(),
    listOwnerOptions(actor, nc.regencyId),
    listAgencyOptions(actor, nc.regencyId),
  ]);
  if (!owners || !agencies) notFound();
  const canManage = can(actor, "iso.manage", nc.regencyId);
  const canVerify = can(actor, "iso.verify", nc.regencyId);
  const editable = canManage && (nc.status === "open" || nc.status === "in_progress");
  const ownerOptions = [
    ...owners.users.map((u) => ({ value: `user:${u.id}`, label: u.name, group: t("iso.nc.ownerUsers") })),
    ...owners.positions.map((p) => ({ value: `position:${p.id}`, label: p.title, group: t("iso.nc.ownerPositions") })),
  ];
  const now = new Date();
  return (
    <>
      <PageHeader
        title={`${t("iso.nc.number", { number: nc.number })} · ${nc.title}`}
        breadcrumb={
          <Link href="/iso/nonconformities" className="hover:underline">
            {t("iso.nc.listTitle")}
          </Link>
        }
        description={
          <>
            <NcStatusBadge status={nc.status} t={t} /> · {t(`iso.source.${nc.source}`)} ·{" "}
            {t("iso.nc.createdBy", {
              name: nc.createdBy?.name ?? "—",
              date: formatDate(nc.createdAt, locale, nc.regency.timeZone),
            })}
          </>
        }
        actions={
          <LinkButton href={`/iso/nonconformities/${nc.id}/print`} variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {nc.findings.map((f) => (
            <p key={f.id} className="text-sm text-slate-700">
              <Link href={`/iso/audits/${f.auditId}`} className="text-emerald-800 underline">
                {t("iso.nc.fromFinding", { title: f.audit.title })}
              </Link>
            </p>
          ))}
          <Card title={t("iso.nc.analysisTitle")}>
            {nc.status === "closed" && (
              <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">{t("iso.nc.locked")}</p>
            )}
            {nc.status === "awaiting_verification" && (
              <p className="mb-3 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
                {t("iso.nc.underVerification")}
              </p>
            )}
            {editable ? (
              <NcAnalysisForm nc={nc} agencies={agencies.map((a) => ({ value: a.id, label: a.name }))} t={t} />
            ) : (
              <NcFields nc={nc} t={t} />
            )}
          </Card>
          <Card title={t("iso.nc.actionsTitle")}>
            <NcActionList
              nc={nc}
              canManage={canManage}
              now={now}
              t={t}
              locale={locale}
              timeZone={nc.regency.timeZone}
            />
            {editable && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <AddActionForm nc={nc} owners={ownerOptions} t={t} />
              </div>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card
            title={
              nc.status === "awaiting_verification"
                ? t("iso.nc.verifyTitle")
                : nc.status === "closed"
                  ? t("iso.nc.reopenTitle")
                  : t("iso.nc.workflowTitle")
            }
          >
            {nc.verifiedBy && nc.verifiedAt && (
              <p className="mb-3 text-sm text-slate-700">
                {t("iso.nc.verifiedBy", {
                  name: nc.verifiedBy.name,
                  date: formatDateTime(nc.verifiedAt, locale, nc.regency.timeZone),
                })}
              </p>
            )}
            {nc.verificationNote && (
              <p className="mb-3 whitespace-pre-line text-sm text-slate-700">
                {t("iso.nc.verificationNote")}: {nc.verificationNote}
              </p>
            )}
            <NcWorkflow nc={nc} canManage={canManage} canVerify={canVerify} t={t} />
          </Card>
          <EvidenceFiles
            files={nc.files}
            recordType="nonconformity"
            recordId={nc.id}
            canUpload={canManage}
            locked={nc.status === "closed"}
            t={t}
            locale={locale}
            timeZone={nc.regency.timeZone}
          />
          <RecordHistory entries={nc.history} t={t} locale={locale} timeZone={nc.regency.timeZone} />
        </div>
      </div>
    </>
  );
}
