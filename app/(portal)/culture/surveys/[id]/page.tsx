import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CultureKite } from "@/components/culture/culture-kite";
import { ProfileTable } from "@/components/culture/profile-table";
import { CloseSurveyButton, SurveyDatesForm } from "@/components/culture/survey-forms";
import { SurveyStateBadge } from "@/components/culture/survey-state-badge";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { CULTURE_TYPES, typeNameKey } from "@/lib/culture/instrument";
import { MIN_GROUP_SIZE } from "@/lib/culture/profile";
import { getSurvey } from "@/lib/culture/surveys/queries";
import { daysOf } from "@/lib/culture/surveys/window";
import { publicOrigin } from "@/lib/http/public-origin";
import { formatDateLong } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { zoneLabel } from "@/lib/regencies/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("culture.surveys.title") };
}

export default async function CultureSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const s = await getSurvey(actor, (await params).id);
  if (!s) notFound();
  const [t, locale, origin] = await Promise.all([getT(), getLocale(), publicOrigin()]);
  const canManage = can(actor, "culture.manage", s.regencyId);
  const tz = s.regency.timeZone;
  const days = daysOf(s, tz);
  const day = (d: string) => formatDateLong(new Date(`${d}T12:00:00Z`), locale, "UTC");
  const link = `${origin}/budaya/${s.code}`;
  const profile = s.group.profile;
  const typeLabels = Object.fromEntries(CULTURE_TYPES.map((c) => [c, t(typeNameKey(c))])) as Record<
    (typeof CULTURE_TYPES)[number],
    string
  >;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/culture/surveys" className="hover:underline">
            {t("culture.surveys.title")}
          </Link>
        }
        title={s.title}
        description={
          <>
            {s.agency?.name ?? t("culture.surveys.wholeRegency")} · {s.regency.name} ·{" "}
            {t("culture.surveys.periodValue", { period: s.period })}
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem] [&>*]:min-w-0">
        <div className="space-y-6">
          <Card title={t("culture.surveys.profileTitle")}>
            <p className="mb-3 text-sm text-slate-700" data-testid="survey-responses">
              {t("culture.surveys.responsesCount", { count: s.responses })}
            </p>
            {profile ? (
              <div className="grid items-center gap-4 lg:grid-cols-[3fr_2fr] [&>*]:min-w-0">
                <CultureKite
                  title={t("culture.surveys.kite", { title: s.title })}
                  typeLabels={typeLabels}
                  series={[
                    { key: "now", label: t("culture.sets.now"), scores: profile.now },
                    { key: "preferred", label: t("culture.sets.preferred"), scores: profile.preferred, dashed: true },
                  ]}
                />
                <ProfileTable profile={profile} t={t} />
              </div>
            ) : (
              <p className="rounded bg-slate-50 p-3 text-sm text-slate-700" role="status">
                {t("culture.anonymity.tooFew", { count: s.responses, min: MIN_GROUP_SIZE })}
              </p>
            )}
          </Card>
          <p className="text-xs text-slate-600">{t("culture.framework")}</p>
        </div>
        <div className="space-y-6">
          <Card title={t("culture.surveys.linkTitle")}>
            <div className="space-y-2 text-sm">
              <SurveyStateBadge t={t} state={s.state} />
              <p>
                {day(days.opensOn)} – {day(days.closesOn)} ({zoneLabel(tz)})
              </p>
              <p>
                {t("culture.surveys.fields.code")}:{" "}
                <span className="font-mono text-lg font-semibold" data-survey-code>
                  {s.code}
                </span>
              </p>
              <p className="break-all">
                <a href={link} className="text-emerald-800 underline">
                  {link}
                </a>
              </p>
              <p className="text-xs text-slate-600">{t("culture.surveys.linkHint")}</p>
            </div>
          </Card>
          {canManage && (
            <Card title={t("culture.surveys.manageTitle")}>
              <div className="space-y-4">
                <SurveyDatesForm t={t} timeZone={tz} survey={{ id: s.id, version: s.version, ...days }} />
                {s.state === "open" && <CloseSurveyButton t={t} survey={{ id: s.id, version: s.version }} />}
              </div>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
