import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { LineageTree } from "@/components/regencies/lineage-tree";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Badge } from "@/components/ui/badge";
import { Card, Stat } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { updateRegencyProfileAction } from "@/lib/regencies/actions";
import { getLineage, getRegencyCounts } from "@/lib/regencies/queries";
import { loadRegency } from "./regency";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { regency } = await loadRegency((await params).slug);
  return { title: regency.name };
}

export default async function RegencyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const [t, locale, lineage, counts] = await Promise.all([getT(), getLocale(), getLineage(regency.id), getRegencyCounts(actor, regency.id)]);
  const kindName = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1.5 text-sm"><dt className="text-slate-600">{label}</dt><dd className="text-slate-900">{value}</dd></div>
  );
  return (
    <>
      <PageHeader
        breadcrumb={<Link href="/regencies" className="hover:underline">{t("regencies.title")}</Link>}
        title={kindName}
        description={<>{regency.province} · {t("regencies.fields.code")} {regency.code}</>}
        actions={<>{regency.isDob && <Badge tone="blue">{t("regencies.dob")}</Badge>}<Badge tone={regency.status === "persiapan" ? "yellow" : "green"}>{t(`regencies.status.${regency.status}`)}</Badge></>}
      />
      <RegencyNav slug={regency.slug} current="" t={t} />
      {counts && (
        <div className="mb-6 grid gap-3 sm:grid-cols-3">
          <Stat label={t("regencies.stats.obligationsOpen")} value={counts.obligationsOpen} href={`/regencies/${regency.slug}/obligations`} />
          <Stat label={t("regencies.stats.obligationsOverdue")} value={counts.obligationsOverdue} tone={counts.obligationsOverdue ? "bad" : "good"} href={`/regencies/${regency.slug}/obligations`} />
          <Stat label={t("regencies.stats.potentials")} value={counts.potentials} href={`/regencies/${regency.slug}/potentials`} />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("regencies.profile.title")}>
          <dl className="divide-y divide-slate-100">
            {row(t("regencies.fields.parent"), regency.parent ? `${t(`regencyKind.${regency.parent.kind}`)} ${regency.parent.name}` : "—")}
            {row(t("regencies.fields.formationLaw"), regency.formationLaw ?? "—")}
            {row(t("regencies.fields.formationDate"), regency.formationDate ? formatDate(regency.formationDate, locale) : (regency.formationYear ?? "—"))}
            {row(t("regencies.fields.capital"), regency.capital ?? "—")}
            {row(t("regencies.fields.areaKm2"), regency.areaKm2 !== null ? `${formatNumber(regency.areaKm2, locale, 2)} km²` : "—")}
            {row(t("regencies.fields.population"), formatNumber(regency.population, locale))}
            {row(t("regencies.fields.districts"), formatNumber(regency.districts, locale))}
            {row(t("regencies.fields.figuresAsOf"), regency.figuresAsOf ?? "—")}
            {row(t("regencies.fields.figuresSource"), regency.figuresSource ?? "—")}
          </dl>
          <p className="mt-3 text-sm"><Link href={`/r/${regency.slug}`} className="text-emerald-800 underline">{t("regencies.profile.publicPage")}</Link></p>
        </Card>
        <Card title={t("regencies.lineage.title")}>
          <LineageTree nodes={lineage} currentId={regency.id} currentName={kindName} t={t} hrefFor={(slug) => `/r/${slug}`} />
        </Card>
        {can(actor, "regency.manage", regency.id) && (
          <Card title={t("regencies.profile.editTitle")} className="lg:col-span-2">
            <ActionForm action={updateRegencyProfileAction} submitLabel={t("common.save")} pendingLabel={t("common.saving")} resetOnSuccess={false} className="grid gap-4 sm:grid-cols-2">
              <HiddenField name="regencyId" value={regency.id} />
              <HiddenField name="version" value={regency.version} />
              <SelectField name="status" label={t("regencies.fields.status")} defaultValue={regency.status} options={[{ value: "persiapan", label: t("regencies.status.persiapan") }, { value: "definitif", label: t("regencies.status.definitif") }]} />
              <TextField name="capital" label={t("regencies.fields.capital")} defaultValue={regency.capital} maxLength={120} />
              <TextField name="formationLaw" label={t("regencies.fields.formationLaw")} defaultValue={regency.formationLaw} maxLength={80} />
              <TextField name="formationDate" type="date" label={t("regencies.fields.formationDate")} defaultValue={regency.formationDate?.toISOString().slice(0, 10)} />
              <TextField name="areaKm2" type="number" step="0.001" min={0} label={t("regencies.fields.areaKm2")} defaultValue={regency.areaKm2} />
              <TextField name="population" type="number" min={0} label={t("regencies.fields.population")} defaultValue={regency.population} />
              <TextField name="districts" type="number" min={0} label={t("regencies.fields.districts")} defaultValue={regency.districts} />
              <TextField name="figuresAsOf" label={t("regencies.fields.figuresAsOf")} defaultValue={regency.figuresAsOf} maxLength={40} />
              <TextField name="figuresSource" label={t("regencies.fields.figuresSource")} defaultValue={regency.figuresSource} maxLength={300} className="sm:col-span-2" />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
