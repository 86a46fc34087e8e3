import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AppointHolderForm, CreatePositionForm, SetCoordinatorForm } from "@/components/regencies/leadership-forms";
import { HandoverList, PositionTable, TermList } from "@/components/regencies/leadership-tables";
import { RegencyBreadcrumb, RegencyNav } from "@/components/regencies/regency-nav";
import { Card, Stat } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { getLeadership, getLeadershipFormOptions, getLeadershipHistory } from "@/lib/leadership/queries";
import { loadRegency } from "../regency";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [{ regency }, t] = await Promise.all([loadRegency((await params).slug), getT()]);
  return { title: `${t("leadership.title")} · ${regency.name}` };
}

export default async function LeadershipPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor, regency } = await loadRegency((await params).slug);
  const wanted = (await searchParams).position;
  const [t, locale, positions, history, options] = await Promise.all([
    getT(),
    getLocale(),
    getLeadership(actor, regency.id),
    getLeadershipHistory(actor, regency.id),
    getLeadershipFormOptions(actor, regency.id),
  ]);
  if (!positions || !history) notFound();
  const gaps = positions.filter((p) => !p.holder);
  const coordinator = positions.find((p) => p.isCoordinator);
  const base = `/regencies/${regency.slug}`;
  return (
    <>
      <PageHeader
        breadcrumb={<RegencyBreadcrumb regency={regency} t={t} />}
        title={t("leadership.title")}
        description={t("leadership.description")}
        actions={
          can(actor, "culture.read", regency.id) ? (
            <Link href={`/culture/leadership?regency=${regency.slug}`} className="text-sm text-emerald-800 underline">
              {t("leadership.roles.fit.open")}
            </Link>
          ) : undefined
        }
      />
      <RegencyNav slug={regency.slug} current="/leadership" t={t} />
      <div className="mb-6 grid gap-3 sm:grid-cols-3">
        <Stat label={t("leadership.stats.positions")} value={positions.length} />
        <Stat
          label={t("leadership.stats.gaps")}
          value={gaps.length}
          tone={gaps.length ? "warn" : "good"}
          href="#konfigurasi"
        />
        <Stat
          label={t("leadership.stats.coordinator")}
          value={<span className="text-base">{coordinator ? coordinator.title : t("leadership.noCoordinator")}</span>}
          tone={coordinator ? "default" : "bad"}
        />
      </div>
      <section id="konfigurasi" aria-labelledby="konfigurasi-title" className="mb-8">
        <h2 id="konfigurasi-title" className="mb-3 text-lg font-semibold text-slate-900">
          {t("leadership.current")}
        </h2>
        <PositionTable
          positions={positions}
          base={base}
          canFill={!!options}
          t={t}
          locale={locale}
          timeZone={regency.timeZone}
        />
      </section>

      {options && can(actor, "leadership.manage", regency.id) && (
        <div className="mb-8 grid gap-6 lg:grid-cols-2">
          <Card title={<span id="angkat">{t("leadership.appointTitle")}</span>}>
            <p className="mb-3 text-sm text-slate-600">{t("leadership.appointHint")}</p>
            <AppointHolderForm positions={positions} options={options} wanted={wanted} t={t} />
          </Card>
          <div className="space-y-6">
            <Card title={t("leadership.coordinatorTitle")}>
              <p className="mb-3 text-sm text-slate-600">{t("leadership.coordinatorHint")}</p>
              <SetCoordinatorForm positions={positions} coordinatorId={coordinator?.id} t={t} />
            </Card>
            <Card title={t("leadership.createPositionTitle")}>
              <CreatePositionForm regencyId={regency.id} options={options} t={t} />
            </Card>
          </div>
        </div>
      )}

      <section aria-labelledby="riwayat-title" className="grid gap-6 lg:grid-cols-2">
        <h2 id="riwayat-title" className="sr-only">
          {t("leadership.history")}
        </h2>
        <Card title={t("leadership.handovers")}>
          <HandoverList handovers={history.handovers} t={t} locale={locale} timeZone={regency.timeZone} />
        </Card>
        <Card title={t("leadership.terms")}>
          <TermList terms={history.terms} base={base} t={t} locale={locale} timeZone={regency.timeZone} />
        </Card>
      </section>
    </>
  );
}
