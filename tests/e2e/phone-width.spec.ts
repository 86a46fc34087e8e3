import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "../helpers/axe";
import { withE2eDb } from "../helpers/e2e-db";
import { DEMO_USERS, signedInAs } from "../helpers/sessions";

// No page scrolls sideways on a 360 px phone: every page each demo role reaches (the navigation,
// each section's tabs, /account, /notifications and the first detail page of each list), the
// public pages and the login page. A wide table or tab strip may scroll inside itself; the page
// may not. The same walk is the Indonesian accessibility check of the portal (axe, no serious or
// critical violation) for the coordinator and the admin, whose pages cover every section.
const AXE_WALKS = new Set(["koordinator@mekar.test", "admin@mekar.test"]);
test.use({ viewport: { width: 360, height: 740 } });
test.describe.configure({ mode: "parallel" });

/** Null when the page fits; otherwise the widest elements that stick out (not those clipped by a
 * scrolling ancestor), innermost first, so the message names the culprit. */
async function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const sticksOut = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.right > width + 0.5 && box.width > 1 && !clipped(el); // (not the 1 px screen-reader texts)
    };
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const cls =
        typeof el.className === "string" && el.className
          ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}`
          : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> ${Math.round(el.getBoundingClientRect().right)}px "${text}"`;
    };
    const offenders = [...document.body.querySelectorAll("*")].filter(sticksOut);
    const innermost = offenders.filter((el) => ![...el.children].some(sticksOut));
    innermost.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    return `scrollWidth ${scrollWidth} > ${width}: ${innermost.slice(0, 3).map(name).join(" | ")}`;
  });
}

/** Same-site links of the navigation landmarks: the main navigation and each section's tabs. */
async function navLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav[aria-label] a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  // not the pagination's "next page" links: the same page again
  return [...new Set(hrefs.map((h) => h.split("#")[0]))].filter((h) => !h.includes("?"));
}

/** Links in the page's content one level below it: its own sub-pages (new, report, import...)
 * and the first record of its list (a link in a table or list, or one that names an id). */
async function childLinks(page: Page, path: string): Promise<string[]> {
  const base = path.split("?")[0].replace(/\/$/, "");
  const links = await page
    .locator('main a[href^="/"]')
    .evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href")!.split(/[?#]/)[0], inList: !!a.closest("table, ul, ol") })),
    );
  const below = links.filter(({ href }) => href.startsWith(`${base}/`) && !href.slice(base.length + 1).includes("/"));
  const isRecord = (l: (typeof below)[number]) => l.inList || /\d/.test(l.href.slice(base.length + 1));
  const record = below.find(isRecord);
  return [...new Set([...below.filter((l) => !isRecord(l)), ...(record ? [record] : [])].map((l) => l.href))];
}

/** Links that answer with a file (exports, feeds), not a page. */
const FILES = /^\/api\/|\/export\b|\.\w+$/;

test("the login and public pages fit a 360 px phone and are accessible", async ({ page }) => {
  // the anonymous culture survey: Malaka Dinkes' open one (the form) and a closed Pangandaran one;
  // the follow form's answer page; the aspiration form on its own page, and a seeded aspiration's
  // status page (by its tracking code)
  const pages = [
    "/login",
    "/r",
    "/r/pangandaran",
    "/budaya/MLK2604",
    "/budaya/PGD2501",
    "/r/pangandaran/ikuti/status?s=sent",
    "/r/pangandaran/aspirasi",
    "/r/pangandaran/aspirasi/PGD4-PKMS-QBAT",
  ];
  await page.goto("/r/pangandaran");
  const links = await page
    .locator('a[href^="/r/pangandaran/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const issuePage = links.find((h) => /^\/r\/pangandaran\/isu\/\d+$/.test(h));
  const piecePage = links.find((h) => /^\/r\/pangandaran\/(?!share$|ikuti\b)[^/.]+$/.test(h) && !h.includes("/isu"));
  expect(issuePage, "a public issue page linked from /r/pangandaran").toBeTruthy();
  expect(piecePage, "a published piece linked from /r/pangandaran").toBeTruthy();
  const failures: string[] = [];
  for (const path of [...pages, issuePage!, piecePage!]) {
    await page.goto(path);
    const overflow = await sidewaysOverflow(page);
    if (overflow) failures.push(`${path}: ${overflow}`);
    for (const v of await seriousViolations(page)) failures.push(`${path}: axe ${v}`);
  }
  expect(failures).toEqual([]);
});

for (const email of DEMO_USERS) {
  test(`every page ${email} reaches fits a 360 px phone${AXE_WALKS.has(email) ? " and is accessible" : ""}`, async ({
    page,
  }) => {
    test.slow(); // a long walk
    await signedInAs(page, email);
    const queue = [
      "/dashboard",
      ...(await navLinks(page)),
      "/account",
      "/notifications",
      "/culture/leadership",
      "/culture/surveys",
    ];
    const seen = new Set<string>();
    const failures: string[] = [];
    while (queue.length > 0 && seen.size < 80) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await page.goto(path);
      // a page the role may not open answers 403/404: nothing of it to lay out
      if (!response || response.status() >= 400) continue;
      const overflow = await sidewaysOverflow(page);
      if (overflow) failures.push(`${path}: ${overflow}`);
      if (AXE_WALKS.has(email)) for (const v of await seriousViolations(page)) failures.push(`${path}: axe ${v}`);
      for (const link of [...(await navLinks(page)), ...(await childLinks(page, path))])
        if (!seen.has(link) && !FILES.test(link)) queue.push(link);
    }
    expect(failures).toEqual([]);
    expect(seen.size, "the walk reached the role's pages").toBeGreaterThan(3);
  });
}

test("the workshop tools fit a 360 px phone and are accessible: a quiz leaderboard, a ranking's verdict, an issue's suggested priority", async ({
  page,
}) => {
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/workshops");
  await page.getByRole("link", { name: "Lokakarya Koordinasi Pengelolaan Isu Strategis" }).first().click();
  await expect(page.getByRole("heading", { name: "Papan peringkat kuis" })).toBeVisible();
  const control = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Urutan prioritas isu bersama", exact: true }).click();
  await expect(page.getByText("Sudah diterapkan pada isu:")).toBeVisible();
  const activity = new URL(page.url()).pathname;
  await page
    .getByRole("link", { name: /^ISU-\d+$/ })
    .first()
    .click();
  await expect(page.getByText("Prioritas usulan lokakarya")).toBeVisible();
  const issue = new URL(page.url()).pathname;
  const failures: string[] = [];
  for (const path of [control, activity, issue]) {
    await page.goto(path);
    const overflow = await sidewaysOverflow(page);
    if (overflow) failures.push(`${path}: ${overflow}`);
    for (const v of await seriousViolations(page)) failures.push(`${path}: axe ${v}`);
  }
  expect(failures).toEqual([]);
});

// An outsider's review: a citizen's 900-character link widened the official's aspiration page to
// 8,718 px, and a printed field's value ran off the page (app/globals.css: break-word).
test("a citizen's very long link wraps on the official's page", async ({ page }) => {
  const link = `https://contoh.go.id/${"jalan-rusak-".repeat(75)}`;
  const code = `W${Date.now().toString(36).slice(-3).toUpperCase()}-LONG-TEXT`;
  const [row] = await withE2eDb(
    async (c) =>
      (
        await c.query(
          `INSERT INTO "Aspiration" (id, "regencyId", code, category, text, "senderName", "senderHash", "dueAt", "escalateAt", "updatedAt")
         SELECT gen_random_uuid(), r.id, $1, 'pengaduan', $2, $3, $4, now() + interval '3 days', now() + interval '6 days', now()
         FROM "Regency" r WHERE r.slug = 'pangandaran' RETURNING id`,
          [code, `Lihat ${link} untuk fotonya.`, "Warga".repeat(40), `wrap-${code}`],
        )
      ).rows,
  );
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto(`/aspirations/${row.id}`);
  await expect(page.getByText(link)).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeNull();
});
