import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// Every page of the portal the coordinator and the admin can open (taken from the navigation,
// so new sections are checked as they land), in Indonesian and English: no serious or critical
// axe violations.
async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

async function navLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav[aria-label] a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs)];
}

// Each (language, user) walk is its own test, run side by side on the free workers.
test.describe.configure({ mode: "parallel" });

for (const lang of ["id", "en"] as const) {
  test(`the login page is accessible (${lang})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "mekar-lang", value: lang, url: baseURL! }]);
    await page.goto("/login");
    expect(await seriousViolations(page), "/login").toEqual([]);
  });

  for (const email of ["koordinator@mekar.test", "admin@mekar.test"]) {
    test(`pages are accessible (${lang}, ${email})`, async ({ page, context, baseURL }) => {
      test.slow(); // a long walk: three times the default limit
      await context.addCookies([{ name: "mekar-lang", value: lang, url: baseURL! }]);
      await signedInAs(page, email);
      // the sections, then (for the coordinator, in Indonesian) each section's own tabs: the regency's pages, ISO's registers
      const deep = lang === "id" && email.startsWith("koordinator");
      const queue = [
        ...(await navLinks(page)),
        "/account",
        "/notifications",
        ...(deep ? ["/regencies/pangandaran"] : []),
      ];
      const seen = new Set<string>();
      while (queue.length && seen.size < 40) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        await page.goto(path);
        expect(await seriousViolations(page), `${email} ${path}`).toEqual([]);
        if (deep) for (const link of await navLinks(page)) if (!seen.has(link)) queue.push(link);
      }
    });
  }
}
