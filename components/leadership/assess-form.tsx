import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField } from "@/components/forms/field";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { assessLeaderAction } from "@/lib/leadership/roles/actions";
import type { AssessOptions } from "@/lib/leadership/roles/queries";
import { LEADERSHIP_ROLES, MIN_COLLEAGUES, roleDescriptionKey, roleNameKey } from "@/lib/leadership/roles/roles";
import { RoleScoreField } from "./role-score-field";

/**
 * The assessment of one leader on the eight roles, for a period: a self-assessment (or the
 * coordinator's paper one on the leader's behalf) or a colleague's. What the user already sent is
 * listed by date and version only; their scores are not shown back.
 */
export function AssessLeaderForm({
  options,
  t,
  locale,
  timeZone,
}: {
  options: AssessOptions;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const kindLabel = (kind: "self" | "colleague") =>
    kind === "colleague"
      ? t("leadership.roles.assess.kindColleague")
      : options.onBehalf
        ? t("leadership.roles.assess.kindSelfOnBehalf")
        : t("leadership.roles.assess.kindSelf");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {options.kinds.includes("colleague")
          ? t("leadership.roles.assess.hintColleague", { min: MIN_COLLEAGUES })
          : options.onBehalf
            ? t("leadership.roles.assess.hintOnBehalf")
            : t("leadership.roles.assess.hintSelf")}
      </p>
      {options.submitted.length > 0 && (
        <div className="rounded-md bg-slate-50 p-3 text-sm">
          <p className="font-medium text-slate-800">{t("leadership.roles.assess.submitted")}</p>
          <ul className="mt-1 list-disc pl-5 text-slate-700">
            {options.submitted.map((s) => (
              <li key={`${s.period}-${s.kind}`}>
                {t("leadership.roles.assess.submittedLine", {
                  period: s.period,
                  kind: kindLabel(s.kind),
                  version: s.version,
                  date: formatDate(s.updatedAt, locale, timeZone),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ActionForm
        action={assessLeaderAction}
        idempotencyKey={randomUUID()}
        submitLabel={t("leadership.roles.assess.submit")}
        pendingLabel={t("common.saving")}
      >
        <HiddenField name="termId" value={options.termId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="period"
            label={t("leadership.roles.period")}
            required
            defaultValue={String(options.periods[0] ?? "")}
            options={options.periods.map((p) => ({ value: String(p), label: String(p) }))}
          />
          {options.kinds.length > 1 ? (
            <SelectField
              name="kind"
              label={t("leadership.roles.assess.kind")}
              required
              defaultValue={options.kinds[0]}
              options={options.kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
            />
          ) : (
            <HiddenField name="kind" value={options.kinds[0]} />
          )}
        </div>
        <p className="text-xs text-slate-600">{t("leadership.roles.assess.scale")}</p>
        <div className="grid gap-3 md:grid-cols-2">
          {LEADERSHIP_ROLES.map((role) => (
            <RoleScoreField
              key={role}
              name={`score_${role}`}
              label={t(roleNameKey(role))}
              description={t(roleDescriptionKey(role))}
              required
            />
          ))}
        </div>
      </ActionForm>
    </div>
  );
}
