import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { MendelowGrid } from "@/components/publications/mendelow-grid";
import { StakeholderFields } from "@/components/publications/stakeholder-fields";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listIssueOptions } from "@/lib/publications/queries";
import { createStakeholderAction, updateStakeholderAction } from "@/lib/stakeholders/actions";
import { listStakeholders } from "@/lib/stakeholders/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("stakeholders.title") };
}

export default async function StakeholdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const sp = await searchParams;
  const issueId = /^[0-9a-f-]{36}$/i.test(sp.issueId ?? "") ? sp.issueId : undefined;
  const [rows, issues, t] = await Promise.all([listStakeholders(actor, regency.id, { issueId }), listIssueOptions(actor, regency.id), getT()]);
  if (!rows) notFound();
  const editing = rows.find((r) => r.id === sp.edit);
  return (
    <>
      <PageHeader title={t("stakeholders.title")} description={t("stakeholders.description")} />
      <PublicationsSubnav t={t} current="stakeholders" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <form className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="issueId" className="mb-1 block text-sm font-medium text-slate-800">{t("media.filterIssue")}</label>
              <select id="issueId" name="issueId" defaultValue={issueId ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                <option value="">{t("media.allIssues")}</option>
                {issues.map((i) => <option key={i.id} value={i.id}>ISU-{i.number} · {i.title}</option>)}
              </select>
            </div>
            <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.filter")}</button>
          </form>
          <Card title={t("stakeholders.grid")}>
            <MendelowGrid items={rows} t={t} />
          </Card>
          {rows.length === 0 ? (
            <EmptyState title={t("stakeholders.empty")} />
          ) : (
            <Table caption={t("stakeholders.list")} head={<tr><th className={th}>{t("stakeholders.fields.name")}</th><th className={th}>{t("stakeholders.fields.type")}</th><th className={th}>{t("stakeholders.fields.quadrant")}</th><th className={th}>{t("stakeholders.fields.stance")}</th><th className={th}>{t("stakeholders.fields.issues")}</th></tr>}>
              {rows.map((s) => (
                <tr key={s.id}>
                  <td className={td}><a href={`/publications/stakeholders?edit=${s.id}`} className="font-medium text-emerald-800 hover:underline">{s.name}</a><div className="text-xs text-slate-600">{s.organisation}</div></td>
                  <td className={td}>{t(`stakeholders.types.${s.type}`)}</td>
                  <td className={td}>{t(`stakeholders.quadrants.${s.quadrant}`)} <span className="text-xs text-slate-600">(P{s.power}/K{s.interest})</span></td>
                  <td className={td}>{t(`stakeholders.stances.${s.stance}`)}</td>
                  <td className={td}>{s.issues.map((i) => `ISU-${i.issue.number}`).join(", ")}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        {can(actor, "media.manage", regency.id) && editing && (
          <Card title={`${t("common.edit")}: ${editing.name}`}>
            <ActionForm key={editing.id} action={updateStakeholderAction} submitLabel={t("common.save")} pendingLabel={t("common.saving")} resetOnSuccess={false}>
              <HiddenField name="id" value={editing.id} />
              <HiddenField name="version" value={editing.version} />
              <StakeholderFields t={t} issues={issues} values={editing} />
            </ActionForm>
          </Card>
        )}
        {can(actor, "media.manage", regency.id) && !editing && (
          <Card title={t("stakeholders.add")}>
            <ActionForm action={createStakeholderAction} submitLabel={t("stakeholders.add")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <StakeholderFields t={t} issues={issues} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
