import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "../helpers/axe";
import { signedInAs } from "../helpers/sessions";

// No serious or critical axe violations. The Indonesian portal is checked page by page inside the
// 360 px phone sweep (phone-width.spec.ts: one page load serves both checks, and that walk goes
// deeper than the navigation). Here: the login page in both languages, and every page of the
// English portal the coordinator and the admin reach from the navigation, on a desktop.

async function navLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav[aria-label] a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs)];
}

// Each walk is its own test, run side by side on the free workers.
test.describe.configure({ mode: "parallel" });

for (const lang of ["id", "en"] as const) {
  test(`the login page is accessible (${lang})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "mekar-lang", value: lang, url: baseURL! }]);
    await page.goto("/login");
    expect(await seriousViolations(page), "/login").toEqual([]);
  });
}

for (const email of ["koordinator@mekar.test", "admin@mekar.test"]) {
  test(`pages are accessible (en, ${email})`, async ({ page, context, baseURL }) => {
    test.slow(); // a long walk: three times the default limit
    await context.addCookies([{ name: "mekar-lang", value: "en", url: baseURL! }]);
    await signedInAs(page, email);
    const queue = [...(await navLinks(page)), "/account", "/notifications"];
    const seen = new Set<string>();
    while (queue.length && seen.size < 40) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      await page.goto(path);
      expect(await seriousViolations(page), `${email} ${path}`).toEqual([]);
    }
  });
}
