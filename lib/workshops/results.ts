import { tallyCultureActivity } from "@/lib/culture/activity-tally";
import { db } from "@/lib/db";
import { activityKind, optionList } from "./kinds";
import type { ActivityResults, SqlClient } from "./kinds/types";
import type { ActivityKind } from "./schemas";

export type { ActivityResults } from "./kinds/types";

export type ActivityForResults = {
  id: string;
  kind: ActivityKind;
  options: unknown;
  scaleMin: number;
  scaleMax: number;
};

/**
 * Aggregated results of an activity, by its kind (in SQL). Entries a facilitator hid (a removed
 * participant's, a hidden question) do not count.
 */
export function tallyResults(client: SqlClient, a: ActivityForResults): Promise<ActivityResults> {
  // the culture profile's SQL needs Prisma's helpers, which the kind's (browser-loaded) file cannot import
  const tally = a.kind === "culture" ? tallyCultureActivity : activityKind(a.kind).tally;
  return tally(client, {
    id: a.id,
    options: optionList(a.options),
    scaleMin: a.scaleMin,
    scaleMax: a.scaleMax,
  });
}

export async function tallyResultsNow(a: ActivityForResults): Promise<ActivityResults> {
  return tallyResults(db, a);
}
