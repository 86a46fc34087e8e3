import { mkdirSync } from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";

// The public pages carry no framework JavaScript (scripts/lib/lean-html.ts strips it in the
// front server): each one opened with JavaScript off and on works the same — content, links,
// forms that post — and never asks for a /_next/static/chunks script. A piece page's first load
// (cold cache) transfers at most 30 KB, everything but the article's own photo. The bytes of
// every public page are printed. PUBLIC_SHOTS: a folder for 390 px screenshots.

const BUDGET = 30 * 1024;
const FRAMEWORK_SCRIPT = /\/_next\/static\/chunks\/.*\.js(\?|$)/;

type Found = { piece: string; photo: string | null; issue: number; code: string; survey: string };
let found: Found;

test.beforeAll(async () => {
  found = await withE2eDb(async (c) => {
    const piece = (
      await c.query(
        `SELECT slug, "imageId" FROM (
           SELECT p.slug, p."firstPublishAt",
             (SELECT v."imageId" FROM "PublicationVersion" v WHERE v."publicationId" = p.id AND v."publishAt" <= now()
              ORDER BY v.number DESC LIMIT 1) AS "imageId"
           FROM "Publication" p JOIN "Regency" g ON g.id = p."regencyId"
           WHERE g.slug = 'pangandaran' AND p."firstPublishAt" <= now() AND p."withdrawnAt" IS NULL) x
         ORDER BY ("imageId" IS NOT NULL) DESC, "firstPublishAt" DESC LIMIT 1`,
      )
    ).rows[0] as { slug: string; imageId: string | null };
    const issue = (
      await c.query(
        `SELECT i.number FROM "Issue" i JOIN "Regency" g ON g.id = i."regencyId"
         WHERE g.slug = 'pangandaran' AND i."isPublic" AND i.triage = 'accepted' ORDER BY i.number LIMIT 1`,
      )
    ).rows[0] as { number: number };
    const aspiration = (
      await c.query(
        `SELECT a.code FROM "Aspiration" a JOIN "Regency" g ON g.id = a."regencyId"
         WHERE g.slug = 'pangandaran' ORDER BY a.code LIMIT 1`,
      )
    ).rows[0] as { code: string };
    const survey = (
      await c.query(`SELECT code FROM "CultureSurvey" WHERE "opensAt" <= now() AND "closesAt" > now() LIMIT 1`)
    ).rows[0] as { code: string };
    return {
      piece: piece.slug,
      photo: piece.imageId,
      issue: issue.number,
      code: aspiration.code,
      survey: survey.code,
    };
  });
});

/** Every public page, with something on it a reader relies on. */
function publicPages(): { path: string; heading: string | RegExp }[] {
  return [
    { path: "/r", heading: "Daerah otonom baru" },
    { path: "/r/pangandaran", heading: "Kabupaten Pangandaran" },
    { path: `/r/pangandaran/${found.piece}`, heading: /./ },
    { path: `/r/pangandaran/isu/${found.issue}`, heading: /./ },
    { path: "/r/pangandaran/aspirasi", heading: /./ },
    { path: `/r/pangandaran/aspirasi/${found.code}`, heading: /./ },
    { path: "/r/pangandaran/ikuti/status?s=sent", heading: /./ },
    { path: `/budaya/${found.survey}`, heading: /./ },
  ];
}

type Load = { total: number; photo: number; byType: Record<string, number>; requests: string[] };

/**
 * Opens `path` in a fresh context (cold cache) and adds up the bytes that came over the wire
 * (Chromium's encodedDataLength: headers and the body as compressed), by resource type.
 */
async function load(browser: Browser, path: string, javaScriptEnabled: boolean, baseURL: string) {
  const ctx = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 }, baseURL });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const seen = new Map<string, { url: string; type: string }>();
  const result: Load = { total: 0, photo: 0, byType: {}, requests: [] };
  cdp.on("Network.requestWillBeSent", (e) => {
    seen.set(e.requestId, { url: e.request.url, type: e.type ?? "Other" });
    result.requests.push(e.request.url);
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = seen.get(e.requestId);
    if (!r) return;
    if (found.photo && r.url.includes(`/image/${found.photo}`)) result.photo += e.encodedDataLength;
    else {
      result.total += e.encodedDataLength;
      result.byType[r.type] = (result.byType[r.type] ?? 0) + e.encodedDataLength;
    }
  });
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  // the favicon and late images finish after "load"
  await page.waitForLoadState("networkidle");
  return { ctx, page, result };
}

function frameworkScripts(requests: string[]) {
  return requests.filter((u) => FRAMEWORK_SCRIPT.test(u));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test("every public page loads its content without a framework script", async ({ browser, baseURL }) => {
      const lines: string[] = [];
      for (const { path, heading } of publicPages()) {
        const { ctx, page, result } = await load(browser, path, javaScriptEnabled, baseURL!);
        await expect(page.getByRole("heading", { level: 1, name: heading }).first(), path).toBeVisible();
        expect(frameworkScripts(result.requests), path).toEqual([]);
        expect(await page.locator('script[src*="/_next/"]').count(), path).toBe(0);
        const html = await page.content();
        expect(html, path).not.toContain("self.__next_f");
        // the survey keeps its own stepper script
        if (path.startsWith("/budaya/"))
          expect(result.requests.some((u) => u.includes("/culture-form.js"))).toBe(javaScriptEnabled);
        const types = Object.entries(result.byType)
          .map(([type, n]) => `${type} ${kb(n)}`)
          .join(", ");
        lines.push(
          `${path.padEnd(60)} ${kb(result.total).padStart(9)}  (${types})${result.photo ? ` + photo ${kb(result.photo)}` : ""}`,
        );
        await ctx.close();
      }
      console.log(
        `public pages, JavaScript ${javaScriptEnabled ? "on" : "off"}, cold cache, transferred:\n${lines.join("\n")}`,
      );
    });

    test("a piece page's first load stays within 30 KB, its photo aside", async ({ browser, baseURL }) => {
      const { ctx, page, result } = await load(browser, `/r/pangandaran/${found.piece}`, javaScriptEnabled, baseURL!);
      await expect(page.locator("article h1")).toBeVisible();
      expect(frameworkScripts(result.requests)).toEqual([]);
      expect(result.total, `transferred ${result.total} bytes: ${JSON.stringify(result.byType)}`).toBeLessThanOrEqual(
        BUDGET,
      );
      const dir = process.env.PUBLIC_SHOTS;
      if (dir && javaScriptEnabled) {
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: `${dir}/piece-390.png`, fullPage: true });
        await page.goto("/r/pangandaran");
        await page.screenshot({ path: `${dir}/pangandaran-390.png`, fullPage: true });
      }
      await ctx.close();
    });

    test("links and forms work: filter the national list, open a piece, follow it by email", async ({
      browser,
      baseURL,
    }) => {
      const ctx = await browser.newContext({ javaScriptEnabled, baseURL });
      const page = await ctx.newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));

      await page.goto("/r");
      await page.getByLabel("Cari nama daerah").fill("pangan");
      await page.getByRole("button", { name: "Tampilkan" }).click();
      await expect(page).toHaveURL(/[?&]q=pangan/);
      await page.getByRole("link", { name: "Kabupaten Pangandaran" }).click();
      await expect(page).toHaveURL(/\/r\/pangandaran$/);

      // the newest piece in the list that is not withdrawn (a withdrawn one has no follow form)
      await page.locator('section[aria-labelledby="public-updates"] li:not(:has-text("Ditarik")) h3 a').first().click();
      await expect(page).toHaveURL(/\/r\/pangandaran\/[a-z0-9-]+$/);
      const follow = page.locator('form[action="/r/pangandaran/ikuti"]');
      await follow
        .getByLabel("Alamat surel")
        .fill(`weight-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@example.test`);
      await follow.getByRole("button", { name: "Ikuti" }).click();
      await expect(page).toHaveURL(/\/r\/pangandaran\/ikuti\/status\?/);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.getByRole("link", { name: "Kembali" }).click();
      await expect(page).toHaveURL(/\/r\/pangandaran/);

      expect(frameworkScripts(requested)).toEqual([]);
      await ctx.close();
    });
  });
}

test("a public page's not-found answer keeps what draws it (Next renders it from the flight payload)", async ({
  page,
}) => {
  const res = await page.goto("/r/pangandaran/aspirasi/AAAA-BBBB-CCCC");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("RSC requests to a public page still get the flight payload (client navigation from the portal)", async ({
  request,
}) => {
  const res = await request.get("/r/pangandaran", { headers: { RSC: "1" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/text\/x-component/);
  expect(await res.text()).toContain("Kabupaten Pangandaran");
});
