import { oneDecimal } from "@/lib/i18n/format";
import { Fragment } from "react";
import { CULTURE_TYPES } from "@/lib/culture/instrument";
import type { Translate } from "@/lib/i18n/translate";
import type { TermPeriodProfile } from "@/lib/leadership/roles/aggregate";
import { LEADERSHIP_ROLES, MIN_COLLEAGUES, roleDescriptionKey, roleNameKey } from "@/lib/leadership/roles/roles";

function Bar({ value, t }: { value: number | null; t: Translate }) {
  if (value === null) return <span className="text-slate-500">—</span>;
  return (
    <span className="flex items-center gap-2">
      <span className="w-7 text-right tabular-nums">{oneDecimal(value, t)}</span>
      <span className="hidden h-2 w-16 overflow-hidden rounded bg-slate-100 sm:block" aria-hidden>
        <span className="block h-2 bg-emerald-600" style={{ width: `${(value / 5) * 100}%` }} />
      </span>
    </span>
  );
}

/** One period of a leader's role profile: the self-assessment beside the colleagues' mean (from three on). */
export function RoleProfileTable({ profile, t, label }: { profile: TermPeriodProfile; t: Translate; label?: string }) {
  const { self, colleagues } = profile;
  return (
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={`${label ? `${label} · ` : ""}${t("leadership.roles.periodOf", { period: profile.period })}`}
    >
      <table className="w-full text-sm">
        <caption className="mb-2 text-left text-sm text-slate-700">
          {t("leadership.roles.periodOf", { period: profile.period })}
          {" · "}
          {colleagues.mean
            ? t("leadership.roles.colleagueCount", { count: colleagues.count })
            : t("leadership.roles.colleaguesHidden", { count: colleagues.count, min: MIN_COLLEAGUES })}
        </caption>
        <thead className="text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2">
              {t("leadership.roles.title")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {self?.onBehalf ? t("leadership.roles.selfOnBehalf") : t("leadership.roles.self")}
            </th>
            <th scope="col" className="py-1">
              {t("leadership.roles.colleagues")}
            </th>
          </tr>
        </thead>
        <tbody>
          {CULTURE_TYPES.map((type, q) => (
            <Fragment key={type}>
              <tr className="border-t border-slate-200 bg-slate-50">
                <th scope="colgroup" colSpan={3} className="py-1 text-left text-xs font-semibold text-slate-700">
                  {t(`culture.types.${type}`)}
                </th>
              </tr>
              {LEADERSHIP_ROLES.slice(2 * q, 2 * q + 2).map((role) => {
                const r = LEADERSHIP_ROLES.indexOf(role);
                return (
                  <tr key={role} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                      <span className="font-medium text-slate-900">{t(roleNameKey(role))}</span>
                      <span className="block text-xs text-slate-600">{t(roleDescriptionKey(role))}</span>
                    </th>
                    <td className="py-1.5 pr-2 align-top">
                      <Bar value={self ? self.scores[r] : null} t={t} />
                    </td>
                    <td className="py-1.5 align-top">
                      <Bar value={colleagues.mean ? colleagues.mean[r] : null} t={t} />
                    </td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every period of a leader's role profile, newest first. */
export function LeaderRoleProfile({ profiles, t }: { profiles: TermPeriodProfile[]; t: Translate }) {
  if (!profiles.length) return <p className="text-sm text-slate-600">{t("leadership.roles.noAssessment")}</p>;
  return (
    <div className="space-y-6">
      {profiles.map((p) => (
        <RoleProfileTable key={p.period} profile={p} t={t} />
      ))}
    </div>
  );
}
