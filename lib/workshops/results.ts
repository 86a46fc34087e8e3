import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { ActivityKind } from "./schemas";

export type ActivityForResults = { id: string; kind: ActivityKind; options: unknown; scaleMin: number; scaleMax: number };

export type ActivityResults = {
  total: number;
  /** poll: per option; scale: per value from scaleMin to scaleMax */
  counts?: number[];
  words?: [string, number][];
  questions?: { id: string; text: string; upvotes: number; answered: boolean }[];
};

type Client = Pick<Tx, "$queryRaw">;

export function optionList(options: unknown): string[] {
  return Array.isArray(options) ? options.filter((o): o is string => typeof o === "string") : [];
}

/**
 * Aggregated results of an activity, in SQL. Entries a facilitator hid (a removed
 * participant's, a hidden question) do not count. The Q&A list holds approved questions only.
 */
export async function tallyResults(client: Client, a: ActivityForResults): Promise<ActivityResults> {
  switch (a.kind) {
    case "poll_single":
    case "poll_multiple": {
      const n = optionList(a.options).length;
      const rows = await client.$queryRaw<{ c: number; n: bigint }[]>`
        SELECT c, count(*) AS n FROM "WorkshopEntry", unnest(choices) AS c
        WHERE "activityId" = ${a.id}::uuid AND NOT hidden GROUP BY c`;
      const voters = await client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden`;
      const counts = Array.from({ length: n }, () => 0);
      for (const r of rows) if (r.c >= 0 && r.c < n) counts[r.c] = Number(r.n);
      return { total: Number(voters[0]?.n ?? 0), counts };
    }
    case "scale": {
      const rows = await client.$queryRaw<{ s: number; n: bigint }[]>`
        SELECT scale AS s, count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden AND scale IS NOT NULL GROUP BY scale`;
      const counts = Array.from({ length: a.scaleMax - a.scaleMin + 1 }, () => 0);
      let total = 0;
      for (const r of rows) if (r.s >= a.scaleMin && r.s <= a.scaleMax) { counts[r.s - a.scaleMin] = Number(r.n); total += Number(r.n); }
      return { total, counts };
    }
    case "word_cloud": {
      const rows = await client.$queryRaw<{ w: string; n: bigint }[]>`
        SELECT lower(text) AS w, count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden AND text <> ''
        GROUP BY lower(text) ORDER BY n DESC, w ASC LIMIT 60`;
      const total = await client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden`;
      return { total: Number(total[0]?.n ?? 0), words: rows.map((r) => [r.w, Number(r.n)]) };
    }
    case "qna": {
      const rows = await client.$queryRaw<{ id: string; text: string; upvotes: number; answered: boolean }[]>`
        SELECT id::text, text, "upvoteCount" AS upvotes, ("answeredAt" IS NOT NULL) AS answered FROM "WorkshopEntry"
        WHERE "activityId" = ${a.id}::uuid AND approved AND NOT hidden ORDER BY "upvoteCount" DESC, "createdAt" ASC LIMIT 100`;
      return { total: rows.length, questions: rows };
    }
    case "open_question": {
      const total = await client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden`;
      return { total: Number(total[0]?.n ?? 0) };
    }
  }
}

export async function tallyResultsNow(a: ActivityForResults): Promise<ActivityResults> {
  return tallyResults(db, a);
}
