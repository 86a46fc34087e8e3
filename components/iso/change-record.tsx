import Link from "@/components/ui/link";
import type { Translate } from "@/lib/i18n/translate";
import type { ChangeDetail } from "@/lib/iso/changes/queries";
import { PrintField } from "@/components/print/print-field";

const STEPS = ["plan", "do", "check", "act"] as const;
const NOTES = ["planObjective", "planScope", "planRisks", "doActivities", "checkResults"] as const;

/** The plan–do–check–act steps, done ones filled, the current one marked. */
export function ChangeSteps({ phase, t }: { phase: string; t: Translate }) {
  const current = STEPS.indexOf(phase as (typeof STEPS)[number]);
  return (
    <ol className="mb-6 grid grid-cols-4 gap-1 text-center text-xs font-semibold" aria-label={t("iso.change.phase")}>
      {STEPS.map((s, n) => (
        <li
          key={s}
          aria-current={s === phase ? "step" : undefined}
          className={`rounded-md px-2 py-2 ${phase === "closed" || n < current ? "bg-emerald-700 text-white" : s === phase ? "bg-sky-700 text-white" : "bg-slate-100 text-slate-700"}`}
        >
          {t(`iso.status.change.${s}`)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The change's fields read-only. While a manager works on it, the current phase's notes are
 * left out here because the phase notes form shows them.
 */
export function ChangeRecord({ c, canManage, t }: { c: ChangeDetail; canManage: boolean; t: Translate }) {
  const editing = c.phase !== "closed" && canManage;
  const notes = editing
    ? NOTES.filter(
        (f) =>
          !(c.phase === "plan" && f.startsWith("plan")) &&
          !(c.phase === "do" && f === "doActivities") &&
          !(c.phase === "check" && f === "checkResults"),
      )
    : NOTES;
  return (
    <dl>
      <PrintField label={t("iso.change.purpose")}>{c.purpose}</PrintField>
      <PrintField label={t("iso.change.consequences")}>{c.consequences}</PrintField>
      <PrintField label={t("iso.change.resources")}>{c.resources}</PrintField>
      <PrintField label={t("iso.change.issue")}>
        {c.issue ? t("iso.change.linkedIssue", { number: c.issue.number, title: c.issue.title }) : ""}
      </PrintField>
      {c.source && (
        <PrintField label={t("iso.change.source")}>
          <Link href={`/iso/assessments/${c.source.assessmentId}`} className="text-emerald-800 underline">
            {t("iso.change.sourceAssessment", { code: c.source.indicatorCode })}
          </Link>
        </PrintField>
      )}
      {c.cultureSource && (
        <PrintField label={t("iso.change.source")}>
          <Link href={c.cultureSource.href} className="text-emerald-800 underline">
            {t("culture.profiles.source", {
              group: c.cultureSource.agencyName ?? c.regency.name,
              type: t(`culture.types.${c.cultureSource.type}`),
              period: c.cultureSource.period,
            })}
          </Link>
        </PrintField>
      )}
      {notes.map((f) => (
        <PrintField key={f} label={t(`iso.change.${f}`)}>
          {c[f]}
        </PrintField>
      ))}
    </dl>
  );
}
