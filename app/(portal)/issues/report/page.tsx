import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportAgencyTable, ReportIssueTable, ReportMonthForm } from "@/components/issues/monthly-report";
import { OfficialDocument } from "@/components/print/official-document";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { getLocale, getT } from "@/lib/i18n/server";
import { monthlyReport } from "@/lib/issues/queries";
import { getLetterhead, positionSignatory } from "@/lib/print/letterhead";
import { reportMonthSchema } from "@/lib/issues/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("issues.report.title") };
}

export default async function MonthlyReportPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const now = new Date();
  const month = reportMonthSchema.parse(await searchParams).month ?? now.toISOString().slice(0, 7);
  const [report, dash, t, locale, kop, coordinator] = await Promise.all([
    monthlyReport(actor, regency.id, month, now),
    getDashboard(actor, regency.id, now),
    getT(),
    getLocale(),
    getLetterhead(actor, regency.id),
    positionSignatory(actor, regency.id, { coordinator: true }),
  ]);
  if (!report || !dash || !kop) notFound();
  const tz = kop.timeZone;
  const monthLabel = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(report.from);
  const title = t(kop.kind === "kota" ? "print.titles.monthlyReportKota" : "print.titles.monthlyReport");
  return (
    <>
      <div data-no-print className="mb-3">
        <ReportMonthForm month={month} t={t} />
      </div>
      <OfficialDocument
        letterhead={kop}
        title={title}
        reference={`${title} · ${monthLabel}`}
        subject={<p>{t("issues.report.subtitle", { regency: regency.name, month: monthLabel })}</p>}
        date={now}
        path={`/issues/report?month=${month}`}
        note={t("issues.report.generated", { date: formatDateTime(now, locale, tz), name: actor.name })}
        t={t}
        locale={locale}
        signatories={[{ caption: t("print.madeBy"), ...coordinator }]}
      >
        <div className="space-y-6">
          <section>
            <h2 className="mb-2 text-lg font-semibold">{t("issues.report.summary")}</h2>
            <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
              {[
                [t("issues.report.opened"), report.opened.length],
                [t("issues.report.closed"), report.closed.length],
                [t("issues.report.updates"), report.updates],
                [t("dashboard.totals.open"), dash.totals.open],
                [t("dashboard.totals.stale"), dash.totals.stale],
                [t("dashboard.totals.escalated"), dash.totals.escalated],
                [t("dashboard.totals.overdue"), dash.totals.overdue],
                [t("dashboard.totals.pending"), dash.totals.pending],
              ].map(([label, value]) => (
                <div key={String(label)} className="rounded border border-slate-200 p-2">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="text-xl font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section>
            <h2 className="mb-2 text-lg font-semibold">{t("issues.report.opened")}</h2>
            <ReportIssueTable rows={report.opened} t={t} locale={locale} timeZone={tz} />
          </section>
          <section>
            <h2 className="mb-2 text-lg font-semibold">{t("issues.report.closed")}</h2>
            <ReportIssueTable rows={report.closed} t={t} locale={locale} timeZone={tz} />
          </section>
          <section>
            <h2 className="mb-2 text-lg font-semibold">
              {t("issues.report.attention", { date: formatDate(now, locale, tz) })}
            </h2>
            {dash.attention.length === 0 ? (
              <p className="text-sm text-slate-600">{t("issues.report.none")}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {dash.attention.map((i) => (
                  <li key={i.id}>
                    {t("issues.number", { number: i.number })} {i.title} — {i.ownerTitle ?? "—"} (
                    {t(i.escalated ? "issues.attention.escalated" : "issues.attention.stale")})
                  </li>
                ))}
              </ul>
            )}
          </section>
          {dash.whole && (
            <section>
              <h2 className="mb-2 text-lg font-semibold">{t("issues.report.agencies")}</h2>
              <ReportAgencyTable rows={dash.agencies} t={t} />
            </section>
          )}
        </div>
      </OfficialDocument>
    </>
  );
}
