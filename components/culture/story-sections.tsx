import type { ReactNode } from "react";
import { Table, td, th } from "@/components/ui/table";
import { LeadershipFitHandovers, LeadershipFitSummary } from "@/components/leadership/leadership-fit";
import { Badge } from "@/components/ui/badge";
import { CULTURE_TYPES, typeNameKey } from "@/lib/culture/instrument";
import { MIN_GROUP_SIZE } from "@/lib/culture/profile";
import type { CultureStory } from "@/lib/culture/story/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { roleNameKey } from "@/lib/leadership/roles/roles";

// The sections of the re-culturing story, as plain tables with CSS bars: the same markup on the
// screen and on paper (the print view files it as a naskah dinas), no client JavaScript.

type Props = { story: CultureStory; t: Translate; locale: Locale; timeZone: string };

const signed = (n: number, locale: Locale) => `${n > 0 ? "+" : ""}${formatNumber(n, locale, 1)}`;

/** A bar for a share of the largest value in its column (print keeps the colour). */
function Bar({ value, max, className = "bg-emerald-600" }: { value: number; max: number; className?: string }) {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <span aria-hidden className="mt-1 block h-1.5 w-24 rounded bg-slate-100 print:[print-color-adjust:exact]">
      <span className={`block h-1.5 rounded ${className}`} style={{ width: `${width}%` }} />
    </span>
  );
}

export function StorySection({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="print-avoid-break space-y-2">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      {children}
    </section>
  );
}

/** The regency's culture per period: now, preferred and the gap per type; hidden periods by count only. */
export function CultureTrendSection({ story, t, locale }: Props) {
  return (
    <StorySection id="story-culture" title={t("culture.story.culture")} hint={t("culture.story.cultureHint")}>
      {story.profiles.length === 0 ? (
        <p className="text-sm text-slate-600">{t("culture.profiles.noSurveys")}</p>
      ) : (
        <Table
          caption={t("culture.story.culture")}
          head={
            <tr>
              <th className={th}>{t("culture.profiles.period")}</th>
              {CULTURE_TYPES.map((type) => (
                <th key={type} className={th}>
                  {t(typeNameKey(type))}
                </th>
              ))}
            </tr>
          }
        >
          {story.profiles.map((p) => (
            <tr key={p.period}>
              <td className={`${td} font-medium`}>
                {p.period}
                <div className="text-xs font-normal text-slate-600">
                  {t("culture.profiles.responsesCount", { count: p.responses })}
                </div>
              </td>
              {p.profile ? (
                CULTURE_TYPES.map((type) => (
                  <td key={type} className={`${td} whitespace-nowrap`}>
                    {formatNumber(p.profile!.now[type], locale, 1)} →{" "}
                    {formatNumber(p.profile!.preferred[type], locale, 1)}
                    <div
                      className={`text-xs ${Math.abs(p.profile!.gap[type]) >= 10 ? "font-semibold text-amber-800" : "text-slate-600"}`}
                    >
                      {t("culture.gap")} {signed(p.profile!.gap[type], locale)}
                    </div>
                  </td>
                ))
              ) : (
                <td className={td} colSpan={CULTURE_TYPES.length}>
                  {t("culture.anonymity.tooFew", { count: p.responses, min: MIN_GROUP_SIZE })}
                </td>
              )}
            </tr>
          ))}
        </Table>
      )}
    </StorySection>
  );
}

/**
 * The leadership configuration's fit per assessed period and the roles nobody covers; on the
 * screen also the latest configuration in full (`full`), and on both how it changed at each handover.
 */
export function LeadershipSection({ story, t, locale, timeZone, full }: Props & { full?: boolean }) {
  const { latest, trend } = story.leadership;
  return (
    <StorySection id="story-leadership" title={t("culture.story.leadership")} hint={t("culture.story.leadershipHint")}>
      {!latest ? (
        <p className="text-sm text-slate-600">{t("culture.story.leadershipEmpty")}</p>
      ) : (
        <>
          <Table
            caption={t("culture.story.leadership")}
            head={
              <tr>
                <th className={th}>{t("culture.profiles.period")}</th>
                <th className={th}>{t("leadership.roles.fit.figure")}</th>
                <th className={th}>{t("leadership.roles.fit.uncovered")}</th>
              </tr>
            }
          >
            {trend.map((f) => (
              <tr key={f.period}>
                <td className={`${td} font-medium`}>{f.period}</td>
                <td className={`${td} whitespace-nowrap`}>
                  {f.fit === null ? "—" : t("leadership.roles.fit.figureOf", { fit: formatNumber(f.fit, locale, 1) })}
                </td>
                <td className={td}>
                  {f.uncovered === null ? (
                    "—"
                  ) : f.uncovered.length === 0 ? (
                    t("culture.story.allCovered")
                  ) : (
                    <span className="flex flex-wrap gap-1">
                      {f.uncovered.map((role) => (
                        <Badge key={role} tone="yellow">
                          {t(roleNameKey(role))}
                        </Badge>
                      ))}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </Table>
          {full && <LeadershipFitSummary fit={latest} t={t} href={`/culture/leadership?period=${latest.period}`} />}
          <h3 className="pt-2 text-sm font-semibold text-slate-900">{t("culture.story.handovers")}</h3>
          <LeadershipFitHandovers fit={latest} t={t} locale={locale} timeZone={timeZone} />
        </>
      )}
    </StorySection>
  );
}

/** The change initiatives and quality objectives raised from the culture gaps. */
export function CultureWorkSection({ story, t, locale, timeZone }: Props) {
  const work = story.work;
  return (
    <StorySection id="story-work" title={t("culture.story.work")} hint={t("culture.story.workHint")}>
      {!work ? (
        <p className="text-sm text-slate-600">{t("culture.story.workNoAccess")}</p>
      ) : work.changes.length === 0 && work.objectives.length === 0 ? (
        <p className="text-sm text-slate-600">{t("culture.story.workEmpty")}</p>
      ) : (
        <ul className="space-y-2">
          {work.changes.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
              <a href={`/iso/changes/${c.id}`} className="font-medium text-emerald-800 underline">
                {c.title}
              </a>
              <div className="text-xs text-slate-700">
                {t(`iso.status.change.${c.phase}`)} · {t("iso.change.cycle", { n: c.cycle })} ·{" "}
                {formatDate(c.createdAt, locale, timeZone)}
              </div>
            </li>
          ))}
          {work.objectives.map((o) => (
            <li key={o.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
              <a href={`/iso/objectives#objective-${o.id}`} className="font-medium text-emerald-800 underline">
                {o.title}
              </a>
              <div className="text-xs text-slate-700">
                {t("iso.objective.baseline")} {formatNumber(o.baseline, locale, 1)} · {t("iso.objective.target")}{" "}
                {formatNumber(o.target, locale, 1)}
                {o.latest && (
                  <>
                    {" "}
                    · {o.latest.period}: {formatNumber(o.latest.value, locale, 1)}
                  </>
                )}{" "}
                ·{" "}
                <strong>
                  {o.met === null
                    ? t("iso.objective.noMeasurement")
                    : o.met
                      ? t("iso.objective.met")
                      : t("iso.objective.notMet")}
                </strong>
              </div>
            </li>
          ))}
        </ul>
      )}
    </StorySection>
  );
}

/** How many people the workshops reached, quarter by quarter. */
export function ParticipationSection({ story, t, locale }: Props) {
  const max = Math.max(0, ...story.participation.map((r) => r.participants));
  return (
    <StorySection id="story-workshops" title={t("culture.story.workshops")} hint={t("culture.story.workshopsHint")}>
      {story.participation.length === 0 ? (
        <p className="text-sm text-slate-600">{t("culture.story.workshopsEmpty")}</p>
      ) : (
        <Table
          caption={t("culture.story.workshops")}
          head={
            <tr>
              <th className={th}>{t("culture.story.quarter")}</th>
              <th className={th}>{t("culture.story.workshopCount")}</th>
              <th className={th}>{t("culture.story.participants")}</th>
              <th className={th}>{t("culture.story.answers")}</th>
            </tr>
          }
        >
          {story.participation.map((r) => (
            <tr key={r.quarter}>
              <td className={`${td} whitespace-nowrap font-medium`}>{r.quarter.replace("-T", " · T")}</td>
              <td className={td}>{formatNumber(r.workshops, locale)}</td>
              <td className={td}>
                {formatNumber(r.participants, locale)}
                <Bar value={r.participants} max={max} />
              </td>
              <td className={td}>{formatNumber(r.answers, locale)}</td>
            </tr>
          ))}
        </Table>
      )}
    </StorySection>
  );
}

/** The ISO 18091 ratings of each assessed period: green, yellow, red. */
export function IsoTrendSection({ story, t, locale }: Props) {
  return (
    <StorySection id="story-iso" title={t("culture.story.iso")} hint={t("culture.story.isoHint")}>
      {story.iso.length === 0 ? (
        <p className="text-sm text-slate-600">{t("culture.story.isoEmpty")}</p>
      ) : (
        <Table
          caption={t("culture.story.iso")}
          head={
            <tr>
              <th className={th}>{t("culture.profiles.period")}</th>
              <th className={th}>{t("iso.rating.green")}</th>
              <th className={th}>{t("iso.rating.yellow")}</th>
              <th className={th}>{t("iso.rating.red")}</th>
            </tr>
          }
        >
          {story.iso.map((r) => (
            <tr key={r.period}>
              <td className={`${td} font-medium`}>{r.period}</td>
              <td className={td}>
                {formatNumber(r.green, locale)}
                <Bar value={r.green} max={r.rated} className="bg-emerald-600" />
              </td>
              <td className={td}>
                {formatNumber(r.yellow, locale)}
                <Bar value={r.yellow} max={r.rated} className="bg-amber-500" />
              </td>
              <td className={td}>
                {formatNumber(r.red, locale)}
                <Bar value={r.red} max={r.rated} className="bg-red-600" />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </StorySection>
  );
}
