import Link from "@/components/ui/link";
import { CultureKite } from "@/components/culture/culture-kite";
import { Badge } from "@/components/ui/badge";
import { CULTURE_TYPES, type CultureType } from "@/lib/culture/instrument";
import type { TypeScores } from "@/lib/culture/profile";
import { formatDate, oneDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { LeadershipFit } from "@/lib/leadership/roles/fit";
import { MIN_COLLEAGUES, roleNameKey } from "@/lib/leadership/roles/roles";
import { RoleProfileTable } from "./role-profile";
import { RemoveTeamPositionForm } from "./team-form";

const typeLabels = (t: Translate) =>
  Object.fromEntries(CULTURE_TYPES.map((type) => [type, t(`culture.types.${type}`)])) as Record<CultureType, string>;
const num = (v: number | null | undefined, t: Translate) => (v === null || v === undefined ? "—" : oneDecimal(v, t));

function PreferredNote({ fit, t }: { fit: LeadershipFit; t: Translate }) {
  const p = fit.preferred;
  if (p.status === "absent")
    return <p className="text-sm text-amber-800">{t("leadership.roles.fit.preferredAbsent")}</p>;
  if (p.status === "hidden")
    return (
      <p className="text-sm text-amber-800">
        {t("leadership.roles.fit.preferredHidden", { period: p.period, responses: p.responses })}
      </p>
    );
  return (
    <p className="text-sm text-slate-600">
      {t("leadership.roles.fit.preferred", { period: p.period, responses: p.responses })}
    </p>
  );
}

/**
 * The core of the configuration's fit, small enough to embed (e.g. in a "Perubahan budaya"
 * page): the fit figure, the team's coverage of the quadrants against the preferred culture, and
 * the roles nobody covers. Pass `href` to link to the full view.
 */
export function LeadershipFitSummary({ fit, t, href }: { fit: LeadershipFit; t: Translate; href?: string }) {
  const preferred: TypeScores | null = fit.preferred.status === "shown" ? fit.preferred.scores : null;
  const labels = typeLabels(t);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p className="text-sm font-medium text-slate-700">{t("leadership.roles.fit.figure")}</p>
        <p className="text-3xl font-semibold text-slate-900" data-testid="leadership-fit">
          {fit.fit === null ? "—" : t("leadership.roles.fit.figureOf", { fit: oneDecimal(fit.fit, t) })}
        </p>
        <p className="text-sm text-slate-600">
          {t("leadership.roles.fit.assessedMembers", { count: fit.assessedMembers, total: fit.members.length })}
        </p>
      </div>
      <PreferredNote fit={fit} t={t} />
      {fit.coverage.share ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <CultureKite
            title={t("leadership.roles.fit.chartTitle")}
            typeLabels={labels}
            series={[
              { key: "coverage", label: t("leadership.roles.fit.coverageShare"), scores: fit.coverage.share },
              ...(preferred
                ? [
                    {
                      key: "preferred",
                      label: t("leadership.roles.fit.preferredShare"),
                      scores: preferred,
                      dashed: true,
                    },
                  ]
                : []),
            ]}
          />
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("leadership.roles.fit.coverage")}>
            <table className="w-full text-sm">
              <caption className="mb-2 text-left font-medium text-slate-800">
                {t("leadership.roles.fit.coverage")}
              </caption>
              <thead className="text-left text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-2">
                    {t("leadership.roles.quadrant")}
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    {t("leadership.roles.fit.coverageLevel")}
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    {t("leadership.roles.fit.coverageShare")}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t("leadership.roles.fit.preferredShare")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {CULTURE_TYPES.map((type) => (
                  <tr key={type} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                      {labels[type]}
                    </th>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{num(fit.coverage.level?.[type], t)}</td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{num(fit.coverage.share?.[type], t)}</td>
                    <td className="py-1.5 text-right tabular-nums">{num(preferred?.[type], t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("leadership.roles.fit.noFit")}</p>
      )}
      {fit.uncovered && (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{t("leadership.roles.fit.uncovered")}</h3>
          {fit.uncovered.length ? (
            <>
              <ul className="mt-1 flex flex-wrap gap-2" aria-label={t("leadership.roles.fit.uncovered")}>
                {fit.uncovered.map((role) => (
                  <li key={role}>
                    <Badge tone="yellow">{t(roleNameKey(role))}</Badge>
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-xs text-slate-600">
                {t("leadership.roles.fit.uncoveredHint", { level: fit.coveredLevel })}
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-700">
              {t("leadership.roles.fit.allCovered", { level: fit.coveredLevel })}
            </p>
          )}
        </div>
      )}
      <p className="text-xs text-slate-600">{t("leadership.roles.fit.explain", { min: MIN_COLLEAGUES })}</p>
      {href && (
        <Link href={href} className="text-sm font-medium text-emerald-800 underline">
          {t("leadership.roles.fit.open")}
        </Link>
      )}
    </div>
  );
}

/** Each team member with the profile the fit uses, and their self vs colleagues' scores. */
export function LeadershipFitMembers({
  fit,
  t,
  leaderHref,
  manage,
}: {
  fit: LeadershipFit;
  t: Translate;
  leaderHref: (termId: string) => string;
  manage: boolean;
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {fit.members.map((m) => (
        <li key={m.positionId} className="py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {m.term ? (
                  <Link href={leaderHref(m.term.id)} className="hover:underline">
                    {m.term.personName}
                  </Link>
                ) : (
                  t("leadership.roles.team.vacant")
                )}
              </p>
              <p className="text-sm text-slate-600">
                {m.title}
                {m.isDefault && <span className="text-xs text-slate-500"> · {t("leadership.roles.team.default")}</span>}
              </p>
            </div>
            <div className="flex items-center gap-2">
              {m.used ? (
                <Badge tone={m.used.source === "colleagues" ? "green" : "blue"}>
                  {m.used.source === "colleagues"
                    ? t("leadership.roles.sourceColleagues")
                    : t("leadership.roles.sourceSelf")}
                  {m.profile && m.profile.period !== fit.period
                    ? ` · ${t("leadership.roles.fromPeriod", { period: m.profile.period })}`
                    : ""}
                </Badge>
              ) : (
                <Badge>{t("leadership.roles.fit.noProfile")}</Badge>
              )}
              {manage && !m.isDefault && <RemoveTeamPositionForm positionId={m.positionId} version={m.version} t={t} />}
            </div>
          </div>
          {m.profile && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-emerald-800">{t("leadership.roles.title")}</summary>
              <div className="mt-2">
                <RoleProfileTable profile={m.profile} t={t} label={m.term?.personName ?? m.title} />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/** How the team's coverage (and fit) changed at each handover of a team position. */
export function LeadershipFitHandovers({
  fit,
  t,
  locale,
  timeZone,
}: {
  fit: LeadershipFit;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (!fit.handovers.length) return <p className="text-sm text-slate-600">{t("leadership.roles.fit.noHandovers")}</p>;
  const labels = typeLabels(t);
  return (
    <div className="space-y-6">
      {fit.handovers.map((h) => (
        <div
          key={h.id}
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={t("leadership.roles.fit.handoverLine", {
            position: h.position,
            from: h.from ?? "—",
            to: h.to ?? "—",
          })}
        >
          <table className="w-full text-sm">
            <caption className="mb-2 text-left">
              <span className="font-medium text-slate-900">
                {t("leadership.roles.fit.handoverLine", { position: h.position, from: h.from ?? "—", to: h.to ?? "—" })}
              </span>
              <span className="block text-xs text-slate-600">
                {formatDate(h.on, locale, timeZone)} · {t("leadership.roles.periodOf", { period: h.period })}
              </span>
            </caption>
            <thead className="text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-2">
                  {t("leadership.roles.quadrant")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("leadership.roles.fit.before")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("leadership.roles.fit.after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {CULTURE_TYPES.map((type) => (
                <tr key={type} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {labels[type]} ({t("leadership.roles.fit.coverageShare").toLowerCase()})
                  </th>
                  <td className="py-1 pr-2 text-right tabular-nums">{num(h.before.share?.[type], t)}</td>
                  <td className="py-1 text-right tabular-nums">{num(h.after.share?.[type], t)}</td>
                </tr>
              ))}
              <tr className="border-t border-slate-300 font-medium">
                <th scope="row" className="py-1 pr-2 text-left">
                  {t("leadership.roles.fit.figure")}
                </th>
                <td className="py-1 pr-2 text-right tabular-nums">{num(h.before.fit, t)}</td>
                <td className="py-1 text-right tabular-nums">{num(h.after.fit, t)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
