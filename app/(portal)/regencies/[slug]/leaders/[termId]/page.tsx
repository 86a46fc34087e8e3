import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AppointmentBadge } from "@/components/regencies/appointment-badge";
import { AssessLeaderForm } from "@/components/leadership/assess-form";
import { LeaderRoleProfile } from "@/components/leadership/role-profile";
import { EndTermForm, LeaderProfile, LeaderProfileForm } from "@/components/regencies/leader-profile";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getLeader } from "@/lib/leadership/queries";
import { getAssessOptions, getRoleProfile } from "@/lib/leadership/roles/queries";
import { loadRegency } from "../../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("leadership.profile.title") };
}

export default async function LeaderPage({ params }: { params: Promise<{ slug: string; termId: string }> }) {
  const { slug, termId } = await params;
  const { actor, regency } = await loadRegency(slug);
  const leader = /^[0-9a-f-]{36}$/i.test(termId) ? await getLeader(actor, termId) : null;
  if (!leader || leader.position.regencyId !== regency.id) notFound();
  const [t, locale, roles, assess] = await Promise.all([
    getT(),
    getLocale(),
    getRoleProfile(actor, leader.id),
    getAssessOptions(actor, leader.id),
  ]);
  const manage = can(actor, "leadership.manage", regency.id);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href={`/regencies/${regency.slug}/leadership`} className="hover:underline">
            {t("leadership.title")} · {regency.name}
          </Link>
        }
        title={leader.personName}
        description={
          <>
            {leader.position.title} · {formatDate(leader.startDate, locale, regency.timeZone)} –{" "}
            {leader.endDate ? formatDate(leader.endDate, locale, regency.timeZone) : t("leadership.present")}
          </>
        }
        actions={<AppointmentBadge kind={leader.appointment} t={t} />}
      />
      <RegencyNav slug={regency.slug} current="/leadership" t={t} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title={t("leadership.profile.title")}>
            <LeaderProfile leader={leader} t={t} />
          </Card>
          {roles && (
            <Card
              title={t("leadership.roles.title")}
              actions={
                <Link
                  href={`/culture/leadership?regency=${regency.slug}`}
                  className="text-sm text-emerald-800 underline"
                >
                  {t("leadership.roles.fit.open")}
                </Link>
              }
            >
              <p className="mb-3 text-sm text-slate-600">{t("leadership.roles.intro")}</p>
              <LeaderRoleProfile profiles={roles} t={t} />
            </Card>
          )}
        </div>
        {(manage || assess) && (
          <div className="space-y-6">
            {assess && (
              <Card title={t("leadership.roles.assess.title")}>
                <AssessLeaderForm options={assess} t={t} locale={locale} timeZone={regency.timeZone} />
              </Card>
            )}
            {manage && (
              <>
                <Card title={t("leadership.profile.editTitle")}>
                  <LeaderProfileForm leader={leader} t={t} />
                </Card>
                <Card title={t("leadership.endTermTitle")}>
                  <p className="mb-3 text-sm text-slate-600">{t("leadership.endTermHint")}</p>
                  <EndTermForm leader={leader} t={t} />
                </Card>
              </>
            )}
          </div>
        )}
      </div>
    </>
  );
}
