import type { Actor } from "@/lib/auth/actor";
import { created, recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toZonedInput } from "@/lib/publications/time";
import { optionList } from "./kinds";
import { tallyResults } from "./results";
import type { VerdictBody } from "./verdict-body";

// A ranking of issues becomes the workshop's verdict on each issue: its rank of n, Borda points,
// voters and spread, recorded beside the issue (IssueWorkshopVerdict, shown on its page as the
// suggested priority) and on its timeline (IssueUpdate "workshop_verdict"). Once per activity:
// the activity row is locked first, so two applies at once write one verdict; a second apply
// writes nothing. No actor-free path here: the seed passes the coordinator like the action does.

/**
 * Writes the verdicts of a closed ranking of issues (the caller authorized `issues.manage` in
 * the activity's regency). Returns how many issues got one (0: already applied).
 */
export async function writeRankingVerdict(
  tx: Tx,
  actor: Pick<Actor, "id" | "name"> & Partial<Actor>,
  activityId: string,
): Promise<{ applied: number }> {
  await tx.$executeRaw`SELECT 1 FROM "WorkshopActivity" WHERE id = ${activityId}::uuid FOR UPDATE`;
  const a = await tx.workshopActivity.findUnique({
    where: { id: activityId },
    include: {
      workshop: { select: { id: true, title: true, startsAt: true, regency: { select: { timeZone: true } } } },
    },
  });
  if (!a || !a.workshop) throw new AppError("NOT_FOUND");
  if (a.kind !== "ranking" || a.optionIssueIds.length === 0)
    throw new AppError("INVALID", "workshops.verdict.notIssues");
  if (a.state !== "closed") throw new AppError("INVALID", "workshops.verdict.closeFirst");
  if ((await tx.issueWorkshopVerdict.count({ where: { activityId: a.id } })) > 0) return { applied: 0 };
  const options = optionList(a.options);
  const ids = a.optionIssueIds;
  if (options.length !== ids.length) throw new AppError("INVALID", "workshops.verdict.notIssues");
  // an issue of another regency can never be an option; checked again here, where it would count
  const issues = await tx.issue.findMany({ where: { id: { in: ids }, regencyId: a.regencyId }, select: { id: true } });
  if (issues.length !== new Set(ids).size) throw new AppError("INVALID", "workshops.errors.issueOutsideRegency");
  const results = await tallyResults(tx, a);
  if (!results.total || !results.ranking?.length) throw new AppError("INVALID", "workshops.verdict.noVotes");

  const w = a.workshop;
  const date = toZonedInput(w.startsAt, w.regency.timeZone).slice(0, 10);
  const n = options.length;
  for (const [k, row] of results.ranking.entries()) {
    const issueId = ids[row.option];
    const verdict = {
      rank: k + 1,
      optionCount: n,
      points: row.points,
      voters: results.total,
      meanRank: row.meanRank,
      spread: row.spread,
    };
    await tx.issueWorkshopVerdict.create({
      data: {
        ...verdict,
        issueId,
        activityId: a.id,
        regencyId: a.regencyId,
        workshopId: w.id,
        workshopTitle: w.title,
        heldOn: new Date(`${date}T00:00:00Z`),
        appliedById: actor.id,
      },
    });
    const body: VerdictBody = {
      workshop: w.title,
      date,
      rank: verdict.rank,
      of: n,
      voters: verdict.voters,
      points: verdict.points,
      spread: verdict.spread,
    };
    await tx.issueUpdate.create({
      data: {
        issueId,
        kind: "workshop_verdict",
        body: JSON.stringify(body),
        authorId: actor.id,
        authorName: actor.name,
        isPublic: false,
      },
    });
    await recordAudit(
      tx,
      actor as Actor,
      "issue.workshop_verdict",
      { type: "issue", id: issueId, regencyId: a.regencyId },
      created({ workshopId: w.id, activityId: a.id, ...verdict }),
    );
  }
  await recordAudit(
    tx,
    actor as Actor,
    "workshop_activity.verdict_applied",
    { type: "workshop_activity", id: a.id, regencyId: a.regencyId },
    { issues: [null, results.ranking.map((r) => ids[r.option])], voters: [null, results.total] },
  );
  return { applied: n };
}
