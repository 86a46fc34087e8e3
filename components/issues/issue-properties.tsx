import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { AttentionBadges, PriorityBadge, StageBadge, TriageBadge } from "./issue-badges";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { getIssue } from "@/lib/issues/queries";

type Issue = NonNullable<Awaited<ReturnType<typeof getIssue>>>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_minmax(0,1fr)] gap-2 py-1.5 text-sm">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/** The issue's properties as a definition list (side column of the detail page). */
export function IssueProperties({
  issue,
  t,
  locale,
  timeZone,
}: {
  issue: Issue;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const a = issue.attention;
  return (
    <dl className="divide-y divide-slate-100">
      <Row label={t("issues.fields.category")}>{t(`issues.categories.${issue.category}`)}</Row>
      <Row label={t("issues.fields.ownerPositionId")}>{issue.ownerPosition?.title ?? t("issues.noOwner")}</Row>
      <Row label={t("issues.fields.agencyId")}>{issue.agency?.name ?? "—"}</Row>
      <Row label={t("issues.detail.supporters")}>
        {issue.supporters.length ? issue.supporters.map((s) => s.position.title).join(", ") : "—"}
      </Row>
      <Row label={t("issues.fields.dueDate")}>{formatDate(issue.dueDate, locale, timeZone)}</Row>
      <Row label={t("issues.fields.percentDone")}>{`${issue.percentDone}%`}</Row>
      <Row label={t("issues.fields.reviewCadenceDays")}>{issue.reviewCadenceDays}</Row>
      {issue.triage === "accepted" && (
        <Row label={t("issues.fields.lastOwnerUpdateAt")}>
          {formatDate(issue.lastOwnerUpdateAt, locale, timeZone)}
          <br />
          <span className="text-xs text-slate-600">
            {t("issues.attention.staleAt", { date: formatDate(a.staleAt, locale, timeZone) })}
            <br />
            {t("issues.attention.escalateAt", { date: formatDate(a.escalateAt, locale, timeZone) })}
          </span>
        </Row>
      )}
      <Row label={t("issues.fields.impact")}>{issue.impact}</Row>
      <Row label={t("issues.fields.urgency")}>{issue.urgency}</Row>
      <Row label={t("issues.detail.programs")}>{issue.programs.length ? issue.programs.join("; ") : "—"}</Row>
      <Row label={t("issues.detail.tags")}>
        {issue.tags.length ? (
          <span className="flex flex-wrap gap-1">
            {issue.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </span>
        ) : (
          "—"
        )}
      </Row>
      <Row label={t("issues.fields.source")}>{t(`issues.sources.${issue.source}`)}</Row>
      <Row label={t("issues.fields.createdAt")}>
        {formatDate(issue.createdAt, locale, timeZone)}
        {issue.createdBy && <> · {issue.createdBy.name}</>}
      </Row>
    </dl>
  );
}

/**
 * The attention banners: stale/escalated while an accepted, open issue waits for its owner, and
 * one for rencana tindak lanjut past their due date.
 */
export function IssueAttentionNotice({ issue, t }: { issue: Issue; t: Translate }) {
  return (
    <>
      {issue.followUpsOverdue > 0 && (
        <div role="status" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">{t("workshops.followUps.overdueBadge")}</p>
          <p>{t("workshops.followUps.overdueExplain", { count: issue.followUpsOverdue })}</p>
        </div>
      )}
      <StaleNotice issue={issue} t={t} />
    </>
  );
}

function StaleNotice({ issue, t }: { issue: Issue; t: Translate }) {
  const a = issue.attention;
  if (issue.triage !== "accepted" || issue.stage === "closed" || a.state === "ok") return null;
  const tone =
    a.state === "escalated" ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-900";
  return (
    <div role="status" className={`rounded-lg border p-4 text-sm ${tone}`}>
      <p className="font-semibold">{t(`issues.attention.${a.state}`)}</p>
      <p>
        {t(a.state === "escalated" ? "issues.attention.escalatedExplain" : "issues.attention.staleExplain", {
          cadence: issue.reviewCadenceDays,
        })}{" "}
        {t("issues.attention.daysSince", { days: a.daysSinceUpdate })}
      </p>
    </div>
  );
}

/** Stage, lifecycle, triage, priority and attention badges of the page header. */
export function IssueHeaderBadges({ issue, t }: { issue: Issue; t: Translate }) {
  const a = issue.attention;
  return (
    <span className="flex flex-wrap gap-1">
      <StageBadge stage={issue.stage} t={t} />
      <Badge>{t(`issues.lifecycles.${issue.lifecycle}`)}</Badge>
      <TriageBadge triage={issue.triage} t={t} />
      <PriorityBadge priority={issue.priority} t={t} />
      <AttentionBadges
        stale={a.state !== "ok"}
        escalated={a.state === "escalated"}
        overdue={issue.overdue}
        followUpOverdue={issue.followUpsOverdue > 0}
        t={t}
      />
      {issue.isPublic && <Badge tone="blue">{t("issues.public")}</Badge>}
    </span>
  );
}
