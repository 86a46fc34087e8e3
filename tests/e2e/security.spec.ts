import { expect, test } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";
import { confirmIdentity, signIn } from "../helpers/sign-in";

test.describe("hardening", () => {
  test("every page carries a nonce CSP and the other security headers, and nothing violates the CSP", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto("/login");
    const h = res!.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"]).toBeUndefined();
    await signedInAs(page, "admin@mekar.test");
    for (const path of ["/dashboard", "/admin/users", "/audit", "/account"]) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
    }
    // the client runtime really runs under the CSP: a client-side form message appears
    await page.goto("/account");
    await page.getByLabel("Kata sandi saat ini").fill("salah");
    await page.getByLabel(/^Kata sandi baru/).fill("pendek");
    await page.getByLabel("Ulangi kata sandi baru").fill("lain");
    await page.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(page.getByText("Kata sandi minimal 10 karakter.")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the session cookie is httpOnly and SameSite", async ({ page, context }) => {
    await signIn(page, "humas@mekar.test");
    const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });

  test("a forged X-Forwarded-For does not get around the login limit", async ({ page }) => {
    const email = `tamu.${Date.now()}@mekar.test`;
    for (let i = 0; i < 10; i++) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i + 1}` });
      await page.goto("/login"); // a fresh form each time: React resets a submitted form
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Kata sandi").fill(`tebakan-${i}`);
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
    }
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.99" });
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill("tebakan-lagi");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("Terlalu banyak percobaan, coba lagi nanti.")).toBeVisible();
  });

  test("a participant's post from another site is refused even with the participant cookie", async ({ page }) => {
    await page.goto("/join/ISUPGD");
    await page.getByLabel("Nama").fill("Asep Saepudin");
    await page.getByLabel("Instansi").fill("Dinas Perhubungan");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByRole("heading", { name: "Lokakarya Koordinasi Pengelolaan Isu Strategis" })).toBeVisible();
    // page.request carries the page's cookies; only the Origin differs
    const data = {
      activityId: "00000000-0000-4000-8000-000000000000",
      clientId: crypto.randomUUID(),
      text: "dari situs lain",
    };
    for (const path of ["/api/workshops/join/ISUPGD/submit", "/api/workshops/join/ISUPGD/upvote", "/join/ISUPGD"]) {
      const evil = await page.request.post(path, {
        form: data,
        headers: { Origin: "https://situs-lain.example" },
        maxRedirects: 0,
      });
      expect(evil.status(), path).toBe(403);
      const none = await page.request.post(path, { form: data, maxRedirects: 0 });
      expect(none.status(), `${path} without Origin`).toBe(403);
    }
    // the same post from our own origin reaches the handler (an unknown activity is its own answer, not 403)
    const own = await page.request.post("/api/workshops/join/ISUPGD/submit", {
      form: data,
      headers: { Origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(own.status()).not.toBe(403);
  });

  test("health answers ok while the database answers", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    // and whether this instance runs the background sweeps (the one holding the lease)
    expect(await res.json()).toEqual({ status: "ok", sweepLeader: expect.any(Boolean) });
  });

  test("a disabled account is signed out at its next request", async ({ page, browser }) => {
    const email = `sementara.${Date.now()}@mekar.test`;
    await signedInAs(page, "admin@mekar.test");
    await page.goto("/admin/users");
    await confirmIdentity(page); // user management asks for a password checked in the last 10 minutes
    await page.getByLabel("Nama lengkap").fill("Staf Sementara");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi awal").fill("sementara-2026");
    await page.getByRole("button", { name: "Tambah pengguna" }).click();
    await expect(page.getByText(`Pengguna ${email} berhasil dibuat.`)).toBeVisible();

    const ctx = await browser.newContext();
    const user = await ctx.newPage();
    await signIn(user, email, "sementara-2026");

    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    await page.getByRole("link", { name: "Staf Sementara" }).click();
    await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
    await expect(page.getByText("Akun dinonaktifkan; pengguna langsung keluar.")).toBeVisible();

    await user.goto("/account");
    await expect(user).toHaveURL(/\/login/);
    await ctx.close();
  });
});
