import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { RatingChip } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { compareAssessments } from "@/lib/iso/assessments/queries";
import { compareAssessmentsSchema } from "@/lib/iso/assessments/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.compareTitle") };
}

// red < yellow < green; "not measurable" and unrated are not compared
const SCORE: Record<string, number> = { red: 0, yellow: 1, green: 2 };

export default async function CompareAssessmentsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const { a, b } = compareAssessmentsSchema.parse(await searchParams);
  if (!a || !b) notFound();
  const cmp = await compareAssessments(actor, regency.id, a, b);
  if (!cmp) notFound();
  return (
    <>
      <PageHeader
        title={`${t("iso.assessment.compareTitle")}: ${cmp.a.period} → ${cmp.b.period}`}
        breadcrumb={<Link href="/iso/assessments" className="hover:underline">{t("iso.sections.assessments")}</Link>}
      />
      <IsoTabs t={t} />
      <div className="mb-4 grid gap-3 sm:grid-cols-2">
        <Card title={cmp.a.period}><p className="text-sm">{t("iso.assessment.counts", cmp.a.counts)}</p></Card>
        <Card title={cmp.b.period}><p className="text-sm">{t("iso.assessment.counts", cmp.b.counts)}</p></Card>
      </div>
      <Table
        caption={t("iso.assessment.compareTitle")}
        head={<tr><th className={th}>{t("iso.assessment.indicator")}</th><th className={th}>{cmp.a.period}</th><th className={th}>{cmp.b.period}</th><th className={th}>{t("iso.assessment.change")}</th></tr>}
      >
        {cmp.rows.map((r) => {
          const sa = r.a ? SCORE[r.a] : undefined;
          const sb = r.b ? SCORE[r.b] : undefined;
          const change = sa === undefined || sb === undefined ? null : sb > sa ? "better" : sb < sa ? "worse" : "same";
          return (
            <tr key={r.code}>
              <td className={td}><strong>{r.code}</strong> {locale === "en" ? r.en : r.id}</td>
              <td className={td}><RatingChip rating={r.a} t={t} /></td>
              <td className={td}><RatingChip rating={r.b} t={t} /></td>
              <td className={td}>{change && <Badge tone={change === "better" ? "green" : change === "worse" ? "red" : "slate"}>{t(`iso.assessment.${change}`)}</Badge>}</td>
            </tr>
          );
        })}
      </Table>
    </>
  );
}
