import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { RiskFormFields } from "@/components/iso/risk-form-fields";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createRiskAction, updateRiskAction } from "@/lib/iso/risks/actions";
import { listPositionOptions, listRisks } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.risk.listTitle") };
}

// 15–25 high, 8–14 medium, 1–7 low (5 × 5 matrix)
const band = (level: number) => (level >= 15 ? "High" : level >= 8 ? "Medium" : "Low");
const TONES = { High: "red", Medium: "yellow", Low: "green" } as const;

export default async function RisksPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [risks, positions] = await Promise.all([listRisks(actor, regency.id), listPositionOptions(actor, regency.id)]);
  if (!risks || !positions) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  const today = new Date();
  return (
    <>
      <PageHeader
        title={t("iso.title")}
        description={t("iso.sections.risksHint")}
        actions={<LinkButton href="/iso/risks/print" variant="secondary">{t("iso.print.open")}</LinkButton>}
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div>
          {risks.length === 0 ? (
            <EmptyState title={t("iso.risk.empty")} />
          ) : (
            <Table
              caption={t("iso.risk.listTitle")}
              head={<tr><th className={th}>{t("iso.risk.level")}</th><th className={th}>{t("iso.risk.titleField")}</th><th className={th}>{t("iso.risk.treatment")}</th><th className={th}>{t("iso.risk.owner")}</th><th className={th}>{t("iso.risk.reviewDate")}</th></tr>}
            >
              {risks.map((r) => (
                <tr key={r.id}>
                  <td className={`${td} whitespace-nowrap`}>
                    <Badge tone={TONES[band(r.level)]}>{r.level} · {t(`iso.risk.level${band(r.level)}`)}</Badge>
                    <div className="text-xs text-slate-600">{r.likelihood} × {r.impact}</div>
                  </td>
                  <td className={td}>
                    <span className="font-medium text-slate-900">{r.title}</span> <Badge tone={r.kind === "risk" ? "slate" : "blue"}>{t(`iso.risk.kinds.${r.kind}`)}</Badge>
                    {r.context && <div className="text-xs text-slate-600">{r.context}</div>}
                    {canManage && (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-xs font-medium text-emerald-800">{t("iso.risk.edit", { title: r.title })}</summary>
                        <ActionForm action={updateRiskAction} submitLabel={t("iso.risk.save")} pendingLabel={t("common.saving")} resetOnSuccess={false} className="mt-2 max-w-md space-y-3">
                          <HiddenField name="id" value={r.id} />
                          <HiddenField name="version" value={r.version} />
                          <RiskFormFields t={t} positions={positions} values={r} />
                        </ActionForm>
                      </details>
                    )}
                  </td>
                  <td className={td}>{t(`iso.risk.treatments.${r.treatment}`)}{r.action && <div className="text-xs text-slate-600">{r.action}</div>}</td>
                  <td className={td}>{r.ownerPosition?.title ?? "—"}</td>
                  <td className={`${td} whitespace-nowrap`}>{formatDate(r.reviewDate, locale)}{r.reviewDate < today && <div><Badge tone="red">{t("iso.risk.reviewOverdue")}</Badge></div>}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        {canManage && (
          <Card title={t("iso.risk.new")}>
            <ActionForm action={createRiskAction} submitLabel={t("iso.risk.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <RiskFormFields t={t} positions={positions} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
