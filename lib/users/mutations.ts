import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { checkOwnPassword } from "@/lib/auth/second-factor";
import { endSignInsOf, markVerified } from "@/lib/auth/sessions";
import { assertAdmin } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isRecordNotFound } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import type { Role } from "@/lib/auth/permissions";
import type { CreateUserInput } from "./schemas";

export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  assertAdmin(actor);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError("INVALID", "common.errors.invalid", { email: ["users.errors.emailTaken"] });
      }
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, isAdmin: input.isAdmin },
      });
      await recordAudit(
        tx,
        actor,
        "user.created",
        { type: "user", id: user.id },
        created({ name: user.name, email: user.email, isAdmin: user.isAdmin }),
      );
      if (input.regencyId && input.role) {
        await tx.membership.create({ data: { userId: user.id, regencyId: input.regencyId, role: input.role } });
        await recordAudit(
          tx,
          actor,
          "membership.created",
          { type: "user", id: user.id, regencyId: input.regencyId },
          { role: [null, input.role] },
        );
      }
      return { id: user.id };
    }),
  );
}

export async function setUserDisabled(
  actor: Actor,
  input: { userId: string; version: number; disabled: boolean },
): Promise<void> {
  assertAdmin(actor);
  if (input.userId === actor.id) throw new AppError("INVALID", "users.errors.cannotDisableSelf");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { disabledAt: true } });
    if (!before) throw new AppError("NOT_FOUND");
    try {
      await tx.user.update({
        where: { id: input.userId, version: input.version },
        // the session version bump signs the user out everywhere at the next request
        data: {
          disabledAt: input.disabled ? new Date() : null,
          version: { increment: 1 },
          sessionVersion: { increment: 1 },
        },
      });
    } catch (e) {
      if (isRecordNotFound(e)) throw new AppError("CONFLICT");
      throw e;
    }
    if (input.disabled) await endSignInsOf(tx, input.userId);
    await recordAudit(
      tx,
      actor,
      input.disabled ? "user.disabled" : "user.enabled",
      { type: "user", id: input.userId },
      { disabled: [!!before.disabledAt, input.disabled] },
    );
  });
}

export async function resetPassword(actor: Actor, input: { userId: string; newPassword: string }): Promise<void> {
  assertAdmin(actor);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const user = await tx.user
      .update({
        where: { id: input.userId },
        data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      })
      .catch((e) => {
        if (isRecordNotFound(e)) throw new AppError("NOT_FOUND");
        throw e;
      });
    await endSignInsOf(tx, user.id);
    await recordAudit(tx, actor, "user.password_reset", { type: "user", id: user.id });
  });
}

export async function setMembership(
  actor: Actor,
  input: { userId: string; regencyId: string; role: Role },
): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.membership.findUnique({
      where: { userId_regencyId: { userId: input.userId, regencyId: input.regencyId } },
    });
    if (before?.role === input.role) return;
    // a user or regency gone meanwhile is "not found", not a foreign-key failure (an error page)
    const [user, regency] = await Promise.all([
      tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }),
      tx.regency.findUnique({ where: { id: input.regencyId }, select: { id: true } }),
    ]);
    if (!user || !regency) throw new AppError("NOT_FOUND");
    await tx.membership.upsert({
      where: { userId_regencyId: { userId: input.userId, regencyId: input.regencyId } },
      create: { userId: input.userId, regencyId: input.regencyId, role: input.role },
      update: { role: input.role },
    });
    await recordAudit(
      tx,
      actor,
      before ? "membership.role_changed" : "membership.created",
      { type: "user", id: input.userId, regencyId: input.regencyId },
      { role: [before?.role ?? null, input.role] },
    );
  });
}

export async function removeMembership(actor: Actor, input: { userId: string; regencyId: string }): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { userId_regencyId: input } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.membership.delete({ where: { id: before.id } });
    await recordAudit(
      tx,
      actor,
      "membership.removed",
      { type: "user", id: input.userId, regencyId: input.regencyId },
      { role: [before.role, null] },
    );
  });
}

/**
 * Under the sign-in limits (a stolen session must not become a password-guessing oracle). Ends
 * every other session; this one stays, freshly verified.
 */
export async function changeOwnPassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await checkOwnPassword(actor, input.currentPassword, "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, version: { increment: 1 } } });
    await endSignInsOf(tx, actor.id, actor.sessionId);
    await recordAudit(tx, actor, "user.password_changed", { type: "user", id: actor.id });
  });
  await markVerified(actor.sessionId);
}

/** The signed-in user's own NIP (lib/users/nip.ts), printed under their signature; null removes it. */
export async function updateOwnNip(actor: Actor, input: { nip: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { nip: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.nip === input.nip) return;
    await tx.user.update({ where: { id: actor.id }, data: { nip: input.nip, version: { increment: 1 } } });
    await recordAudit(tx, actor, "user.nip_changed", { type: "user", id: actor.id }, { nip: [before.nip, input.nip] });
  });
}
