import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import { formatDate, formatDateTime, oneDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { parseVerdictBody } from "@/lib/workshops/verdict-body";

export type TimelineEntry = {
  id: string;
  kind: string;
  body: string;
  percentDone: number | null;
  fromStage: string | null;
  toStage: string | null;
  byOwner?: boolean;
  isPublic: boolean;
  authorName?: string;
  createdAt: Date;
};

export function timelineHeading(e: TimelineEntry, t: Translate): string {
  if (e.kind === "stage")
    return t("issues.timeline.kinds.stage", {
      from: e.fromStage ? t(`issues.stages.${e.fromStage}`) : "—",
      to: e.toStage ? t(`issues.stages.${e.toStage}`) : "—",
    });
  if (e.kind === "assignment")
    return t("issues.timeline.kinds.assignment", { position: e.body || t("issues.noOwner") });
  return t(`issues.timeline.kinds.${e.kind}`);
}

/** "Lokakarya X (14 Nov 2026): peringkat 2 dari 5, 14 peserta" and its Borda detail. */
function VerdictText({ body, t, locale }: { body: string; t: Translate; locale: Locale }) {
  const v = parseVerdictBody(body);
  if (!v) return <p className="mt-1 text-sm text-slate-800">{body}</p>;
  return (
    <div className="mt-1 text-sm text-slate-800" data-verdict>
      <p>
        {t("issues.timeline.verdictBody", {
          // "Lokakarya X": the title as it is when it already says so
          workshop: /^(lokakarya|workshop)\b/i.test(v.workshop)
            ? v.workshop
            : t("issues.timeline.verdictWorkshop", { title: v.workshop }),
          date: formatDate(`${v.date}T00:00:00Z`, locale, "UTC"),
          rank: v.rank,
          of: v.of,
          voters: v.voters,
        })}
      </p>
      <p className="text-xs text-slate-600">
        {t("issues.timeline.verdictDetail", { points: v.points, spread: oneDecimal(v.spread, t) })}
      </p>
    </div>
  );
}

function triageText(body: string, t: Translate): string {
  const i = body.indexOf(":");
  const kind = body.slice(0, i);
  return t(`issues.timeline.triageBody.${kind}`, { value: body.slice(i + 1) });
}

/** The issue's timeline, newest first. `internal` shows authors and internal/public marks. */
export function IssueTimeline({
  entries,
  t,
  locale,
  timeZone,
  internal,
}: {
  entries: TimelineEntry[];
  t: Translate;
  locale: Locale;
  timeZone: string;
  internal: boolean;
}) {
  if (!entries.length) return <p className="text-sm text-slate-600">{t("issues.timeline.empty")}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-4">
      {entries.map((e) => (
        <li key={e.id} className="relative">
          <span
            aria-hidden
            className={`absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full ${e.kind === "note" ? "bg-emerald-600" : "bg-slate-400"}`}
          />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium text-slate-900">{timelineHeading(e, t)}</span>
            {e.percentDone !== null && (
              <Badge tone="green">{t("issues.timeline.percent", { percent: e.percentDone })}</Badge>
            )}
            {internal &&
              (e.isPublic ? <Badge tone="blue">{t("issues.public")}</Badge> : <Badge>{t("issues.internal")}</Badge>)}
          </div>
          <div className="text-xs text-slate-600">
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale, timeZone)}</time>
            {internal && e.authorName && (
              <>
                {" "}
                · {e.authorName}
                {e.byOwner && ` (${t("issues.timeline.byOwner")})`}
              </>
            )}
          </div>
          {e.kind === "workshop_verdict" ? (
            <VerdictText body={e.body} t={t} locale={locale} />
          ) : e.kind === "triage" ? (
            internal && <p className="mt-1 text-sm text-slate-800">{triageText(e.body, t)}</p>
          ) : e.kind !== "assignment" && e.body ? (
            <div className="mt-1">
              <Markdown>{e.body}</Markdown>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
