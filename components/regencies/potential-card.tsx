import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { PotentialRow } from "@/lib/regencies/queries";

const STATUS_TONE = { identified: "slate", studied: "blue", being_developed: "green" } as const;
const FOLLOW_UP_TONE = { planned: "slate", in_progress: "blue", done: "green", cancelled: "slate" } as const;

/** An issue's state in words: waiting for triage, rejected/merged, or its stage. */
function issueState(issue: PotentialRow["issueLinks"][number]["issue"], t: Translate): string {
  return issue.triage === "accepted" ? t(`issues.stages.${issue.stage}`) : t(`issues.triageStates.${issue.triage}`);
}

/**
 * One regional potential as a list item: where it was found, its linked issues and follow-ups with
 * their state, and the flag when nothing works on it yet; `children` are the manager's forms.
 */
export function PotentialCard({
  potential: p,
  t,
  locale,
  timeZone,
  children,
}: {
  potential: PotentialRow;
  t: Translate;
  locale: Locale;
  timeZone: string;
  children?: ReactNode;
}) {
  return (
    <li id={`potensi-${p.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="text-xs font-medium uppercase tracking-wide text-slate-600">{p.sector}</div>
          <h3 className="break-words font-medium text-slate-900">{p.title}</h3>
        </div>
        <div className="flex flex-wrap gap-1">
          {p.idle && <Badge tone="yellow">{t("regencies.potentials.idleBadge")}</Badge>}
          <Badge tone={STATUS_TONE[p.status]}>{t(`regencies.potentialStatus.${p.status}`)}</Badge>
        </div>
      </div>
      {p.description && <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-700">{p.description}</p>}
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">{t("regencies.potentials.estimatedValue")}: </dt>
          <dd className="inline">{p.estimatedValue !== null ? `Rp${formatNumber(p.estimatedValue, locale)}` : "—"}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">{t("regencies.potentials.evidence")}: </dt>
          <dd className="inline">{p.evidence ?? "—"}</dd>
        </div>
        {p.workshop && (
          <div className="sm:col-span-2">
            <dt className="inline text-slate-600">{t("regencies.potentials.fromWorkshop")}: </dt>
            <dd className="inline">
              <Link
                href={
                  p.entry
                    ? `/workshops/${p.workshop.id}/activities/${p.entry.activity.id}`
                    : `/workshops/${p.workshop.id}/summary`
                }
                className="text-emerald-800 underline"
              >
                {p.workshop.title}
              </Link>
              {p.entry && <> · {p.entry.activity.title}</>}
            </dd>
          </div>
        )}
      </dl>
      <div className="mt-2 text-sm">
        <span className="text-slate-600">{t("regencies.potentials.issues")}: </span>
        {p.issueLinks.length === 0 ? (
          "—"
        ) : (
          <ul className="mt-1 space-y-1">
            {p.issueLinks.map(({ issue }) => (
              <li key={issue.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/issues/${issue.id}`} className="break-words text-emerald-800 hover:underline">
                  ISU-{issue.number} {issue.title}
                </Link>
                <Badge tone={issue.stage === "closed" || issue.triage !== "accepted" ? "slate" : "blue"}>
                  {issueState(issue, t)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-2 text-sm">
        <span className="text-slate-600">{t("regencies.potentials.followUps")}: </span>
        {p.followUpLinks.length === 0 ? (
          "—"
        ) : (
          <ul className="mt-1 space-y-1">
            {p.followUpLinks.map(({ followUp: f }) => (
              <li key={f.id} className="flex flex-wrap items-center gap-2">
                <span className="break-words">{f.text}</span>
                <Badge tone={FOLLOW_UP_TONE[f.status]}>{t(`workshops.followUps.status.${f.status}`)}</Badge>
                <span className="text-xs text-slate-600">
                  {t("workshops.followUps.dueDate")}: {formatDate(f.dueDate, locale, timeZone)} ·{" "}
                  <Link href={`/issues/${f.issue.id}`} className="text-emerald-800 underline">
                    ISU-{f.issue.number}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {children}
    </li>
  );
}
