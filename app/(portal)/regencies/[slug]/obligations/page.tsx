import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { EditInPlace } from "@/components/forms/edit-in-place";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { getLeadership } from "@/lib/leadership/queries";
import { createObligationAction, updateObligationAction, updateObligationStatusAction } from "@/lib/regencies/actions";
import { listObligations, type ObligationRow } from "@/lib/regencies/queries";
import { OBLIGATION_ASPECTS, OBLIGATION_STATUSES } from "@/lib/regencies/schemas";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.obligations.title") };
}

const STATUS_TONE = { open: "slate", in_progress: "blue", fulfilled: "green" } as const;

function ObligationFields({ t, positions, o }: { t: Translate; positions: { id: string; title: string }[]; o?: ObligationRow }) {
  return (
    <>
      <TextField name="title" label={t("regencies.obligations.titleField")} required maxLength={300} defaultValue={o?.title} />
      <SelectField name="aspect" label={t("regencies.obligations.aspect")} required defaultValue={o?.aspect} options={OBLIGATION_ASPECTS.map((a) => ({ value: a, label: t(`regencies.aspects.${a}`) }))} />
      <TextField name="source" label={t("regencies.obligations.source")} hint={t("regencies.obligations.sourceHint")} required maxLength={300} defaultValue={o?.source} />
      <TextField name="dueDate" type="date" label={t("regencies.obligations.dueDate")} defaultValue={o?.dueDate?.toISOString().slice(0, 10)} />
      <SelectField name="responsiblePositionId" label={t("regencies.obligations.responsible")} placeholder={t("regencies.obligations.noResponsible")} defaultValue={o?.responsiblePosition?.id} options={positions.map((p) => ({ value: p.id, label: p.title }))} />
    </>
  );
}

export default async function ObligationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const manage = can(actor, "regency.manage", regency.id);
  const [t, locale, obligations, positions] = await Promise.all([getT(), getLocale(), listObligations(actor, regency.id), manage ? getLeadership(actor, regency.id) : null]);
  const overdue = obligations.filter((o) => o.overdue).length;
  return (
    <>
      <PageHeader breadcrumb={<Link href={`/regencies/${regency.slug}`} className="hover:underline">{t(`regencyKind.${regency.kind}`)} {regency.name}</Link>} title={t("regencies.obligations.title")} description={t("regencies.obligations.description")} />
      <RegencyNav slug={regency.slug} current="/obligations" t={t} />
      {overdue > 0 && <p className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{t("regencies.obligations.overdueSummary", { count: overdue })}</p>}
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          {obligations.length === 0 ? (
            <EmptyState title={t("regencies.obligations.empty")} />
          ) : (
            <ul className="space-y-3">
              {obligations.map((o) => (
                <li key={o.id} className={`rounded-lg border bg-white p-4 shadow-sm ${o.overdue ? "border-red-300 border-l-4 border-l-red-600" : "border-slate-200"}`}>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="font-medium text-slate-900">{o.title}</h3>
                    <span className="flex flex-wrap gap-1">
                      {o.overdue && <Badge tone="red">{t("regencies.obligations.overdue")}</Badge>}
                      <Badge tone={STATUS_TONE[o.status]}>{t(`regencies.obligationStatus.${o.status}`)}</Badge>
                    </span>
                  </div>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
                    <div><dt className="inline text-slate-600">{t("regencies.obligations.source")}: </dt><dd className="inline">{o.source}</dd></div>
                    <div><dt className="inline text-slate-600">{t("regencies.obligations.aspect")}: </dt><dd className="inline">{o.aspect ? t(`regencies.aspects.${o.aspect}`) : "—"}</dd></div>
                    <div><dt className="inline text-slate-600">{t("regencies.obligations.dueDate")}: </dt><dd className="inline">{formatDate(o.dueDate, locale)}</dd></div>
                    <div><dt className="inline text-slate-600">{t("regencies.obligations.responsible")}: </dt><dd className="inline">{o.responsiblePosition?.title ?? "—"}</dd></div>
                    {o.evidence && <div className="sm:col-span-2"><dt className="inline text-slate-600">{t("regencies.obligations.evidence")}: </dt><dd className="inline">{o.evidence}</dd></div>}
                  </dl>
                  {manage && (
                    <EditInPlace label={t("regencies.obligations.edit")} name={o.title} action={updateObligationAction} submitLabel={t("common.save")} pendingLabel={t("common.saving")} id={o.id} version={o.version}>
                      <ObligationFields t={t} positions={positions ?? []} o={o} />
                    </EditInPlace>
                  )}
                  {manage && (
                    <details className="mt-3">
                      <summary className="cursor-pointer text-sm text-emerald-800">{t("regencies.obligations.updateStatus")}</summary>
                      <ActionForm action={updateObligationStatusAction} submitLabel={t("common.save")} resetOnSuccess={false} className="mt-2 grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
                        <HiddenField name="obligationId" value={o.id} />
                        <HiddenField name="version" value={o.version} />
                        <SelectField name="status" label={t("regencies.obligations.status")} defaultValue={o.status} options={OBLIGATION_STATUSES.map((s) => ({ value: s, label: t(`regencies.obligationStatus.${s}`) }))} />
                        <TextField name="evidence" label={t("regencies.obligations.evidence")} defaultValue={o.evidence} maxLength={1000} />
                      </ActionForm>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        {manage && (
          <Card title={t("regencies.obligations.addTitle")}>
            <ActionForm action={createObligationAction} submitLabel={t("regencies.obligations.add")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <ObligationFields t={t} positions={positions ?? []} />
              <TextArea name="evidence" label={t("regencies.obligations.evidence")} rows={2} maxLength={1000} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
