import type { Translate } from "@/lib/i18n/translate";
import { activityKind } from "@/lib/workshops/kinds";
import type { ActivityResults } from "@/lib/workshops/results";

// An activity's results as its kind draws them (bars, a word cloud, questions by votes, a
// ranking). No hooks: the presenter (client) and the server pages share it. Text is rendered by
// React, never as HTML.

type Activity = { kind: string; options: string[]; scaleMin: number; scaleMax: number; correct?: number[] | null };

export function ResultsView({
  activity,
  results,
  t,
  large = false,
}: {
  activity: Activity;
  results: ActivityResults | null;
  t: Translate;
  large?: boolean;
}) {
  if (!results) return null;
  const { Results } = activityKind(activity.kind);
  return <Results activity={activity} results={results} t={t} large={large} />;
}
