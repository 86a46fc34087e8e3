import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import { priorityBand } from "@/lib/issues/schemas";

const STAGE_TONE: Record<string, BadgeTone> = {
  identification: "slate",
  analysis: "blue",
  strategy: "purple",
  action: "yellow",
  evaluation: "blue",
  closed: "green",
};

export function StageBadge({ stage, t }: { stage: string; t: Translate }) {
  return <Badge tone={STAGE_TONE[stage] ?? "slate"}>{t(`issues.stages.${stage}`)}</Badge>;
}

export function PriorityBadge({ priority, t }: { priority: number; t: Translate }) {
  const band = priorityBand(priority);
  return (
    <Badge tone={band === "high" ? "red" : band === "medium" ? "yellow" : "slate"}>
      {t(`issues.priorities.${band}`)} · {priority}
    </Badge>
  );
}

/** Escalated, stale, overdue and overdue-follow-up flags in words (never colour alone). */
export function AttentionBadges({
  stale,
  escalated,
  overdue,
  followUpOverdue = false,
  t,
}: {
  stale: boolean;
  escalated: boolean;
  overdue: boolean;
  followUpOverdue?: boolean;
  t: Translate;
}) {
  return (
    <>
      {escalated ? (
        <Badge tone="red">{t("issues.attention.escalated")}</Badge>
      ) : stale ? (
        <Badge tone="yellow">{t("issues.attention.stale")}</Badge>
      ) : null}
      {overdue && <Badge tone="red">{t("issues.attention.overdue")}</Badge>}
      {followUpOverdue && <Badge tone="red">{t("workshops.followUps.overdueBadge")}</Badge>}
    </>
  );
}

export function TriageBadge({ triage, t }: { triage: string; t: Translate }) {
  if (triage === "accepted") return null;
  return <Badge tone={triage === "pending" ? "blue" : "slate"}>{t(`issues.triageStates.${triage}`)}</Badge>;
}
