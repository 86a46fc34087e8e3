import Link from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { AssessmentDetail } from "@/lib/iso/assessments/queries";
import { RaiseFromRatingForm } from "./assessment-forms";
import { IndicatorLabel } from "./assessment-list";

type Indicator = AssessmentDetail["indicators"][number];

/** Red indicators with what was raised from each; a manager raises a nonconformity, an issue or a change. */
export function RedIndicators({
  assessmentId,
  reds,
  canManage,
  t,
  locale,
}: {
  assessmentId: string;
  reds: Indicator[];
  canManage: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {reds.map((i) => (
        <li key={i.code} className="py-2">
          <p>
            <IndicatorLabel indicator={i} locale={locale} />
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            {i.rating.nonconformityId ? (
              <Link href={`/iso/nonconformities/${i.rating.nonconformityId}`} className="text-emerald-800 underline">
                {t("iso.assessment.raisedNc", { number: i.rating.nonconformity!.number })}
              </Link>
            ) : (
              canManage && (
                <RaiseFromRatingForm
                  assessmentId={assessmentId}
                  ratingId={i.rating.id}
                  target="nonconformity"
                  label={`${t("iso.assessment.raiseNc")} ${i.code}`}
                  t={t}
                />
              )
            )}
            {i.rating.issueId ? (
              <span className="text-slate-700">
                {t("iso.assessment.raisedIssue", { number: i.rating.issue!.number })}
              </span>
            ) : (
              canManage && (
                <RaiseFromRatingForm
                  assessmentId={assessmentId}
                  ratingId={i.rating.id}
                  target="issue"
                  label={`${t("iso.assessment.raiseIssue")} ${i.code}`}
                  t={t}
                />
              )
            )}
            {i.rating.changeId ? (
              <Link href={`/iso/changes/${i.rating.changeId}`} className="text-emerald-800 underline">
                {t("iso.assessment.raisedChange")}
              </Link>
            ) : (
              canManage && (
                <RaiseFromRatingForm
                  assessmentId={assessmentId}
                  ratingId={i.rating.id}
                  target="change"
                  label={`${t("iso.assessment.raiseChange")} ${i.code}`}
                  t={t}
                />
              )
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
