import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveVersioned } from "@/lib/versioned";
import type { SetGapThresholdInput } from "./schemas";

/** The coordinator's gap threshold: a versioned edit of the regency, audited with old → new. */
export async function setGapThreshold(actor: Actor, input: SetGapThresholdInput): Promise<void> {
  assertMemberCan(actor, "culture.manage", input.regencyId);
  await db.$transaction(async (tx) => {
    const before = await tx.regency.findUnique({
      where: { id: input.regencyId },
      select: { version: true, cultureGapThreshold: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    await saveVersioned(tx, actor, {
      version: input.version,
      before,
      after: { cultureGapThreshold: input.cultureGapThreshold },
      fields: ["cultureGapThreshold"],
      write: () =>
        tx.regency.update({
          where: { id: input.regencyId, version: input.version },
          data: { cultureGapThreshold: input.cultureGapThreshold, version: { increment: 1 } },
        }),
      action: "regency.updated",
      entity: { type: "regency", id: input.regencyId, regencyId: input.regencyId },
    });
  });
}
