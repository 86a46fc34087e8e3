import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "./password";
import { MAX_FAILURES_PER_ACCOUNT_FROM_IP } from "./rate-limit";
import { confirmTotpEnrolment, pendingTotpSecret, verifySecondFactor } from "./second-factor";
import { completeSignIn, passSecondFactor, startSignIn } from "./sign-in";
import { endSession, liveSession } from "./sessions";
import { newTotpSecret, totpCode, totpStep } from "./totp";
import type { Actor } from "./actor";

const IP = "10.20.30.40";
const headers = new Headers({ "x-mekar-client-ip": IP, "user-agent": "vitest" });

async function userWithTotp() {
  const secret = newTotpSecret();
  const email = `totp-${randomUUID()}@mekar.test`;
  const user = await db.user.create({
    data: {
      email,
      name: "Uji TOTP",
      passwordHash: await hashPassword("kata-sandi-uji"),
      totpSecret: secret,
      totpEnabledAt: new Date(),
    },
    select: { id: true, email: true, name: true },
  });
  return { user, secret };
}
const asActor = (u: { id: string; email: string; name: string }): Actor => ({
  ...u,
  isAdmin: false,
  memberships: [],
  ip: IP,
  userAgent: "vitest",
  verifiedAt: new Date(), // as just after sign-in
});

describe("second factor", () => {
  beforeEach(async () => {
    await db.loginAttempt.deleteMany({});
  });

  it("accepts a code once: the same code again, or one of an earlier step, is refused as reused", async () => {
    const { user, secret } = await userWithTotp();
    const at = Date.now(); // one clock for the whole test, so a step boundary cannot interfere
    const now = totpStep(at);
    expect(await verifySecondFactor(user, totpCode(secret, now), IP, at)).toBe("totp");
    await expect(verifySecondFactor(user, totpCode(secret, now), IP, at)).rejects.toMatchObject({
      fieldErrors: { code: ["auth.errors.codeReused"] },
    });
    await expect(verifySecondFactor(user, totpCode(secret, now - 1n), IP, at)).rejects.toMatchObject({
      fieldErrors: { code: ["auth.errors.codeReused"] },
    });
    // the next step's code (the phone a little ahead) is still good once
    expect(await verifySecondFactor(user, totpCode(secret, now + 1n), IP, at)).toBe("totp");
    const wrong = ["000000", "111111", "222222", "333333"].find(
      (c) => ![now - 1n, now, now + 1n].some((s) => totpCode(secret, s) === c),
    )!;
    await expect(verifySecondFactor(user, wrong, IP, at)).rejects.toMatchObject({
      fieldErrors: { code: ["auth.errors.codeWrong"] },
    });
  });

  it("shows ten recovery codes once at enrolment; each works once", async () => {
    const email = `enrol-${randomUUID()}@mekar.test`;
    const u = await db.user.create({
      data: { email, name: "Uji Daftar", passwordHash: await hashPassword("kata-sandi-uji") },
      select: { id: true, email: true, name: true },
    });
    const actor = asActor(u);
    const secret = (await pendingTotpSecret(actor))!;
    expect(await pendingTotpSecret(actor)).toBe(secret); // a reload shows the same QR code
    await expect(confirmTotpEnrolment(actor, { code: "12345" })).rejects.toMatchObject({
      fieldErrors: { code: ["auth.errors.codeWrong"] },
    });
    const codes = await confirmTotpEnrolment(actor, { code: totpCode(secret) });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: u.id } });
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]); // hashed, never the code itself
    expect(await verifySecondFactor(u, codes[0].toUpperCase(), IP)).toBe("recovery");
    await expect(verifySecondFactor(u, codes[0], IP)).rejects.toMatchObject({
      fieldErrors: { code: ["auth.errors.codeWrong"] },
    });
    expect(await verifySecondFactor(u, codes[1], IP)).toBe("recovery");
  });

  it("enrols only within ten minutes of a password check: a borrowed session cannot tie the account to a phone", async () => {
    const u = await db.user.create({
      data: { email: `late-${randomUUID()}@mekar.test`, name: "Uji Lambat", passwordHash: "x" },
      select: { id: true, email: true, name: true },
    });
    const stale = { ...asActor(u), verifiedAt: new Date(Date.now() - 11 * 60_000) };
    const secret = (await pendingTotpSecret(stale))!;
    await expect(confirmTotpEnrolment(stale, { code: totpCode(secret) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "auth.reauth.required",
    });
    // an admin or coordinator (led here before anything else) is told to sign in again instead
    await expect(confirmTotpEnrolment({ ...stale, isAdmin: true }, { code: totpCode(secret) })).rejects.toMatchObject({
      message: "auth.errors.enrolSignInAgain",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { totpEnabledAt: true } })).toEqual({
      totpEnabledAt: null,
    });
  });

  it("a burst of parallel guesses gets no more tries than the limit", async () => {
    const { user } = await userWithTotp();
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => verifySecondFactor(user, String(100000 + i), IP)),
    );
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code?: string }).code : "passed"));
    expect(codes.filter((c) => c === "INVALID").length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT_FROM_IP);
    expect(codes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThanOrEqual(
      30 - MAX_FAILURES_PER_ACCOUNT_FROM_IP,
    );
  });

  it("limits wrong codes like wrong passwords, even before a right one; another address is not locked out", async () => {
    const { user, secret } = await userWithTotp();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_FROM_IP; i++)
      await expect(verifySecondFactor(user, "99999" + (i % 10), "10.9.0.1")).rejects.toMatchObject({
        code: "INVALID",
      });
    await expect(verifySecondFactor(user, totpCode(secret), "10.9.0.1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await verifySecondFactor(user, totpCode(secret), IP)).toBe("totp");
  });

  it("gives no session for a password alone when the user has a second factor; one session per passed challenge", async () => {
    const { user, secret } = await userWithTotp();
    const { token, needsCode } = await startSignIn(user.id);
    expect(needsCode).toBe(true);
    expect(await completeSignIn({ challenge: token }, headers)).toBeNull();
    const second = await startSignIn(user.id);
    await passSecondFactor(second.token, totpCode(secret), IP);
    const signedIn = await completeSignIn({ challenge: second.token }, headers);
    expect(signedIn).toMatchObject({ id: user.id });
    expect(await completeSignIn({ challenge: second.token }, headers)).toBeNull();
    // logout ends the session on the server: its id no longer opens anything
    expect(await liveSession(signedIn!.sessionId)).not.toBeNull();
    await endSession(signedIn!.sessionId);
    expect(await liveSession(signedIn!.sessionId)).toBeNull();
  });
});
