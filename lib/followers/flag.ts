// "The public's interest rises while the updates stall": the issue the coordinator should look at
// first. Interest in a week = page views + 10 × new followers + 3 × WhatsApp shares (a follow or a
// share says more than a look). It rises when this week's is at least RISE_FACTOR times the mean
// of the previous weeks and at least MIN_INTEREST (a handful of views is no trend). Pure: tested
// without a database.

export const RISE_FACTOR = 1.5;
export const MIN_INTEREST = 20;
/** How many weeks before this one the mean is taken over. */
export const BASELINE_WEEKS = 4;

export type WeekOfInterest = { views: number; follows: number; shares: number };

export function interestOf(w: WeekOfInterest): number {
  return w.views + 10 * w.follows + 3 * w.shares;
}

export function interestRises(thisWeek: number, previousWeeks: number[]): boolean {
  const mean = previousWeeks.length ? previousWeeks.reduce((a, b) => a + b, 0) / previousWeeks.length : 0;
  return thisWeek >= MIN_INTEREST && thisWeek >= RISE_FACTOR * Math.max(mean, 1);
}

/** Flagged: interest rises and the issue is stale (its owner has not updated it within its cadence). */
export function risingWhileStale(weeks: WeekOfInterest[], stale: boolean): boolean {
  if (!stale || weeks.length === 0) return false;
  const [now, ...before] = weeks.map(interestOf);
  return interestRises(now, before.slice(0, BASELINE_WEEKS));
}
