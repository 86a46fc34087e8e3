import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { notify } from "@/lib/notifications/notify";
import { coordinatorUserIds } from "@/lib/regencies/coordinators";
import { assertSameRegency } from "@/lib/regencies/references";
import { conflictIfStale } from "@/lib/versioned";
import { currentNegativeRun, NEGATIVE_RUN_LENGTH } from "./negative-run";
import type { CreateCoverageInput, UpdateCoverageInput } from "./schemas";

async function validIssues(tx: Tx, regencyId: string, ids: string[]) {
  await assertSameRegency(tx, regencyId, "issue", ids, "issueIds", "publications.errors.issueNotFound");
  return ids.length
    ? tx.issue.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, title: true } })
    : [];
}

/**
 * For each linked issue: when its newest coverage forms a negative run long enough, tell the
 * coordinator once per run (the dedupe key names the run's first item).
 */
async function flagNegativeRuns(
  tx: Tx,
  actor: Actor,
  regencyId: string,
  issues: { id: string; number: number; title: string }[],
) {
  for (const issue of issues) {
    const recent = await tx.mediaCoverage.findMany({
      where: { regencyId, issues: { some: { issueId: issue.id } } },
      orderBy: [{ publishedOn: "desc" }, { createdAt: "desc" }],
      take: 20,
      select: { id: true, sentiment: true },
    });
    const run = currentNegativeRun(recent);
    if (run.length < NEGATIVE_RUN_LENGTH) continue;
    await notify(
      tx,
      await coordinatorUserIds(tx, regencyId),
      {
        kind: "media.negative_run",
        regencyId,
        link: `/publications/media?issueId=${issue.id}`,
        params: { number: issue.number, title: issue.title, count: run.length },
        dedupeKey: `media.negative_run:${issue.id}:${run[run.length - 1].id}`,
      },
      actor.id,
    );
  }
}

export async function createCoverage(actor: Actor, input: CreateCoverageInput): Promise<{ id: string }> {
  assertCan(actor, "media.manage", input.regencyId);
  return db.$transaction(async (tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const issues = await validIssues(tx, input.regencyId, input.issueIds);
      const row = await tx.mediaCoverage.create({
        data: {
          regencyId: input.regencyId,
          outlet: input.outlet,
          mediaType: input.mediaType,
          url: input.url,
          publishedOn: input.publishedOn,
          headline: input.headline,
          sentiment: input.sentiment,
          reach: input.reach,
          notes: input.notes,
          createdById: actor.id,
          issues: { create: issues.map((i) => ({ issueId: i.id })) },
        },
      });
      await recordAudit(
        tx,
        actor,
        "media_coverage.created",
        { type: "media_coverage", id: row.id, regencyId: row.regencyId },
        created({
          outlet: row.outlet,
          headline: row.headline,
          sentiment: row.sentiment,
          publishedOn: row.publishedOn,
          url: row.url,
          reach: row.reach,
          issueIds: issues.map((i) => i.id),
        }),
      );
      await flagNegativeRuns(tx, actor, input.regencyId, issues);
      return { id: row.id };
    }),
  );
}

export async function updateCoverage(actor: Actor, input: UpdateCoverageInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.mediaCoverage.findUnique({
      where: { id: input.id },
      include: { issues: { select: { issueId: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "media.manage", before.regencyId);
    const issues = await validIssues(tx, before.regencyId, input.issueIds);
    const after = await conflictIfStale(() =>
      tx.mediaCoverage.update({
        where: { id: before.id, version: input.version },
        data: {
          outlet: input.outlet,
          mediaType: input.mediaType,
          url: input.url,
          publishedOn: input.publishedOn,
          headline: input.headline,
          sentiment: input.sentiment,
          reach: input.reach,
          notes: input.notes,
          version: { increment: 1 },
          issues: { deleteMany: {}, create: issues.map((i) => ({ issueId: i.id })) },
        },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "media_coverage.updated",
      { type: "media_coverage", id: before.id, regencyId: before.regencyId },
      diff(
        { ...before, issueIds: before.issues.map((i) => i.issueId).sort() },
        { ...after, issueIds: issues.map((i) => i.id).sort() },
        ["outlet", "mediaType", "url", "publishedOn", "headline", "sentiment", "reach", "notes", "issueIds"],
      ),
    );
    await flagNegativeRuns(tx, actor, before.regencyId, issues);
  });
}
