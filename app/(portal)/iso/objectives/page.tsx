import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { ObjectiveChart } from "@/components/iso/objective-chart";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createObjectiveAction, recordMeasurementAction } from "@/lib/iso/objectives/actions";
import { listObjectives } from "@/lib/iso/objectives/queries";
import { listPositionOptions } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.objective.listTitle") };
}

export default async function ObjectivesPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [objectives, positions] = await Promise.all([listObjectives(actor, regency.id), listPositionOptions(actor, regency.id)]);
  if (!objectives || !positions) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader
        title={t("iso.title")}
        description={t("iso.sections.objectivesHint")}
        actions={<LinkButton href="/iso/objectives/print" variant="secondary">{t("iso.print.open")}</LinkButton>}
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {objectives.length === 0 && <EmptyState title={t("iso.objective.empty")} />}
          {objectives.map((o) => {
            const last = o.measurements.at(-1);
            return (
              <Card
                key={o.id}
                title={o.title}
                actions={o.met === null ? <Badge>{t("iso.objective.noMeasurement")}</Badge> : o.met ? <Badge tone="green">{t("iso.objective.met")}</Badge> : <Badge tone="yellow">{t("iso.objective.notMet")}</Badge>}
              >
                <p className="text-sm text-slate-700">
                  {t("iso.objective.indicator")}: {o.indicator} · {t("iso.objective.baseline")}: {formatNumber(o.baseline, locale, 2)} {o.unit} · {t("iso.objective.target")}: {formatNumber(o.target, locale, 2)} {o.unit}
                  {o.ownerPosition && <> · {o.ownerPosition.title}</>}{o.dueDate && <> · {t("iso.objective.dueDate")}: {formatDate(o.dueDate, locale)}</>}
                </p>
                {last && <p className="mt-1 text-sm font-medium text-slate-900">{t("iso.objective.latest", { value: `${formatNumber(last.value, locale, 2)} ${o.unit}`.trim(), period: last.period })}</p>}
                {o.measurements.length > 0 && (
                  <div className="mt-3 grid gap-4 md:grid-cols-[minmax(0,1fr)_14rem]">
                    <ObjectiveChart
                      data={o.measurements.map((m) => ({ period: m.period, value: m.value }))}
                      baseline={o.baseline}
                      target={o.target}
                      labels={{ title: t("iso.objective.chartLabel", { title: o.title }), value: t("iso.objective.value"), target: t("iso.objective.targetLine"), baseline: t("iso.objective.baselineLine") }}
                    />
                    <table className="text-sm">
                      <caption className="sr-only">{t("iso.objective.measurements")}</caption>
                      <thead><tr className="text-left text-xs uppercase text-slate-600"><th className="py-1">{t("iso.objective.period")}</th><th className="py-1 text-right">{t("iso.objective.value")}</th></tr></thead>
                      <tbody>
                        {o.measurements.map((m) => <tr key={m.id} className="border-t border-slate-100"><td className="py-1">{m.period}</td><td className="py-1 text-right">{formatNumber(m.value, locale, 2)}</td></tr>)}
                      </tbody>
                    </table>
                  </div>
                )}
                {canManage && (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium text-emerald-800">{t("iso.objective.record")}</summary>
                    <ActionForm action={recordMeasurementAction} submitLabel={t("iso.objective.record")} pendingLabel={t("common.saving")} className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-end">
                      <HiddenField name="objectiveId" value={o.id} />
                      <TextField name="period" label={t("iso.objective.period")} hint={t("iso.objective.periodHint")} required maxLength={7} />
                      <TextField name="value" type="number" step="any" label={`${t("iso.objective.value")}${o.unit ? ` (${o.unit})` : ""}`} required />
                      <TextField name="note" label={t("iso.objective.note")} maxLength={2000} />
                    </ActionForm>
                  </details>
                )}
              </Card>
            );
          })}
        </div>
        {canManage && (
          <Card title={t("iso.objective.new")}>
            <ActionForm action={createObjectiveAction} submitLabel={t("iso.objective.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="title" label={t("iso.objective.titleField")} required maxLength={200} />
              <TextField name="indicator" label={t("iso.objective.indicator")} required maxLength={300} />
              <div className="grid gap-3 sm:grid-cols-3">
                <TextField name="baseline" type="number" step="any" label={t("iso.objective.baseline")} required />
                <TextField name="target" type="number" step="any" label={t("iso.objective.target")} required />
                <TextField name="unit" label={t("iso.objective.unit")} maxLength={30} />
              </div>
              <SelectField name="direction" label={t("iso.objective.direction")} required options={[{ value: "increase", label: t("iso.objective.increase") }, { value: "decrease", label: t("iso.objective.decrease") }]} />
              <SelectField name="ownerPositionId" label={t("iso.objective.owner")} placeholder={t("iso.objective.noOwner")} options={positions.map((p) => ({ value: p.id, label: p.title }))} />
              <TextField name="dueDate" type="date" label={t("iso.objective.dueDate")} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
