// A run of negative coverage: the newest items of an issue, counted back until the first
// non-negative one. At NEGATIVE_RUN_LENGTH the issue is flagged to the coordinator.
export const NEGATIVE_RUN_LENGTH = 3;

export type SentimentItem = { id: string; sentiment: "positif" | "netral" | "negatif" };

/** Items newest first → the current negative run (newest first), empty when the newest is not negative. */
export function currentNegativeRun(newestFirst: SentimentItem[]): SentimentItem[] {
  const run: SentimentItem[] = [];
  for (const item of newestFirst) {
    if (item.sentiment !== "negatif") break;
    run.push(item);
  }
  return run;
}
