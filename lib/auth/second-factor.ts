import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { verifyPassword } from "./password";
import { assertAdmin } from "./permissions";
import { beginLoginAttempt } from "./rate-limit";
import { REAUTH_REQUIRED, recentlyAuthenticated } from "./reauth";
import { mustUseSecondFactor } from "./second-factor-policy";
import { endSignInsOf, markVerified } from "./sessions";
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, normalizeCode } from "./totp";

const wrongCode = () => new AppError("INVALID", "common.errors.invalid", { code: ["auth.errors.codeWrong"] });
const tooMany = () => new AppError("RATE_LIMITED", "auth.errors.tooManyAttempts");

/**
 * Checks a TOTP code (or a one-time recovery code) under the sign-in limits: failures count
 * against the account and the address like wrong passwords. A TOTP code is accepted once: the
 * step it belongs to must be later than the last accepted one (checked and stored in one
 * UPDATE, so two requests racing with one code cannot both pass).
 */
export async function verifySecondFactor(
  user: { id: string; email: string; name: string },
  rawCode: string,
  ip: string,
  now: number = Date.now(),
): Promise<"totp" | "recovery"> {
  const attempt = await beginLoginAttempt(user.email, ip);
  if (!attempt) throw tooMany();
  const code = normalizeCode(rawCode);
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpSecret: true } });
  if (!row?.totpSecret) throw wrongCode();
  let kind: "totp" | "recovery" | null = null;
  if (/^\d{6}$/.test(code)) {
    const step = matchTotpStep(row.totpSecret, code, now);
    if (step !== null) {
      const taken = await db.user.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      // a right code already used is no guess (it does not count as a failure), but no pass either
      if (taken.count === 0) {
        await attempt.succeeded();
        throw new AppError("INVALID", "common.errors.invalid", { code: ["auth.errors.codeReused"] });
      }
      kind = "totp";
    }
  } else if (code.length === 10) {
    kind = await db.$transaction(async (tx) => {
      const used = await tx.recoveryCode.updateMany({
        where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
        data: { usedAt: new Date() },
      });
      if (used.count !== 1) return null;
      await recordAudit(tx, { ...user, isAdmin: false, memberships: [], ip }, "user.recovery_code_used", {
        type: "user",
        id: user.id,
      });
      return "recovery" as const;
    });
  }
  if (!kind) throw wrongCode();
  await attempt.succeeded();
  return kind;
}

/** The secret being enrolled (made on first view, kept until confirmed so a reload shows the same QR code). */
export async function pendingTotpSecret(actor: Actor): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (user.totpEnabledAt) return null;
  if (user.totpPendingSecret) return user.totpPendingSecret;
  const secret = newTotpSecret();
  await db.user.update({ where: { id: actor.id }, data: { totpPendingSecret: secret } });
  return secret;
}

/** Confirms enrolment with a first code; returns the ten recovery codes (shown once, stored hashed). */
export async function confirmTotpEnrolment(actor: Actor, input: { code: string }): Promise<string[]> {
  // a borrowed session must not tie the account to someone else's phone: enrol within ten minutes
  // of a password check (a sign-in counts). Who must enrol first cannot open /account/confirm.
  if (!recentlyAuthenticated(actor))
    throw new AppError("FORBIDDEN", mustUseSecondFactor(actor) ? "auth.errors.enrolSignInAgain" : REAUTH_REQUIRED);
  const ip = actor.ip ?? "unknown";
  const attempt = await beginLoginAttempt(actor.email, ip);
  if (!attempt) throw tooMany();
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (user.totpEnabledAt) throw new AppError("INVALID", "auth.errors.secondFactorAlreadyOn");
  const step = user.totpPendingSecret ? matchTotpStep(user.totpPendingSecret, normalizeCode(input.code)) : null;
  if (step === null || !user.totpPendingSecret) throw wrongCode();
  await attempt.succeeded();
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const done = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
      data: {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
        totpLastStep: step,
      },
    });
    if (done.count === 0) throw new AppError("CONFLICT");
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: actor.id, codeHash: hashRecoveryCode(c) })) });
    await recordAudit(tx, actor, "user.second_factor_enabled", { type: "user", id: actor.id });
  });
  await markVerified(actor.sessionId);
  return codes;
}

function clearSecondFactor(userId: string) {
  return {
    where: { id: userId },
    data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
  };
}

/** Turns one's own second factor off, with the password (not for those who must keep one). */
export async function disableOwnSecondFactor(actor: Actor, input: { password: string }): Promise<void> {
  if (mustUseSecondFactor(actor)) throw new AppError("FORBIDDEN", "auth.errors.secondFactorMandatory");
  await checkOwnPassword(actor, input.password, "password");
  await db.$transaction(async (tx) => {
    await tx.user.update(clearSecondFactor(actor.id));
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, actor, "user.second_factor_disabled", { type: "user", id: actor.id });
  });
}

/** An admin resets someone's second factor (a lost phone): they enrol again at their next sign-in. */
export async function resetSecondFactor(actor: Actor, input: { userId: string }): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { totpEnabledAt: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.user.update(clearSecondFactor(input.userId));
    await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    // whoever holds the lost phone's sessions is signed out too
    await endSignInsOf(tx, input.userId);
    await recordAudit(
      tx,
      actor,
      "user.second_factor_reset",
      { type: "user", id: input.userId },
      { secondFactor: [!!before.totpEnabledAt, false] },
    );
  });
}

/**
 * The current password under the sign-in limits (change password, disable the second factor,
 * re-authentication). `field` names the form field that gets the "wrong" message.
 */
export async function checkOwnPassword(actor: Actor, password: string, field: string): Promise<void> {
  const ip = actor.ip ?? "unknown";
  const attempt = await beginLoginAttempt(actor.email, ip);
  if (!attempt) throw tooMany();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  const ok = !!user && (await verifyPassword(user.passwordHash, password));
  if (ok) await attempt.succeeded();
  if (!ok) throw new AppError("INVALID", "common.errors.invalid", { [field]: ["auth.errors.currentPasswordWrong"] });
}

/** For /account: since when the second factor is on (null: off) and how many recovery codes are left. */
export async function mySecondFactor(actor: Actor): Promise<{ enabledAt: Date | null; recoveryCodesLeft: number }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft: user._count.recoveryCodes };
}
