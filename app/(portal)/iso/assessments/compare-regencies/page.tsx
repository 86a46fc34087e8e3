import type { Metadata } from "next";
import Link from "next/link";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { RatingChip } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { compareRegencies, listVerifiedPeriods } from "@/lib/iso/assessments/compare-regencies";
import { compareRegenciesSchema } from "@/lib/iso/assessments/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.regencies.title") };
}

/** Verified assessments of the regencies the actor may read, side by side for one period. */
export default async function CompareRegenciesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, periods] = await Promise.all([getT(), getLocale(), listVerifiedPeriods(actor)]);
  const parsed = compareRegenciesSchema.parse(await searchParams);
  const period = parsed.period ?? periods[0];
  const cmp = period ? await compareRegencies(actor, period) : null;
  return (
    <>
      <PageHeader
        title={t("iso.assessment.regencies.title")}
        description={t("iso.assessment.regencies.hint")}
        breadcrumb={<Link href="/iso/assessments" className="hover:underline">{t("iso.sections.assessments")}</Link>}
      />
      <IsoTabs t={t} />
      {periods.length > 0 && (
        <form className="mb-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="cmp-period" className="mb-1 block text-sm font-medium text-slate-800">{t("iso.assessment.period")}</label>
            <select id="cmp-period" name="period" defaultValue={period} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
              {periods.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </div>
          <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("iso.assessment.compareShow")}</button>
        </form>
      )}
      {!cmp || cmp.regencies.length === 0 ? (
        <EmptyState title={t("iso.assessment.regencies.empty")} />
      ) : (
        <div className="space-y-4">
          <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {cmp.regencies.map((g) => (
              <Card key={g.id} title={g.name}>
                <p className="text-sm">{t("iso.assessment.counts", g.counts)}</p>
                <p className="mt-1 text-xs text-slate-600">{t("iso.assessment.regencies.verifiedOn", { date: formatDate(g.verifiedAt, locale) })}</p>
              </Card>
            ))}
          </div>
          <Table
            caption={t("iso.assessment.regencies.caption", { period: cmp.period })}
            head={
              <tr>
                <th className={th}>{t("iso.assessment.indicator")}</th>
                {cmp.regencies.map((g) => <th key={g.id} className={th}>{g.name}</th>)}
              </tr>
            }
          >
            {cmp.rows.map((r) => (
              <tr key={r.code}>
                <td className={td}><strong>{r.code}</strong> {locale === "en" ? r.en : r.id}</td>
                {r.ratings.map((rating, n) => <td key={cmp.regencies[n].id} className={td}><RatingChip rating={rating} t={t} /></td>)}
              </tr>
            ))}
          </Table>
        </div>
      )}
    </>
  );
}
