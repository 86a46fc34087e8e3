import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { AssessmentStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createAssessmentAction } from "@/lib/iso/assessments/actions";
import { listAssessments } from "@/lib/iso/assessments/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.listTitle") };
}

export default async function AssessmentsPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const rows = await listAssessments(actor, regency.id);
  if (!rows) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader
        title={t("iso.title")}
        description={t("iso.sections.assessmentsHint")}
        actions={<LinkButton href="/iso/assessments/compare-regencies" variant="secondary">{t("iso.assessment.regencies.open")}</LinkButton>}
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          {rows.length === 0 ? (
            <EmptyState title={t("iso.assessment.empty")} />
          ) : (
            <Table
              caption={t("iso.assessment.listTitle")}
              head={<tr><th className={th}>{t("iso.assessment.period")}</th><th className={th}>{t("iso.assessment.status")}</th><th className={th}>{t("iso.assessment.summary")}</th><th className={th}>{t("iso.assessment.assessor")}</th><th className={th}>{t("iso.assessment.verifier")}</th></tr>}
            >
              {rows.map((a) => (
                <tr key={a.id}>
                  <td className={td}><Link href={`/iso/assessments/${a.id}`} className="font-medium text-emerald-800 hover:underline">{a.period}</Link></td>
                  <td className={td}><AssessmentStatusBadge status={a.status} t={t} /></td>
                  <td className={td}>
                    {t("iso.assessment.counts", a.counts)}
                    {a.counts.unrated > 0 && <div className="text-xs text-slate-600">{t("iso.assessment.unratedCount", { count: a.counts.unrated })}</div>}
                  </td>
                  <td className={td}>{a.assessor.name}</td>
                  <td className={td}>{a.verifier?.name ?? "—"}{a.verifiedAt && <div className="text-xs text-slate-600">{formatDate(a.verifiedAt, locale)}</div>}</td>
                </tr>
              ))}
            </Table>
          )}
          {rows.length >= 2 && (
            <Card title={t("iso.assessment.compareTitle")}>
              <form action="/iso/assessments/compare" className="flex flex-wrap items-end gap-3">
                {(["a", "b"] as const).map((k, n) => (
                  <div key={k}>
                    <label htmlFor={`cmp-${k}`} className="mb-1 block text-sm font-medium text-slate-800">{t(k === "a" ? "iso.assessment.compareA" : "iso.assessment.compareB")}</label>
                    <select id={`cmp-${k}`} name={k} defaultValue={rows[n === 0 ? 1 : 0].id} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                      {rows.map((r) => <option key={r.id} value={r.id}>{r.period}</option>)}
                    </select>
                  </div>
                ))}
                <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("iso.assessment.compareShow")}</button>
              </form>
            </Card>
          )}
        </div>
        {canManage && (
          <Card title={t("iso.assessment.new")}>
            <ActionForm action={createAssessmentAction} submitLabel={t("iso.assessment.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="period" label={t("iso.assessment.period")} hint={t("iso.assessment.periodHint")} required maxLength={7} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
