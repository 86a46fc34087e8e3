import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeRankingVerdict } from "./verdict";

/** The coordinator applies a closed ranking of issues as the workshop's suggested priority. */
export async function applyRankingVerdict(actor: Actor, input: { activityId: string }): Promise<{ applied: number }> {
  return db.$transaction(async (tx) => {
    const a = await tx.workshopActivity.findUnique({ where: { id: input.activityId }, select: { regencyId: true } });
    if (!a) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "issues.manage", a.regencyId);
    return writeRankingVerdict(tx, actor, input.activityId);
  });
}
