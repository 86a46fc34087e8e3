import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

const TONE = { scheduled: "blue", open: "green", closed: "slate" } as const;

export function SurveyStateBadge({ t, state }: { t: Translate; state: "scheduled" | "open" | "closed" }) {
  return <Badge tone={TONE[state]}>{t(`culture.surveys.states.${state}`)}</Badge>;
}
