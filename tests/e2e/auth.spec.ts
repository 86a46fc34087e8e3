import { expect, test } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";
import { confirmIdentity, DEMO_PASSWORD, DEMO_TOTP_SECRET, enterCode, signIn } from "../helpers/sign-in";

test.describe("login and access", () => {
  test("the login page speaks Bahasa Indonesia and a coordinator reaches the Pangandaran workspace", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Masuk ke Mekar" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await signIn(page, "koordinator@mekar.test");
    await expect(page.getByRole("banner")).toContainText("Pangandaran");
  });

  test("a wrong password gets one clear message and no hint about the account", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("koordinator@mekar.test");
    await page.getByLabel("Kata sandi").fill("salah-sekali");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    // an unknown email gets exactly the same message
    await page.getByLabel("Email").fill("tidak-ada@mekar.test");
    await page.getByLabel("Kata sandi").fill("salah-sekali");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
  });

  // Issue 17: on a weak link the sign-in page is plain HTML (scripts/lib/lean-html.ts), and the
  // framework comes while the official types, for the first portal page after it.
  test("the sign-in page comes without the framework, takes one post per click, and leaves the framework in the cache for the portal", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: "id-ID", serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const prefetched = new Set<string>();
    const cachedScripts = new Set<string>();
    cdp.on("Network.responseReceived", (e) => {
      const path = new URL(e.response.url).pathname;
      if (!path.startsWith("/_next/static/") || !path.endsWith(".js")) return;
      if (e.type === "Script" && (e.response.fromPrefetchCache || e.response.fromDiskCache)) cachedScripts.add(path);
    });
    // a <link rel="prefetch"> is a request of type Other (a script the page runs: Script)
    cdp.on("Network.requestWillBeSent", (e) => {
      const path = new URL(e.request.url).pathname;
      if (e.type === "Other" && path.startsWith("/_next/static/") && path.endsWith(".js")) prefetched.add(path);
    });
    const scriptsBeforeLoad: string[] = [];
    const onRequest = (r: import("@playwright/test").Request) => {
      if (r.resourceType() === "script") scriptsBeforeLoad.push(r.url());
    };
    page.on("request", onRequest);
    const answer = await page.goto("/login", { waitUntil: "load" });
    page.off("request", onRequest);
    const html = await answer!.text();
    expect(html).not.toMatch(/<script[^>]*\ssrc="\/_next\//);
    expect(html).not.toContain("__next_f.push"); // no flight payload
    expect(scriptsBeforeLoad).toEqual([]);
    // after the load event: the framework's files, fetched at idle priority
    await expect.poll(() => prefetched.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await page.waitForLoadState("networkidle");

    // a double click on a slow link: one post, and the button says it is working
    let posts = 0;
    await page.route("**/login", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      posts++;
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.getByLabel("Email").fill("koordinator@mekar.test");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    // what the button says as each click is sent (a locator would wait for the navigation)
    const pressed: string[] = [];
    await page.exposeFunction("reportSubmit", (state: string) => pressed.push(state));
    await page.evaluate(() =>
      document.addEventListener("submit", () =>
        setTimeout(() => {
          const b = document.querySelector('form[data-pending-label] button[type="submit"]');
          (window as unknown as { reportSubmit: (s: string) => void }).reportSubmit(
            `${b?.textContent} ${b?.getAttribute("aria-disabled")}`,
          );
        }),
      ),
    );
    await page.getByRole("button", { name: "Masuk" }).dblclick();
    await page.waitForURL(/\/login\/code/);
    expect(pressed).toEqual(["Memproses… true", "Memproses… true"]);
    expect(posts).toBe(1);
    await page.unroute("**/login");
    await enterCode(page, DEMO_TOTP_SECRET);
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(page.getByRole("banner")).toContainText("Pangandaran");
    // the portal's first page ran the framework the sign-in page had fetched, from the cache
    const fromCache = [...prefetched].filter((p) => cachedScripts.has(p));
    expect(fromCache.length, `prefetched ${[...prefetched].join(", ")}`).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  test("signing in works without JavaScript: a wrong password says so, the right one with its code reaches the portal", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: "id-ID", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login?next=/issues");
    await page.getByLabel("Email").fill("koordinator@mekar.test");
    await page.getByLabel("Kata sandi").fill("salah-sekali");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("koordinator@mekar.test");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/login\/code/);
    await enterCode(page, DEMO_TOTP_SECRET);
    await expect(page).toHaveURL(/\/issues$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await context.close();
  });

  test("logout ends the session", async ({ page }) => {
    // a session of its own: logging out a saved session would sign every later spec out
    await signIn(page, "pejabat@mekar.test");
    await page.locator("summary", { hasText: "menu akun" }).click();
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the language switch turns the interface to English and remembers it", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "en", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Mekar" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Password")).toBeVisible();
    await page.getByRole("button", { name: "id", exact: true }).click();
    await expect(page.getByLabel("Kata sandi")).toBeVisible();
  });

  test("switching language stays on the page, also after moving around without reloads", async ({ page }) => {
    await signedInAs(page, "humas@mekar.test");
    // a client-side move: the shell (a layout) is not rendered again
    await page.locator("nav[aria-label]:visible").getByRole("link", { name: "Isu Strategis" }).first().click();
    await expect(page).toHaveURL(/\/issues$/);
    await page.getByRole("button", { name: "en", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/issues$/);
    await page.goto("/issues?stage=monitoring");
    await page.getByRole("button", { name: "id", exact: true }).click();
    await expect(page).toHaveURL(/\/issues\?stage=monitoring$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
  });

  test("an admin creates a user who then signs in; an official cannot reach admin pages or actions", async ({
    page,
    browser,
  }) => {
    const email = `camat.${Date.now()}@mekar.test`;
    await signedInAs(page, "admin@mekar.test");
    await page.goto("/admin/users");
    await confirmIdentity(page); // user management asks for a password checked in the last 10 minutes
    await page.getByLabel("Nama lengkap").fill("Camat Parigi");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi awal").fill("parigi-2026-aman");
    await page.getByLabel("Kabupaten/kota").selectOption({ label: "Kabupaten Pangandaran" });
    await page.getByLabel("Peran").selectOption({ label: "Pejabat" });
    await page.getByRole("button", { name: "Tambah pengguna" }).click();
    await expect(page.getByText(`Pengguna ${email} berhasil dibuat.`)).toBeVisible();
    // the action's id, as any browser that loaded the form could read it
    const actionField = await page.locator('form input[type=hidden][name^="$ACTION_ID_"]').first().getAttribute("name");

    const other = await browser.newContext();
    const newUser = await other.newPage();
    await signIn(newUser, email, "parigi-2026-aman");
    await expect(newUser.getByRole("banner")).toContainText("Pangandaran");
    await other.close();

    const officialContext = await browser.newContext();
    const official = await officialContext.newPage();
    await signedInAs(official, "pejabat@mekar.test");
    await expect(official.getByRole("link", { name: "Pengguna" })).toHaveCount(0);
    const res = await official.goto("/admin/users");
    expect(res?.status()).toBe(404);
    // calling the create-user action directly is refused and creates nothing
    const sneaky = `sneaky.${Date.now()}@mekar.test`;
    if (actionField) {
      const post = await official.request.post("/admin/users", {
        multipart: {
          [actionField]: "",
          idempotencyKey: crypto.randomUUID(),
          name: "Penyusup",
          email: sneaky,
          password: DEMO_PASSWORD + "-x",
        },
        headers: { Origin: new URL(official.url()).origin },
      });
      expect(post.status()).toBeLessThan(500);
    }
    await officialContext.close();
    await page.goto(`/admin/users?q=${encodeURIComponent(sneaky)}`);
    await expect(page.getByText("Tidak ada pengguna yang cocok.")).toBeVisible();
  });
});
