// The timeline entry of a workshop's verdict on an issue (IssueUpdate kind "workshop_verdict").

/** What the timeline entry carries (IssueUpdate.body, JSON): the sentence is built when shown. */
export type VerdictBody = {
  workshop: string;
  /** the workshop's day on the regency's calendar, YYYY-MM-DD */
  date: string;
  rank: number;
  of: number;
  voters: number;
  points: number;
  spread: number;
};

export function parseVerdictBody(body: string): VerdictBody | null {
  try {
    const v = JSON.parse(body) as Partial<VerdictBody>;
    return typeof v.workshop === "string" && typeof v.rank === "number" && typeof v.of === "number"
      ? (v as VerdictBody)
      : null;
  } catch {
    return null;
  }
}
