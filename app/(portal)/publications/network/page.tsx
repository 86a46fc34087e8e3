import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { ExpertFields } from "@/components/publications/expert-fields";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listIssueOptions } from "@/lib/publications/queries";
import { createExpertAction, updateExpertAction } from "@/lib/stakeholders/actions";
import { listDisciplines, listExperts } from "@/lib/stakeholders/queries";
import { expertFilterSchema } from "@/lib/stakeholders/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("stakeholders.network.title") };
}

export default async function NetworkPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const filter = expertFilterSchema.parse(await searchParams);
  const [experts, disciplines, issues, t] = await Promise.all([listExperts(actor, regency.id, filter), listDisciplines(actor, regency.id), listIssueOptions(actor, regency.id), getT()]);
  if (!experts) notFound();
  const edit = (await searchParams).edit;
  const editing = experts.find((e) => e.id === edit);
  return (
    <>
      <PageHeader title={t("stakeholders.network.title")} description={t("stakeholders.network.description")} />
      <PublicationsSubnav t={t} current="network" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-4">
          <form className="flex flex-wrap items-end gap-2" role="search">
            <div>
              <label htmlFor="discipline" className="mb-1 block text-sm font-medium text-slate-800">{t("stakeholders.network.searchDiscipline")}</label>
              <input id="discipline" name="discipline" list="disciplines" defaultValue={filter.discipline} className="w-48 rounded-md border border-slate-300 px-3 py-2 text-sm" />
              <datalist id="disciplines">{disciplines.map((d) => <option key={d} value={d} />)}</datalist>
            </div>
            <div>
              <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-800">{t("stakeholders.network.searchQ")}</label>
              <input id="q" name="q" defaultValue={filter.q} className="w-48 rounded-md border border-slate-300 px-3 py-2 text-sm" />
            </div>
            <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.search")}</button>
          </form>
          {experts.length === 0 ? (
            <EmptyState title={t("stakeholders.network.empty")} />
          ) : (
            <Table caption={t("stakeholders.network.title")} head={<tr><th className={th}>{t("stakeholders.network.fields.name")}</th><th className={th}>{t("stakeholders.network.fields.discipline")}</th><th className={th}>{t("stakeholders.network.fields.contact")}</th><th className={th}>{t("stakeholders.network.fields.issues")}</th></tr>}>
              {experts.map((e) => (
                <tr key={e.id}>
                  <td className={td}>
                    <a href={`/publications/network?edit=${e.id}`} className="font-medium text-emerald-800 hover:underline">{e.name}</a>
                    <div className="text-xs text-slate-600">{e.institution}</div>
                    {e.expertise && <div className="mt-1 text-xs text-slate-700">{e.expertise}</div>}
                  </td>
                  <td className={td}>{e.discipline}</td>
                  <td className={`${td} whitespace-nowrap`}>
                    {e.phone && <div>{e.phone}</div>}
                    {e.email && <a className="text-emerald-800 underline" href={`mailto:${e.email}`}>{e.email}</a>}
                  </td>
                  <td className={td}>{e.issues.map((i) => `ISU-${i.issue.number} ${i.issue.title}`).join("; ")}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        {can(actor, "media.manage", regency.id) && editing && (
          <Card title={`${t("common.edit")}: ${editing.name}`}>
            <ActionForm key={editing.id} action={updateExpertAction} submitLabel={t("common.save")} pendingLabel={t("common.saving")} resetOnSuccess={false}>
              <HiddenField name="id" value={editing.id} />
              <HiddenField name="version" value={editing.version} />
              <ExpertFields t={t} issues={issues} values={editing} />
            </ActionForm>
          </Card>
        )}
        {can(actor, "media.manage", regency.id) && !editing && (
          <Card title={t("stakeholders.network.add")}>
            <ActionForm action={createExpertAction} submitLabel={t("stakeholders.network.add")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <ExpertFields t={t} issues={issues} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
