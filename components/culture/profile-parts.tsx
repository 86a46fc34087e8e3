import Link from "@/components/ui/link";
import { filterFieldClass, filterSelectClass } from "@/components/issues/input-class";
import { Badge } from "@/components/ui/badge";
import { Table, td, th } from "@/components/ui/table";
import { CULTURE_TYPES, type CultureType, typeNameKey } from "@/lib/culture/instrument";
import type { CultureProfile } from "@/lib/culture/profile";
import type { GapProposal, ProfileChange } from "@/lib/culture/profiles/queries";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { CultureKite } from "./culture-kite";
import { ProposeFromGapForm } from "./profile-forms";

export const typeLabels = (t: Translate) =>
  Object.fromEntries(CULTURE_TYPES.map((type) => [type, t(typeNameKey(type))])) as Record<CultureType, string>;

const signed = (n: number, locale: Locale) => `${n > 0 ? "+" : ""}${formatNumber(n, locale, 1)}`;

/** Chooses the period shown (a plain GET form: works without JavaScript). */
export function CulturePeriodPicker({ periods, period, t }: { periods: number[]; period: number; t: Translate }) {
  return (
    <form className="mb-4 flex flex-wrap items-end gap-3">
      <div className={filterFieldClass}>
        <label htmlFor="culture-period" className="mb-1 block text-sm font-medium text-slate-800">
          {t("culture.profiles.period")}
        </label>
        <select id="culture-period" name="period" defaultValue={period} className={filterSelectClass}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        {t("culture.profiles.show")}
      </button>
    </form>
  );
}

/** "Hidden: n answers" — a group below five answers shows its count only. */
export function HiddenGroup({ responses, t }: { responses: number; t: Translate }) {
  return (
    <div className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
      <p className="font-medium">{t("culture.profiles.hidden", { count: responses })}</p>
      <p className="mt-1 text-xs text-slate-600">{t("culture.anonymity.tooFew", { count: responses, min: 5 })}</p>
    </div>
  );
}

export type GapGroup = { regencyId: string; agencyId: string | null; period: number };

/**
 * A group's profile: the kite (now vs preferred) and a table with the same numbers, the gap per type
 * with the largest marked; a gap above the threshold offers to propose a change initiative (to the
 * coordinator) or shows the one already proposed.
 */
export function ProfileView({
  name,
  period,
  profile,
  largest,
  threshold,
  proposals,
  group,
  canPropose,
  t,
  locale,
}: {
  name: string;
  period: number;
  profile: CultureProfile;
  largest: CultureType | null;
  threshold: number;
  proposals: Partial<Record<CultureType, GapProposal>>;
  group: GapGroup;
  canPropose: boolean;
  t: Translate;
  locale: Locale;
}) {
  const labels = typeLabels(t);
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <CultureKite
        title={t("culture.profiles.kiteTitle", { name })}
        typeLabels={labels}
        series={[
          { key: "now", label: t("culture.sets.now"), scores: profile.now },
          { key: "preferred", label: t("culture.sets.preferred"), scores: profile.preferred, dashed: true },
        ]}
      />
      <div className="min-w-0 space-y-2">
        <Table
          caption={t("culture.profiles.tableCaption", { name, period })}
          head={
            <tr>
              <th className={th}>{t("culture.profiles.type")}</th>
              <th className={`${th} text-right`}>{t("culture.sets.now")}</th>
              <th className={`${th} text-right`}>{t("culture.sets.preferred")}</th>
              <th className={`${th} text-right`}>{t("culture.gap")}</th>
            </tr>
          }
        >
          {CULTURE_TYPES.map((type) => {
            const gap = profile.gap[type];
            const above = Math.abs(gap) > threshold;
            return (
              <tr key={type} className={type === largest ? "bg-amber-50" : undefined}>
                <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                  {labels[type]}
                </th>
                <td className={`${td} text-right tabular-nums`}>{formatNumber(profile.now[type], locale, 1)}</td>
                <td className={`${td} text-right tabular-nums`}>{formatNumber(profile.preferred[type], locale, 1)}</td>
                <td className={`${td} text-right tabular-nums`}>
                  <span className={type === largest ? "font-semibold text-amber-900" : undefined}>
                    {signed(gap, locale)}
                  </span>
                  {type === largest && (
                    <span className="ml-1">
                      <Badge tone="yellow">{t("culture.profiles.largest")}</Badge>
                    </span>
                  )}
                  {above && type !== largest && (
                    <span className="ml-1">
                      <Badge tone="red">{t("culture.profiles.aboveThreshold")}</Badge>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
        <p className="text-xs text-slate-600">
          {t("culture.profiles.responsesCount", { count: profile.responses })} ·{" "}
          {t("culture.profiles.threshold.current", { threshold })}
        </p>
        <GapActions
          profile={profile}
          threshold={threshold}
          proposals={proposals}
          group={group}
          canPropose={canPropose}
          labels={labels}
          t={t}
          locale={locale}
        />
      </div>
    </div>
  );
}

/** Per gap above the threshold: the initiative and objective proposed from it, or the form to propose them. */
function GapActions({
  profile,
  threshold,
  proposals,
  group,
  canPropose,
  labels,
  t,
  locale,
}: {
  profile: CultureProfile;
  threshold: number;
  proposals: Partial<Record<CultureType, GapProposal>>;
  group: GapGroup;
  canPropose: boolean;
  labels: Record<CultureType, string>;
  t: Translate;
  locale: Locale;
}) {
  const types = CULTURE_TYPES.filter((type) => Math.abs(profile.gap[type]) > threshold || proposals[type]);
  if (!types.length) return null;
  return (
    <ul className="space-y-2">
      {types.map((type) => {
        const p = proposals[type];
        return (
          <li key={type} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">
              {labels[type]}: {t("culture.gap")} {signed(profile.gap[type], locale)}
            </p>
            {p ? (
              <ul className="mt-1 space-y-1">
                {p.change && (
                  <li>
                    <Link href={`/iso/changes/${p.change.id}`} className="text-emerald-800 underline">
                      {t("culture.profiles.proposed.change", { title: p.change.title })}
                    </Link>
                  </li>
                )}
                {p.objective && (
                  <li>
                    <Link href={`/iso/objectives#objective-${p.objective.id}`} className="text-emerald-800 underline">
                      {t("culture.profiles.proposed.objective", { title: p.objective.title })}
                    </Link>
                  </li>
                )}
              </ul>
            ) : canPropose ? (
              <ProposeFromGapForm group={group} type={type} typeLabel={labels[type]} t={t} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Now and preferred per type in the previous period and the latest. */
export function ChangeView({ change, t, locale }: { change: ProfileChange; t: Translate; locale: Locale }) {
  const labels = typeLabels(t);
  const cell = ([a, b]: [number, number]) => (
    <>
      {formatNumber(a, locale, 1)} → {formatNumber(b, locale, 1)}{" "}
      <span className={b - a >= 0 ? "text-emerald-800" : "text-red-800"}>({signed(b - a, locale)})</span>
    </>
  );
  return (
    <Table
      caption={t("culture.profiles.changeCaption", { from: change.from, to: change.to })}
      head={
        <tr>
          <th className={th}>{t("culture.profiles.type")}</th>
          <th className={th}>{t("culture.sets.now")}</th>
          <th className={th}>{t("culture.sets.preferred")}</th>
        </tr>
      }
    >
      {CULTURE_TYPES.map((type) => (
        <tr key={type}>
          <th scope="row" className={`${td} text-left font-medium`}>
            {labels[type]}
          </th>
          <td className={`${td} whitespace-nowrap tabular-nums`}>{cell(change.now[type])}</td>
          <td className={`${td} whitespace-nowrap tabular-nums`}>{cell(change.preferred[type])}</td>
        </tr>
      ))}
    </Table>
  );
}

export type GroupRow = {
  key: string;
  name: string;
  href?: string;
  responses: number;
  profile: CultureProfile | null;
  largest: CultureType | null;
};

/** Groups side by side (agencies of a regency, or regencies): answers, now → preferred per type, largest gap; a group below five answers says only "hidden: n answers". */
export function GroupsTable({
  rows,
  caption,
  nameHeader,
  t,
  locale,
}: {
  rows: GroupRow[];
  caption: string;
  nameHeader: string;
  t: Translate;
  locale: Locale;
}) {
  const labels = typeLabels(t);
  return (
    <Table
      caption={caption}
      head={
        <tr>
          <th className={th}>{nameHeader}</th>
          <th className={`${th} text-right`}>{t("culture.profiles.responses")}</th>
          {CULTURE_TYPES.map((type) => (
            <th key={type} className={th}>
              {labels[type]}
              <span className="block font-normal normal-case tracking-normal">
                {t("culture.profiles.nowPreferred", {
                  now: t("culture.sets.now"),
                  preferred: t("culture.sets.preferred"),
                })}
              </span>
            </th>
          ))}
          <th className={th}>{t("culture.profiles.gapOf")}</th>
        </tr>
      }
    >
      {rows.map((r) => (
        <tr key={r.key}>
          <th scope="row" className={`${td} text-left font-medium`}>
            {r.href ? (
              <Link href={r.href} className="text-emerald-800 underline">
                {r.name}
              </Link>
            ) : (
              r.name
            )}
          </th>
          <td className={`${td} text-right tabular-nums`}>{r.responses}</td>
          {r.profile ? (
            <>
              {CULTURE_TYPES.map((type) => (
                <td key={type} className={`${td} whitespace-nowrap tabular-nums`}>
                  {formatNumber(r.profile!.now[type], locale, 1)} →{" "}
                  {formatNumber(r.profile!.preferred[type], locale, 1)}
                </td>
              ))}
              <td className={`${td} whitespace-nowrap`}>
                {r.largest && (
                  <>
                    {labels[r.largest]} {signed(r.profile.gap[r.largest], locale)}
                  </>
                )}
              </td>
            </>
          ) : (
            <td colSpan={CULTURE_TYPES.length + 1} className={`${td} text-slate-600`}>
              {t("culture.profiles.hidden", { count: r.responses })}
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}
