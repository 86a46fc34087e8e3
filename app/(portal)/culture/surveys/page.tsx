import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CreateSurveyForm } from "@/components/culture/survey-forms";
import { SurveyStateBadge } from "@/components/culture/survey-state-badge";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listSurveyAgencies, listSurveys } from "@/lib/culture/surveys/queries";
import { daysOf } from "@/lib/culture/surveys/window";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { localDay } from "@/lib/regencies/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("culture.surveys.title") };
}

export default async function CultureSurveysPage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const surveys = await listSurveys(actor, regency.id);
  if (!surveys) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canManage = can(actor, "culture.manage", regency.id);
  const agencies = canManage ? await listSurveyAgencies(actor, regency.id) : [];
  const day = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale, "UTC");
  return (
    <>
      <PageHeader
        title={t("culture.surveys.title")}
        description={t("culture.surveys.description", { regency: regency.name })}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          {surveys.length === 0 ? (
            <EmptyState title={t("culture.surveys.empty")} />
          ) : (
            <Table
              caption={t("culture.surveys.title")}
              head={
                <tr>
                  <th className={th}>{t("culture.surveys.fields.title")}</th>
                  <th className={th}>{t("culture.surveys.fields.window")}</th>
                  <th className={th}>{t("culture.surveys.fields.code")}</th>
                  <th className={th}>{t("culture.surveys.responses")}</th>
                </tr>
              }
            >
              {surveys.map((s) => {
                const days = daysOf(s, regency.timeZone);
                return (
                  <tr key={s.id}>
                    <td className={td}>
                      <Link href={`/culture/surveys/${s.id}`} className="font-medium text-emerald-800 hover:underline">
                        {s.title}
                      </Link>
                      <div className="text-xs text-slate-600">
                        {s.agency?.name ?? t("culture.surveys.wholeRegency")} ·{" "}
                        {t("culture.surveys.periodValue", { period: s.period })}
                      </div>
                    </td>
                    <td className={td}>
                      <div>
                        {day(days.opensOn)} – {day(days.closesOn)}
                      </div>
                      <SurveyStateBadge t={t} state={s.state} />
                    </td>
                    <td className={`${td} font-mono`}>{s.code}</td>
                    <td className={`${td} tabular-nums`}>{s.responses}</td>
                  </tr>
                );
              })}
            </Table>
          )}
        </div>
        {canManage && (
          <Card title={t("culture.surveys.createTitle")}>
            <CreateSurveyForm
              t={t}
              regencyId={regency.id}
              timeZone={regency.timeZone}
              agencies={agencies}
              today={localDay(new Date(), regency.timeZone)}
            />
          </Card>
        )}
      </div>
    </>
  );
}
