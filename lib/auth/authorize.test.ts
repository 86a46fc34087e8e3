import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authorizeCredentials, TooManyAttempts } from "./authorize";
import {
  limitedAddress,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ACCOUNT_FROM_IP,
  MAX_FAILURES_PER_IP,
} from "./rate-limit";

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

  it("refuses one address after 10 failures on an account, even with the right password, and opens again after the window", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_FROM_IP; i++)
      expect(await login("pejabat@mekar.test", `salah-${i}`, "10.0.0.1")).toBeNull();
    await expect(login("pejabat@mekar.test", "mekar-demo", "10.0.0.1")).rejects.toBeInstanceOf(TooManyAttempts);
    // other accounts from that address are not affected
    expect(await login("humas@mekar.test", "mekar-demo", "10.0.0.1")).not.toBeNull();
    // the window passes
    await db.loginAttempt.updateMany({
      where: { email: "pejabat@mekar.test" },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    expect(await login("pejabat@mekar.test", "mekar-demo", "10.0.0.1")).toMatchObject({ email: "pejabat@mekar.test" });
  });

  it("failures from other addresses do not lock the owner out of their own", async () => {
    // one attacker, past their limit, and a few more addresses guessing
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_FROM_IP + 2; i++)
      await login("pejabat@mekar.test", `salah-${i}`, "198.51.100.66").catch(() => null);
    for (let i = 0; i < 5; i++) expect(await login("pejabat@mekar.test", `lagi-${i}`, `10.0.0.${i}`)).toBeNull();
    await expect(login("pejabat@mekar.test", "mekar-demo", "198.51.100.66")).rejects.toBeInstanceOf(TooManyAttempts);
    expect(await login("pejabat@mekar.test", "mekar-demo", "10.1.1.1")).toMatchObject({ email: "pejabat@mekar.test" });
  });

  it("stops a guesser spread over many addresses at the account-wide ceiling", async () => {
    const since = Date.now() - 60_000;
    // one failure short of the ceiling, each from its own address (written directly: the count is what matters)
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ACCOUNT - 1 }, (_, i) => ({
        email: "pejabat@mekar.test",
        ip: `172.16.${Math.floor(i / 250)}.${i % 250}`,
        success: false,
        createdAt: new Date(since),
      })),
    });
    expect(await login("pejabat@mekar.test", "salah", "172.17.0.1")).toBeNull(); // the ceiling-th guess is checked
    await expect(login("pejabat@mekar.test", "mekar-demo", "172.17.0.2")).rejects.toBeInstanceOf(TooManyAttempts);
    expect(await login("humas@mekar.test", "mekar-demo", "172.17.0.2")).not.toBeNull();
  });

  it("a refused attempt does not extend the lock", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_FROM_IP; i++)
      await login("pejabat@mekar.test", `salah-${i}`, "10.4.4.4");
    const before = await db.loginAttempt.count({ where: { email: "pejabat@mekar.test" } });
    for (let i = 0; i < 5; i++)
      await expect(login("pejabat@mekar.test", `terus-${i}`, "10.4.4.4")).rejects.toBeInstanceOf(TooManyAttempts);
    expect(await db.loginAttempt.count({ where: { email: "pejabat@mekar.test" } })).toBe(before);
    // once the counted failures leave the window, the address may try again at once
    await db.loginAttempt.updateMany({
      where: { email: "pejabat@mekar.test" },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    expect(await login("pejabat@mekar.test", "mekar-demo", "10.4.4.4")).toMatchObject({ email: "pejabat@mekar.test" });
  });

  it("a burst of parallel wrong passwords from one address gets no more checked than the limit", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) => login("pejabat@mekar.test", `salah-${i}`, "10.3.0.1")),
    );
    const checked = results.filter((r) => r.status === "fulfilled").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT_FROM_IP);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof TooManyAttempts)).toHaveLength(
      25 - checked,
    );
  });

  it("counts an IPv6 client by its /64, so stepping through its own addresses gets no extra guesses", async () => {
    expect(limitedAddress("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(limitedAddress("2001:0DB8:0001:0002:ffff:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(limitedAddress("::1")).toBe("0:0:0:0::/64");
    expect(limitedAddress("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(limitedAddress("192.0.2.7")).toBe("192.0.2.7");
    expect(limitedAddress("unknown")).toBe("unknown");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_FROM_IP; i++)
      expect(await login("pejabat@mekar.test", `salah-${i}`, `2001:db8:1:2::${i + 1}`)).toBeNull();
    await expect(login("pejabat@mekar.test", "mekar-demo", "2001:db8:1:2::ff")).rejects.toBeInstanceOf(TooManyAttempts);
    expect(await login("pejabat@mekar.test", "mekar-demo", "2001:db8:1:3::1")).toMatchObject({
      email: "pejabat@mekar.test",
    });
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
