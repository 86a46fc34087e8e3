import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createPotentialAction, linkPotentialIssueAction, updatePotentialStatusAction } from "@/lib/regencies/actions";
import { listLinkableIssues, listPotentials } from "@/lib/regencies/queries";
import { POTENTIAL_STATUSES } from "@/lib/regencies/schemas";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.potentials.title") };
}

const STATUS_TONE = { identified: "slate", studied: "blue", being_developed: "green" } as const;

export default async function PotentialsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const manage = can(actor, "regency.manage", regency.id);
  const [t, locale, potentials, issues] = await Promise.all([getT(), getLocale(), listPotentials(actor, regency.id), manage ? listLinkableIssues(actor, regency.id) : []]);
  return (
    <>
      <PageHeader breadcrumb={<Link href={`/regencies/${regency.slug}`} className="hover:underline">{t(`regencyKind.${regency.kind}`)} {regency.name}</Link>} title={t("regencies.potentials.title")} description={t("regencies.potentials.description")} />
      <RegencyNav slug={regency.slug} current="/potentials" t={t} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          {potentials.length === 0 ? (
            <EmptyState title={t("regencies.potentials.empty")} />
          ) : (
            <ul className="space-y-3">
              {potentials.map((p) => (
                <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <div className="text-xs font-medium uppercase tracking-wide text-slate-600">{p.sector}</div>
                      <h3 className="font-medium text-slate-900">{p.title}</h3>
                    </div>
                    <Badge tone={STATUS_TONE[p.status]}>{t(`regencies.potentialStatus.${p.status}`)}</Badge>
                  </div>
                  {p.description && <p className="mt-1 text-sm text-slate-700">{p.description}</p>}
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
                    <div><dt className="inline text-slate-600">{t("regencies.potentials.estimatedValue")}: </dt><dd className="inline">{p.estimatedValue !== null ? `Rp${formatNumber(p.estimatedValue, locale)}` : "—"}</dd></div>
                    <div><dt className="inline text-slate-600">{t("regencies.potentials.evidence")}: </dt><dd className="inline">{p.evidence ?? "—"}</dd></div>
                  </dl>
                  <div className="mt-2 text-sm">
                    <span className="text-slate-600">{t("regencies.potentials.issues")}: </span>
                    {p.issueLinks.length === 0 ? "—" : p.issueLinks.map((l, i) => (
                      <span key={l.issue.id}>{i > 0 && ", "}<Link href={`/issues/${l.issue.id}`} className="text-emerald-800 hover:underline">ISU-{l.issue.number} {l.issue.title}</Link></span>
                    ))}
                  </div>
                  {manage && (
                    <details className="mt-3">
                      <summary className="cursor-pointer text-sm text-emerald-800">{t("regencies.potentials.manage")}</summary>
                      <div className="mt-2 grid gap-4 sm:grid-cols-2">
                        <ActionForm action={updatePotentialStatusAction} submitLabel={t("common.save")} resetOnSuccess={false}>
                          <HiddenField name="potentialId" value={p.id} />
                          <HiddenField name="version" value={p.version} />
                          <SelectField name="status" label={t("regencies.potentials.status")} defaultValue={p.status} options={POTENTIAL_STATUSES.map((s) => ({ value: s, label: t(`regencies.potentialStatus.${s}`) }))} />
                        </ActionForm>
                        {issues.length > 0 && (
                          <ActionForm action={linkPotentialIssueAction} submitLabel={t("regencies.potentials.link")}>
                            <HiddenField name="potentialId" value={p.id} />
                            <SelectField name="issueId" label={t("regencies.potentials.linkIssue")} required options={issues.map((i) => ({ value: i.id, label: `ISU-${i.number} ${i.title}` }))} />
                          </ActionForm>
                        )}
                      </div>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        {manage && (
          <Card title={t("regencies.potentials.addTitle")}>
            <ActionForm action={createPotentialAction} submitLabel={t("regencies.potentials.add")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="sector" label={t("regencies.potentials.sector")} required maxLength={80} />
              <TextField name="title" label={t("regencies.potentials.titleField")} required maxLength={200} />
              <TextArea name="description" label={t("regencies.potentials.descriptionField")} rows={3} maxLength={4000} />
              <TextField name="evidence" label={t("regencies.potentials.evidence")} maxLength={1000} />
              <TextField name="estimatedValue" type="number" min={0} step="1" label={t("regencies.potentials.estimatedValueRp")} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
