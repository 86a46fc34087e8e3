import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { PotentialCard } from "@/components/regencies/potential-card";
import { CreatePotentialForm, ManagePotentialForms } from "@/components/regencies/potential-forms";
import { RegencyBreadcrumb, RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { listLinkableFollowUps, listLinkableIssues, listPotentials } from "@/lib/regencies/queries";
import { potentialFilterSchema } from "@/lib/regencies/schemas";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.potentials.title") };
}

export default async function PotentialsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, regency } = await loadRegency((await params).slug);
  const filter = potentialFilterSchema.parse((await searchParams).show);
  const manage = can(actor, "regency.manage", regency.id);
  const [t, locale, register, issues, followUps] = await Promise.all([
    getT(),
    getLocale(),
    listPotentials(actor, regency.id, filter),
    manage ? listLinkableIssues(actor, regency.id) : [],
    manage ? listLinkableFollowUps(actor, regency.id) : [],
  ]);
  const base = `/regencies/${regency.slug}/potentials`;
  const tabs = [
    { key: "all", href: base, label: t("regencies.potentials.filterAll", { count: register.total }) },
    {
      key: "idle",
      href: `${base}?show=idle`,
      label: t("regencies.potentials.filterIdle", { count: register.idleCount }),
    },
  ] as const;
  return (
    <>
      <PageHeader
        breadcrumb={<RegencyBreadcrumb regency={regency} t={t} />}
        title={t("regencies.potentials.title")}
        description={t("regencies.potentials.description")}
      />
      <RegencyNav slug={regency.slug} current="/potentials" t={t} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          <p
            className={`mb-3 rounded-md px-3 py-2 text-sm ${register.idleCount > 0 ? "bg-amber-50 text-amber-900" : "bg-emerald-50 text-emerald-900"}`}
            data-testid="idle-count"
          >
            {t("regencies.potentials.idleCount", { count: register.idleCount, total: register.total })}.{" "}
            {t("regencies.potentials.idleHint")}
          </p>
          <nav aria-label={t("regencies.potentials.filterLabel")} className="mb-4">
            <ul className="flex flex-wrap gap-x-1 border-b border-slate-200">
              {tabs.map((x) => (
                <li key={x.key}>
                  <Link
                    href={x.href}
                    aria-current={x.key === filter ? "page" : undefined}
                    className={`inline-block border-b-2 px-3 py-2 text-sm ${x.key === filter ? "border-emerald-700 font-semibold text-emerald-900" : "border-transparent text-slate-700 hover:text-slate-900"}`}
                  >
                    {x.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {register.rows.length === 0 ? (
            <EmptyState
              title={t(filter === "idle" ? "regencies.potentials.emptyIdle" : "regencies.potentials.empty")}
            />
          ) : (
            <ul className="space-y-3">
              {register.rows.map((p) => (
                <PotentialCard key={p.id} potential={p} t={t} locale={locale} timeZone={regency.timeZone}>
                  {manage && <ManagePotentialForms potential={p} issues={issues} followUps={followUps} t={t} />}
                </PotentialCard>
              ))}
            </ul>
          )}
        </div>
        {manage && (
          <Card title={t("regencies.potentials.addTitle")}>
            <CreatePotentialForm regencyId={regency.id} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
