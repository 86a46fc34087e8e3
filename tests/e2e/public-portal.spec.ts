import { expect, test } from "@playwright/test";
import ogs from "open-graph-scraper";
import Parser from "rss-parser";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { withE2eDb } from "../helpers/e2e-db";
import { storageStateFor } from "../helpers/sessions";

// The national portal and how public pages look when shared: every DOB listed and filterable
// without JavaScript, and each public page read the way WhatsApp/Facebook (open-graph-scraper)
// and a feed reader (rss-parser) read it — absolute URLs, an image that loads, a discoverable feed.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/r lists all 34 DOBs and filters by province and formation year with a plain form", async ({ page }) => {
    await page.goto("/r");
    await expect(page.getByRole("heading", { level: 1, name: "Daerah otonom baru" })).toBeVisible();
    const cards = page.getByRole("list", { name: "Daerah otonom baru" }).getByRole("listitem");
    await expect(cards).toHaveCount(34);
    await expect(cards.filter({ hasText: "Kabupaten Pangandaran" }).getByText("Kabar terbaru")).toBeVisible();

    await page.getByLabel("Provinsi").selectOption("Nusa Tenggara Timur");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(/province=Nusa\+Tenggara\+Timur/);
    await expect(cards.filter({ hasText: "Kabupaten Malaka" })).toHaveCount(1);
    for (const text of await cards.allInnerTexts()) expect(text).toContain("Nusa Tenggara Timur");

    await page.getByLabel("Provinsi").selectOption("");
    await page.getByLabel("Tahun pembentukan").selectOption("2012");
    await page.getByLabel("Cari nama daerah").fill("pangan");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(cards).toHaveCount(1);
    await cards.getByRole("link", { name: "Kabupaten Pangandaran" }).click();
    await expect(page).toHaveURL(/\/r\/pangandaran$/);
  });

  // Next 16 answers notFound() with an empty shell drawn only by the client; the front server
  // sends the full not-found page instead (scripts/lib/not-found-page.ts). A citizen who mistypes
  // a tracking code, or follows an old link, reads why, in their language, with a way on.
  test("a page that does not exist says so, with a way on, in the visitor's language", async ({
    page,
    browser,
    baseURL,
  }) => {
    for (const path of [
      "/r/pangandaran/aspirasi/XXXX-XXXX-XXXX",
      "/r/pangandaran/isu/99999",
      "/r/tidak-ada",
      "/r/pangandaran/kabar-yang-tidak-ada",
    ]) {
      const answer = await page.goto(path);
      expect(answer?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" }), path).toBeVisible();
      await expect(page.locator("html"), path).toHaveAttribute("lang", "id");
      // signed out, the way on is the staff sign-in
      await expect(page.getByRole("link", { name: "Masuk sebagai petugas" }), path).toBeVisible();
    }
    const english = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await english.addCookies([{ name: LOCALE_COOKIE, value: "en", url: baseURL! }]);
    const official = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      storageState: storageStateFor("koordinator@mekar.test"),
    });
    try {
      const en = await english.newPage();
      expect((await en.goto("/r/pangandaran/isu/99999"))?.status()).toBe(404);
      await expect(en.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(en.locator("html")).toHaveAttribute("lang", "en");
      // an official's record that does not exist: the way on is the dashboard
      const desk = await official.newPage();
      expect((await desk.goto("/issues/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
      await expect(desk.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
      await desk.getByRole("link", { name: "Kembali ke dasbor" }).click();
      await expect(desk).toHaveURL(/\/dashboard$/);
    } finally {
      await english.close();
      await official.close();
    }
  });
});

test("public pages unfurl with absolute URLs, a loading image and a discoverable Atom feed", async ({
  request,
  baseURL,
}) => {
  const { piece, issue } = await withE2eDb(async (c) => ({
    piece: (
      await c.query(
        `SELECT p.slug FROM "Publication" p JOIN "Regency" g ON g.id = p."regencyId"
         WHERE g.slug = 'pangandaran' AND p."firstPublishAt" <= now() AND p."withdrawnAt" IS NULL
         ORDER BY p."firstPublishAt" DESC LIMIT 1`,
      )
    ).rows[0] as { slug: string },
    issue: (
      await c.query(
        `SELECT i.number FROM "Issue" i JOIN "Regency" g ON g.id = i."regencyId"
         WHERE g.slug = 'pangandaran' AND i."isPublic" AND i.triage = 'accepted' ORDER BY i.number LIMIT 1`,
      )
    ).rows[0] as { number: number },
  }));
  const pages = ["/r", "/r/pangandaran", `/r/pangandaran/${piece.slug}`, `/r/pangandaran/isu/${issue.number}`];
  const parser = new Parser();
  for (const path of pages) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    const { result } = await ogs({ html });
    expect(result.ogTitle, `${path} og:title`).toBeTruthy();
    expect(result.ogDescription, `${path} og:description`).toBeTruthy();
    expect(result.ogUrl, `${path} og:url`).toBe(new URL(path, baseURL).href);
    expect(result.twitterCard, `${path} twitter:card`).toBe("summary_large_image");
    const image = result.ogImage?.[0]?.url ?? "";
    expect(image, `${path} og:image is absolute`).toMatch(/^https?:\/\//);
    const img = await request.get(image);
    expect(img.status(), `${path} og:image ${image}`).toBe(200);
    expect(img.headers()["content-type"]).toMatch(/^image\//);

    const feedHref = /<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/.exec(html)?.[1];
    expect(feedHref, `${path} links its feed for autodiscovery`).toMatch(/^https?:\/\/.*feed\.xml$/);
    const feed = await parser.parseString(await (await request.get(feedHref!.replaceAll("&amp;", "&"))).text());
    expect(feed.title, `${path} feed`).toBeTruthy();
    expect(feed.items.length, `${path} feed has entries`).toBeGreaterThan(0);
    // a piece, or (in a public issue's own feed) the issue page for its public notes
    for (const item of feed.items) expect(item.link).toMatch(/^https?:\/\/.*\/r\/[a-z0-9-]+\/(isu\/\d+|[a-z0-9-]+)$/);
  }
  // the share card of a regency is a 1200×630 PNG
  const card = await request.get("/r/malaka/card.png");
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
