import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authorizeCredentials, TooManyAttempts } from "./authorize";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "./rate-limit";

const headersFrom = (ip: string) => new Headers({ "x-mekar-client-ip": ip });
const login = (email: string, password: string, ip = "10.9.8.7") =>
  authorizeCredentials({ email, password }, headersFrom(ip));

describe("sign-in", () => {
  beforeEach(async () => {
    await db.loginAttempt.deleteMany({});
  });

  it("accepts the right password (email case-insensitive) and refuses a wrong one or an unknown email alike", async () => {
    expect(await login("KOORDINATOR@mekar.test", "mekar-demo")).toMatchObject({ email: "koordinator@mekar.test" });
    expect(await login("koordinator@mekar.test", "salah")).toBeNull();
    expect(await login("tidak.ada@mekar.test", "mekar-demo")).toBeNull();
  });

  it("locks an account after 10 failures in 15 minutes, even with the right password, and opens again after the window", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect(await login("pejabat@mekar.test", `salah-${i}`, `10.0.0.${i}`)).toBeNull();
    await expect(login("pejabat@mekar.test", "mekar-demo", "10.1.1.1")).rejects.toBeInstanceOf(TooManyAttempts);
    // other accounts are not affected
    expect(await login("humas@mekar.test", "mekar-demo", "10.1.1.1")).not.toBeNull();
    // the window passes
    await db.loginAttempt.updateMany({
      where: { email: "pejabat@mekar.test" },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    expect(await login("pejabat@mekar.test", "mekar-demo", "10.1.1.1")).toMatchObject({ email: "pejabat@mekar.test" });
  });

  it("a burst of parallel wrong passwords gets no more checked than the limit", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) => login("pejabat@mekar.test", `salah-${i}`, `10.3.0.${i}`)),
    );
    const checked = results.filter((r) => r.status === "fulfilled").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof TooManyAttempts)).toHaveLength(
      25 - checked,
    );
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await login(`orang${i}@mekar.test`, "salah", "203.0.113.5");
    await expect(login("koordinator@mekar.test", "mekar-demo", "203.0.113.5")).rejects.toBeInstanceOf(TooManyAttempts);
    expect(await login("koordinator@mekar.test", "mekar-demo", "203.0.113.6")).not.toBeNull();
  });

  it("refuses a disabled account with the same answer as a wrong password", async () => {
    const u = await db.user.update({ where: { email: "fasilitator@mekar.test" }, data: { disabledAt: new Date() } });
    try {
      expect(await login(u.email, "mekar-demo")).toBeNull();
    } finally {
      await db.user.update({ where: { id: u.id }, data: { disabledAt: null } });
    }
  });
});
