import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT_FROM_IP } from "@/lib/auth/rate-limit";
import { changeOwnPassword, createUser, resetPassword, setMembership, setUserDisabled } from "./mutations";
import { getUser, listUsers } from "./queries";
import { completeSignIn, passSecondFactor, startSignIn } from "@/lib/auth/sign-in";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { hashPassword } from "@/lib/auth/password";

const input = (
  email: string,
  extra: Partial<Parameters<typeof createUser>[1]> = {},
): Parameters<typeof createUser>[1] => ({
  idempotencyKey: randomUUID(),
  name: "Camat Cijulang",
  email,
  password: "cijulang-2026!",
  isAdmin: false,
  regencyId: undefined,
  role: undefined,
  ...extra,
});

describe("user administration", () => {
  it("an admin creates a user: one audit event for the user, one for the membership, no secret in them", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await lastAuditSeq();
    const pangandaran = await regencyId("pangandaran");
    const { id } = await createUser(
      admin,
      input(`camat.${Date.now()}@mekar.test`, { regencyId: pangandaran, role: "official" }),
    );
    const events = await auditSince(before);
    expect(events.map((e) => e.action)).toEqual(["user.created", "membership.created"]);
    expect(events[0]).toMatchObject({ entityId: id, actorId: admin.id, ip: "127.0.0.1" });
    expect(JSON.stringify(events, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).not.toMatch(
      /argon2|cijulang-2026/,
    );
    expect(events[1]).toMatchObject({ regencyId: pangandaran, changes: { role: [null, "official"] } });
    const stored = await db.user.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, "cijulang-2026!")).toBe(true);
  });

  it("a double-submitted create makes one user", async () => {
    const admin = await actorFor(DEMO.admin);
    const same = input(`ganda.${Date.now()}@mekar.test`);
    const [a, b] = await Promise.all([createUser(admin, same), createUser(admin, same)]);
    expect(a.id).toBe(b.id);
    expect(await db.user.count({ where: { email: same.email } })).toBe(1);
  });

  it("rejects a taken email with a field message and changes nothing", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await lastAuditSeq();
    const err = await createUser(admin, input(DEMO.official)).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors).toEqual({ email: ["users.errors.emailTaken"] });
    expect(await auditSince(before)).toHaveLength(0);
  });

  it("is refused to everyone but an admin", async () => {
    for (const email of [DEMO.coordinator, DEMO.official, DEMO.humas, DEMO.facilitator]) {
      const actor = await actorFor(email);
      await expect(createUser(actor, input(`x.${Date.now()}@mekar.test`))).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await listUsers(actor, {})).toBeNull();
      expect(await getUser(actor, actor.id)).toBeNull();
    }
  });

  it("disabling signs the user out (session version) and a stale version is rejected", async () => {
    const admin = await actorFor(DEMO.admin);
    const { id } = await createUser(admin, input(`nonaktif.${Date.now()}@mekar.test`));
    const u = await db.user.findUniqueOrThrow({ where: { id } });
    await setUserDisabled(admin, { userId: id, version: u.version, disabled: true });
    const after = await db.user.findUniqueOrThrow({ where: { id } });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(u.sessionVersion + 1);
    await expect(setUserDisabled(admin, { userId: id, version: u.version, disabled: false })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).disabledAt).not.toBeNull();
  });

  it("a password reset and a role change are audited with old → new and no secrets", async () => {
    const admin = await actorFor(DEMO.admin);
    const { id } = await createUser(admin, input(`ganti.${Date.now()}@mekar.test`));
    const malaka = await regencyId("malaka");
    const before = await lastAuditSeq();
    await resetPassword(admin, { userId: id, newPassword: "kata-sandi-baru-2026" });
    await setMembership(admin, { userId: id, regencyId: malaka, role: "humas" });
    await setMembership(admin, { userId: id, regencyId: malaka, role: "coordinator" });
    const events = await auditSince(before);
    expect(events.map((e) => [e.action, e.changes])).toEqual([
      ["user.password_reset", {}],
      ["membership.created", { role: [null, "humas"] }],
      ["membership.role_changed", { role: ["humas", "coordinator"] }],
    ]);
  });

  it("a membership for a user or regency that is gone is 'not found' (the form says so), not a database failure", async () => {
    const admin = await actorFor(DEMO.admin);
    const gone = "00000000-0000-4000-8000-000000000000";
    await expect(
      setMembership(admin, { userId: gone, regencyId: await regencyId("malaka"), role: "humas" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { id } = await createUser(admin, input(`hilang.${Date.now()}@mekar.test`));
    await expect(setMembership(admin, { userId: id, regencyId: gone, role: "humas" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("limits guesses of the current password on 'change password' like sign-in: after ten wrong ones even the right one waits", async () => {
    const admin = await actorFor(DEMO.admin);
    const email = `ganti.${Date.now()}@mekar.test`;
    const { id } = await createUser(admin, input(email));
    const me = { ...(await actorFor(email)), ip: "198.51.100.7" };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_FROM_IP; i++) {
      await expect(
        changeOwnPassword(me, { currentPassword: `tebakan-${i}`, newPassword: "baru-sekali-2026" }),
      ).rejects.toMatchObject({ fieldErrors: { currentPassword: ["auth.errors.currentPasswordWrong"] } });
    }
    await expect(
      changeOwnPassword(me, { currentPassword: "cijulang-2026!", newPassword: "baru-sekali-2026" }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash, "cijulang-2026!")).toBe(true);
  });
});

describe("half-done sign-ins", () => {
  it("a sign-in waiting for its code dies when the password changes or the account's sessions end", async () => {
    const secret = newTotpSecret();
    const user = await db.user.create({
      data: {
        email: `tantangan-${randomUUID()}@mekar.test`,
        name: "Uji Tantangan",
        passwordHash: await hashPassword("kata-sandi-uji"),
        totpSecret: secret,
        totpEnabledAt: new Date(),
      },
      select: { id: true, email: true, name: true },
    });
    const me = { ...user, isAdmin: false, memberships: [], ip: "10.7.7.7", verifiedAt: new Date() };
    const headers = new Headers({ "x-mekar-client-ip": "10.7.7.7" });
    // a password typed (by someone) before the change, waiting for its code
    const pending = await startSignIn(user.id);
    await changeOwnPassword(me, { currentPassword: "kata-sandi-uji", newPassword: "kata-sandi-baru-123" });
    await expect(passSecondFactor(pending.token, totpCode(secret), "10.7.7.7")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await completeSignIn({ challenge: pending.token }, headers)).toBeNull();
    // and after an admin's reset
    const again = await startSignIn(user.id);
    await resetPassword(await actorFor(DEMO.admin), { userId: user.id, newPassword: "kata-sandi-admin-123" });
    await expect(passSecondFactor(again.token, totpCode(secret), "10.7.7.7")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
