import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

const NC_TONES: Record<string, BadgeTone> = {
  open: "red",
  in_progress: "yellow",
  awaiting_verification: "blue",
  closed: "green",
};
const ASSESSMENT_TONES: Record<string, BadgeTone> = {
  draft: "slate",
  submitted: "blue",
  disputed: "yellow",
  verified: "green",
};
const DOC_TONES: Record<string, BadgeTone> = {
  draft: "slate",
  in_review: "blue",
  approved: "purple",
  effective: "green",
  superseded: "yellow",
};
const AUDIT_TONES: Record<string, BadgeTone> = { planned: "blue", completed: "green" };

export function NcStatusBadge({ status, t }: { status: string; t: Translate }) {
  return <Badge tone={NC_TONES[status]}>{t(`iso.status.nc.${status}`)}</Badge>;
}

export function AssessmentStatusBadge({ status, t }: { status: string; t: Translate }) {
  return <Badge tone={ASSESSMENT_TONES[status]}>{t(`iso.status.assessment.${status}`)}</Badge>;
}

export function DocStatusBadge({ status, t }: { status: string; t: Translate }) {
  return <Badge tone={DOC_TONES[status]}>{t(`iso.status.doc.${status}`)}</Badge>;
}

const CHANGE_TONES: Record<string, BadgeTone> = {
  plan: "blue",
  do: "purple",
  check: "yellow",
  act: "red",
  closed: "green",
};

export function ChangePhaseBadge({ phase, t }: { phase: string; t: Translate }) {
  return <Badge tone={CHANGE_TONES[phase]}>{t(`iso.status.change.${phase}`)}</Badge>;
}

export function ReviewStatusBadge({ status, t }: { status: string; t: Translate }) {
  return <Badge tone={status === "approved" ? "green" : "slate"}>{t(`iso.status.review.${status}`)}</Badge>;
}

export function AuditStatusBadge({ status, t }: { status: string; t: Translate }) {
  return <Badge tone={AUDIT_TONES[status]}>{t(`iso.status.audit.${status}`)}</Badge>;
}

/** Traffic-light colours with text, so the rating never depends on colour alone (contrast ≥ 4.5:1). */
export const RATING_STYLES: Record<string, string> = {
  red: "bg-red-700 text-white",
  yellow: "bg-amber-300 text-amber-950",
  green: "bg-emerald-700 text-white",
  not_measurable: "bg-slate-200 text-slate-800",
  unrated: "bg-white text-slate-600 border border-dashed border-slate-400",
};

export function RatingChip({ rating, t }: { rating: string | null; t: Translate }) {
  const key = rating ?? "unrated";
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold print:border print:border-slate-500 ${RATING_STYLES[key]}`}
    >
      {t(`iso.rating.${key}`)}
    </span>
  );
}
