import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActDecisionForm, AdvanceChangeForm, PhaseNotesForm } from "@/components/iso/change-forms";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PrintField } from "@/components/iso/print-sheet";
import { RecordHistory } from "@/components/iso/record-history";
import { ChangePhaseBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { getChange } from "@/lib/iso/changes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.change.listTitle") };
}

const STEPS = ["plan", "do", "check", "act"] as const;

export default async function ChangePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const c = await getChange(actor, id);
  if (!c) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canManage = can(actor, "iso.manage", c.regencyId);
  const current = STEPS.indexOf(c.phase as (typeof STEPS)[number]);
  return (
    <>
      <PageHeader
        title={c.title}
        breadcrumb={<Link href="/iso/changes" className="hover:underline">{t("iso.change.listTitle")}</Link>}
        actions={<LinkButton href={`/iso/changes/${c.id}/print`} variant="secondary">{t("iso.print.open")}</LinkButton>}
        description={<><ChangePhaseBadge phase={c.phase} t={t} /> · {t("iso.change.cycle", { n: c.cycle })}{c.ownerPosition && <> · {c.ownerPosition.title}</>}</>}
      />
      <IsoTabs t={t} />
      <ol className="mb-6 grid grid-cols-4 gap-1 text-center text-xs font-semibold" aria-label={t("iso.change.phase")}>
        {STEPS.map((s, n) => (
          <li key={s} aria-current={s === c.phase ? "step" : undefined} className={`rounded-md px-2 py-2 ${c.phase === "closed" || n < current ? "bg-emerald-700 text-white" : s === c.phase ? "bg-sky-700 text-white" : "bg-slate-100 text-slate-700"}`}>
            {t(`iso.status.change.${s}`)}
          </li>
        ))}
      </ol>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Card>
            <dl>
              <PrintField label={t("iso.change.purpose")}>{c.purpose}</PrintField>
              <PrintField label={t("iso.change.consequences")}>{c.consequences}</PrintField>
              <PrintField label={t("iso.change.resources")}>{c.resources}</PrintField>
              <PrintField label={t("iso.change.issue")}>{c.issue ? t("iso.change.linkedIssue", { number: c.issue.number, title: c.issue.title }) : ""}</PrintField>
              {c.source && (
                <PrintField label={t("iso.change.source")}>
                  <Link href={`/iso/assessments/${c.source.assessmentId}`} className="text-emerald-800 underline">{t("iso.change.sourceAssessment", { code: c.source.indicatorCode })}</Link>
                </PrintField>
              )}
              {c.phase === "closed" || !canManage ? (
                <>
                  <PrintField label={t("iso.change.planObjective")}>{c.planObjective}</PrintField>
                  <PrintField label={t("iso.change.planScope")}>{c.planScope}</PrintField>
                  <PrintField label={t("iso.change.planRisks")}>{c.planRisks}</PrintField>
                  <PrintField label={t("iso.change.doActivities")}>{c.doActivities}</PrintField>
                  <PrintField label={t("iso.change.checkResults")}>{c.checkResults}</PrintField>
                </>
              ) : (
                (["planObjective", "planScope", "planRisks", "doActivities", "checkResults"] as const)
                  .filter((f) => !(c.phase === "plan" && f.startsWith("plan")) && !(c.phase === "do" && f === "doActivities") && !(c.phase === "check" && f === "checkResults"))
                  .map((f) => <PrintField key={f} label={t(`iso.change.${f}`)}>{c[f]}</PrintField>)
              )}
            </dl>
            {c.phase === "closed" && <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">{t("iso.change.locked")}</p>}
          </Card>
          {canManage && c.phase !== "closed" && c.phase !== "act" && <Card title={t(`iso.status.change.${c.phase}`)}><PhaseNotesForm c={c} t={t} /></Card>}
        </div>
        <div className="space-y-6">
          {canManage && c.phase !== "closed" && (
            <Card title={c.phase === "act" ? t("iso.change.actTitle") : t("iso.nc.workflowTitle")}>
              {c.phase === "act" ? <ActDecisionForm c={c} t={t} /> : <AdvanceChangeForm c={c} t={t} />}
            </Card>
          )}
          <RecordHistory entries={c.history} t={t} locale={locale} />
        </div>
      </div>
    </>
  );
}
