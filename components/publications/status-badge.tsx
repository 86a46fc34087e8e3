import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

export type DisplayStatus = "draft" | "submitted" | "scheduled" | "published" | "withdrawn" | "correction";

/** What a piece is right now: an approved piece is scheduled until its publishAt, then published. */
export function displayStatus(
  p: { status: string; publishAt: Date | null; firstPublishAt: Date | null; versionCount: number },
  now: Date = new Date(),
): DisplayStatus {
  if (p.status === "withdrawn") return "withdrawn";
  if (p.status === "submitted") return "submitted";
  if (p.status === "approved") return p.firstPublishAt && p.firstPublishAt > now ? "scheduled" : "published";
  return p.versionCount > 0 ? "correction" : "draft";
}

const TONES: Record<DisplayStatus, BadgeTone> = {
  draft: "slate",
  submitted: "yellow",
  scheduled: "blue",
  published: "green",
  withdrawn: "red",
  correction: "purple",
};

export function StatusBadge({ status, t }: { status: DisplayStatus; t: Translate }) {
  const label =
    status === "correction"
      ? `${t("publications.statuses.draft")} · ${t("publications.public.correctedBadge")}`
      : t(`publications.statuses.${status}`);
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
