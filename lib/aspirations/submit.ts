import "server-only";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { notify } from "@/lib/notifications/notify";
import { coordinatorUserIds } from "@/lib/regencies/coordinators";
import { newTrackingCode } from "./code";
import { deadlineFrom } from "./deadlines";
import { assertWithinLimits } from "./limits";
import type { StoredPhoto } from "./photo";
import type { SubmitAspirationInput } from "./schemas";

export type PublicSubmission = SubmitAspirationInput & {
  regencySlug: string;
  senderHash: string;
  /** Already re-encoded and stored (photo.ts), or none. */
  photo?: StoredPhoto | null;
};

/**
 * A citizen's aspiration from a public page, without an account. The honeypot refuses a bot (a
 * person never sees the field); the limits refuse a flood (limits.ts); the idempotency key of the
 * rendered form makes a double submit one aspiration. It starts "received" with the first-response
 * deadline running, is audited (actor: nobody) and the coordinators are told, in one transaction.
 * Returns the tracking code; the issue must be a public one of the same regency.
 */
export async function submitAspiration(input: PublicSubmission, now = new Date()): Promise<{ code: string }> {
  if (input.website) throw new AppError("INVALID", "aspirations.public.errors.refused");
  const regency = await db.regency.findUnique({
    where: { slug: input.regencySlug },
    select: { id: true, timeZone: true, aspirationFirstResponseDays: true },
  });
  if (!regency) throw new AppError("NOT_FOUND");
  const issue = input.issue
    ? await db.issue.findFirst({
        where: { regencyId: regency.id, number: input.issue, isPublic: true, triage: "accepted" },
        select: { id: true, number: true },
      })
    : null;
  if (input.issue && !issue) throw new AppError("NOT_FOUND");
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) =>
        once(tx, input.idempotencyKey, null, async () => {
          await assertWithinLimits(tx, regency.id, input.senderHash, now);
          const code = newTrackingCode();
          const deadline = deadlineFrom(now, regency.aspirationFirstResponseDays, regency.timeZone);
          const a = await tx.aspiration.create({
            data: {
              regencyId: regency.id,
              code,
              issueId: issue?.id ?? null,
              category: input.category,
              text: input.text,
              senderName: input.senderName,
              senderContact: input.senderContact,
              photoStorageKey: input.photo?.storageKey ?? null,
              photoSizeBytes: input.photo?.sizeBytes ?? null,
              photoWidth: input.photo?.width ?? null,
              photoHeight: input.photo?.height ?? null,
              photoWidths: input.photo?.widths ?? [],
              senderHash: input.senderHash,
              ...deadline,
              createdAt: now,
              events: { create: { kind: "status", status: "received", isPublic: true, createdAt: now } },
            },
            select: { id: true },
          });
          await recordAudit(
            tx,
            null,
            "aspiration.received",
            { type: "aspiration", id: a.id, regencyId: regency.id },
            // no personal data in the audit trail: whether it was given, not what
            created({
              code,
              category: input.category,
              issue: issue?.number ?? null,
              named: !!input.senderName,
              contact: !!input.senderContact,
              photo: !!input.photo,
              dueAt: deadline.dueAt,
            }),
          );
          await notify(tx, await coordinatorUserIds(tx, regency.id), {
            kind: "aspirations.received",
            regencyId: regency.id,
            link: `/aspirations/${a.id}`,
            params: { category: input.category, code },
          });
          return { code };
        }),
      );
    } catch (e) {
      // a code taken already (one in 10¹⁷): draw again
      if (isUniqueViolation(e) && attempt < 3) continue;
      throw e;
    }
  }
}
