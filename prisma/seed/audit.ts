import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";

/**
 * The audit trail of the demo: the seeded records were written straight to the database, so the
 * trail starts with what the seeded timeline says happened — each issue's stage moves and
 * progress updates, by their authors — written through recordAudit like any change (the database
 * chains and seals them; their time is the seed's, as the trigger allows no other).
 */
export async function seedAudit(db: PrismaClient) {
  const updates = await db.issueUpdate.findMany({
    where: { kind: { in: ["note", "stage"] }, issue: { triage: "accepted" } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      percentDone: true,
      fromStage: true,
      toStage: true,
      authorName: true,
      issue: { select: { id: true, regencyId: true } },
    },
  });
  // the seeded timeline names its authors; those with an account are linked to it
  const userIdByName = new Map(
    (await db.user.findMany({ select: { id: true, name: true } })).map((u) => [u.name, u.id]),
  );
  const progress = new Map<string, number>();
  await db.$transaction(async (tx) => {
    for (const u of updates) {
      const actor = { id: userIdByName.get(u.authorName) ?? null, name: u.authorName } as unknown as Actor;
      const entity = { type: "issue", id: u.issue.id, regencyId: u.issue.regencyId };
      if (u.kind === "stage" && u.fromStage && u.toStage) {
        await recordAudit(tx, actor, "issue.stage_changed", entity, { stage: [u.fromStage, u.toStage] });
      } else {
        const before = progress.get(u.issue.id) ?? 0;
        const changes: Record<string, unknown> = { updateId: [null, u.id] };
        if (u.percentDone !== null && u.percentDone !== before) changes.percentDone = [before, u.percentDone];
        await recordAudit(tx, actor, "issue.update_added", entity, changes);
      }
      if (u.percentDone !== null) progress.set(u.issue.id, u.percentDone);
    }
  });
}
