import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "../helpers/sessions";

// Issue 17 item 3, "a slow query shows progress": the portal has no loading.tsx (a segment's
// loading boundary answered 200 for missing records; README), so an in-app navigation says it is
// waiting itself (components/ui/link.tsx, components/ui/navigation-status.tsx): the clicked link
// is aria-busy, a bar runs across the top and "Memuat…" is shown and said, until the page arrives.
// The server's answer is held by the test (not delayed by a clock) and then let through.

test.use({ storageState: storageStateFor("koordinator@mekar.test"), viewport: { width: 390, height: 844 } });

/** Holds the server's answer to the in-app navigation to `pathname` until `release()`. */
async function holdNavigation(page: Page, pathname: string) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let requested!: () => void;
  const asked = new Promise<void>((r) => (requested = r));
  await page.route(
    (url) => url.pathname === pathname && url.searchParams.has("_rsc"),
    async (route) => {
      requested();
      await held;
      await route.continue();
    },
  );
  return { asked, release };
}

/** The page's script has taken over this link (React put its props on it). */
async function hydrated(link: Locator) {
  await expect.poll(() => link.evaluate((a) => Object.keys(a).some((k) => k.startsWith("__reactProps")))).toBe(true);
}

async function navigatesWithProgress(page: Page, link: Locator, pathname: string) {
  const status = page.locator("[data-navigation-status]");
  await hydrated(link);
  await expect(status.getByText("Memuat…")).toHaveCount(0);
  const hold = await holdNavigation(page, pathname);
  const from = page.url();
  await link.click();
  await hold.asked;
  // waiting for the server: the old page stays, and says it is loading
  await expect(status.getByText("Memuat…")).toBeVisible();
  await expect(link).toHaveAttribute("aria-busy", "true");
  expect(page.url()).toBe(from);
  hold.release();
  await expect(page).toHaveURL((url) => url.pathname === pathname);
  await expect(status.getByText("Memuat…")).toHaveCount(0);
  await page.unroute((url) => url.pathname === pathname && url.searchParams.has("_rsc"));
}

test("the main navigation and a list link show 'Memuat…' while the next page is on its way, and not after", async ({
  page,
}) => {
  await page.goto("/dashboard");
  await page.locator("header details summary").first().click(); // the phone's ☰ menu
  await navigatesWithProgress(page, page.locator('header nav a[href="/issues"]'), "/issues");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("header nav").first()).toBeHidden(); // the menu closed on the choice

  const issue = page.locator('main a[href^="/issues/"]').filter({ hasText: /\S/ });
  await expect(issue.first()).toBeVisible();
  const href = (await issue.first().getAttribute("href"))!;
  if (!/^\/issues\/[0-9a-f-]{36}$/.test(href)) {
    // the first link of the list is a filter or an action, not an issue: take the first issue
    const ids = await issue.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const id = ids.find((h) => /^\/issues\/[0-9a-f-]{36}$/.test(h))!;
    await navigatesWithProgress(page, page.locator(`main a[href="${id}"]`).first(), id);
  } else {
    await navigatesWithProgress(page, issue.first(), href);
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
