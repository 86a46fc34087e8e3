import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { EditInPlace } from "@/components/forms/edit-in-place";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { createAgencyAction, updateAgencyAction } from "@/lib/agencies/actions";
import { listAgencies, type AgencyRow } from "@/lib/agencies/queries";
import { AGENCY_KINDS } from "@/lib/agencies/schemas";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agencies.title") };
}

function AgencyFields({ t, agency }: { t: Translate; agency?: AgencyRow }) {
  return (
    <>
      <TextField name="name" label={t("agencies.fields.name")} required maxLength={160} defaultValue={agency?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="shortName" label={t("agencies.fields.shortName")} hint={t("agencies.fields.shortNameHint")} maxLength={30} defaultValue={agency?.shortName} />
        <SelectField name="kind" label={t("agencies.fields.kind")} required defaultValue={agency?.kind ?? "dinas"} options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencies.kinds.${k}`) }))} />
      </div>
    </>
  );
}

export default async function AgenciesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const [t, agencies] = await Promise.all([getT(), listAgencies(actor, regency.id)]);
  if (!agencies) notFound();
  const manage = can(actor, "leadership.manage", regency.id);
  const kindLabel = (k: string) => ((AGENCY_KINDS as readonly string[]).includes(k) ? t(`agencies.kinds.${k}`) : k);
  return (
    <>
      <PageHeader breadcrumb={<Link href={`/regencies/${regency.slug}`} className="hover:underline">{t(`regencyKind.${regency.kind}`)} {regency.name}</Link>} title={t("agencies.title")} description={t("agencies.description")} />
      <RegencyNav slug={regency.slug} current="/agencies" t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="opd-title">
          <h2 id="opd-title" className="mb-3 text-sm text-slate-600">{t("agencies.count", { count: agencies.length })}</h2>
          {agencies.length === 0 ? (
            <EmptyState title={t("agencies.empty")} />
          ) : (
            <Table
              caption={t("agencies.title")}
              head={<tr><th className={th}>{t("agencies.fields.name")}</th><th className={th}>{t("agencies.fields.kind")}</th><th className={`${th} text-right`}>{t("agencies.fields.positions")}</th><th className={`${th} text-right`}>{t("agencies.fields.openIssues")}</th></tr>}
            >
              {agencies.map((a) => (
                <tr key={a.id}>
                  <td className={td}>
                    <span className="font-medium text-slate-900">{a.name}</span>
                    {a.shortName && <span className="text-slate-600"> · {a.shortName}</span>}
                    {manage && (
                      <EditInPlace label={t("agencies.edit")} name={a.name} action={updateAgencyAction} submitLabel={t("agencies.save")} pendingLabel={t("common.saving")} id={a.id} version={a.version}>
                        <AgencyFields t={t} agency={a} />
                      </EditInPlace>
                    )}
                  </td>
                  <td className={td}>{kindLabel(a.kind)}</td>
                  <td className={`${td} text-right tabular-nums`}>{a._count.positions}</td>
                  <td className={`${td} text-right tabular-nums`}>
                    {a._count.issues > 0 ? <Link href={`/issues?agency=${a.id}`} className="text-emerald-800 underline">{a._count.issues}</Link> : 0}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </section>
        {manage && (
          <Card title={t("agencies.createTitle")}>
            <p className="mb-3 text-sm text-slate-600">{t("agencies.createHint")}</p>
            <ActionForm action={createAgencyAction} submitLabel={t("agencies.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <AgencyFields t={t} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
