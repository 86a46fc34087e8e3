import { expect, test } from "@playwright/test";
import { standInPhoto } from "../helpers/photo";
import { signedInAs } from "../helpers/sessions";
import { confirmIdentity } from "../helpers/sign-in";

// Strategic humas: a humas draft goes through the coordinator's approval to the public regency
// page and its Atom feed, with nothing internal and no live markup on the way.
test.describe("humas publications", () => {
  test("humas drafts, the coordinator approves, the piece is public on /r/pangandaran and in the feed", async ({
    browser,
    request,
  }) => {
    const stamp = Date.now();
    const title = `Pengaspalan jalan desa Cimerak ${stamp} <script>alert(1)</script>`;
    const secret = `RAHASIA-${stamp}`;

    const humas = await browser.newPage();
    await signedInAs(humas, "humas@mekar.test");
    await humas.goto("/publications/new");
    await humas.getByLabel("Jenis tulisan").selectOption({ label: "Siaran pers" });
    await humas.getByRole("textbox", { name: "Judul", exact: true }).fill(title);
    await humas
      .getByRole("textbox", { name: "Ringkasan", exact: true })
      .fill(`Ringkasan <img src=x onerror=alert(2)> ${stamp}`);
    await humas
      .getByLabel("Isi (Markdown)")
      .fill(`Pekerjaan **dimulai** Senin. <script>alert(3)</script> [tautan](javascript:alert(4))`);
    await humas.getByLabel("Catatan internal").fill(secret);
    await humas.getByRole("button", { name: "Simpan draf" }).click();
    await expect(humas).toHaveURL(/\/publications\/[0-9a-f-]{36}$/);
    await expect(humas.getByRole("heading", { level: 1 })).toHaveText(title);
    // humas sees the key messages of the related issues beside the draft
    await expect(humas.getByRole("heading", { name: "Narasi tunggal untuk isu terkait" })).toBeVisible();
    // an image with its caption (the alt text) is part of what gets approved
    const caption = `Jalan desa Cimerak sebelum diaspal ${stamp}`;
    // a phone photo, wide enough for the narrower copies (lib/files/images.ts)
    const PHOTO = await standInPhoto(1200, 800);
    await humas.getByLabel("Berkas gambar").setInputFiles({ name: "jalan.jpg", mimeType: "image/jpeg", buffer: PHOTO });
    await humas.getByLabel("Keterangan gambar").fill(caption);
    await humas.getByRole("button", { name: "Simpan gambar" }).click();
    await expect(humas.getByText("Gambar disimpan.")).toBeVisible();
    const draftImage = await humas.getByRole("img", { name: caption }).getAttribute("src");
    expect(draftImage).toMatch(/\/image\/[0-9a-f-]{36}\?h=[0-9a-f]{16}$/);
    expect((await humas.request.get(draftImage!)).status()).toBe(200);
    expect((await request.get(draftImage!)).status()).toBe(404); // a draft's image: members only
    await humas.getByRole("button", { name: "Ajukan untuk persetujuan" }).click();
    // the submit form gives way to the new status
    await expect(humas.getByText("Menunggu persetujuan", { exact: true })).toBeVisible();
    await expect(humas.getByRole("button", { name: "Ajukan untuk persetujuan" })).toHaveCount(0);
    const pieceUrl = humas.url();
    await humas.close();

    const coordinator = await browser.newPage();
    await signedInAs(coordinator, "koordinator@mekar.test");
    await coordinator.goto("/publications/review");
    await coordinator.getByRole("link", { name: title }).click();
    await expect(coordinator).toHaveURL(pieceUrl);
    await confirmIdentity(coordinator); // approving asks for a password checked in the last 10 minutes
    await coordinator.getByRole("button", { name: "Setujui dan terbitkan" }).click();
    await expect(coordinator.getByText("Terbit", { exact: true })).toBeVisible();
    await expect(coordinator.getByRole("link", { name: "Lihat di halaman publik" })).toBeVisible();
    await coordinator.close();

    // the public, without an account
    const reader = await browser.newPage();
    await reader.goto("/r/pangandaran");
    const photoResponse = reader.waitForResponse(
      (r) => r.request().resourceType() === "image" && r.url().includes("/image/"),
    );
    await reader.getByRole("link", { name: title }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    // Chromium picks the AVIF copy of the photo from its <picture> (the first source it reads)
    const photo = reader.getByRole("img", { name: caption });
    await photo.scrollIntoViewIfNeeded();
    const fetched = await photoResponse;
    // named for its bytes (?h=), so it may be cached for good
    expect(fetched.url()).toMatch(/\/image\/[0-9a-f-]{36}\?h=[0-9a-f]{16}&w=(480|960)&f=avif$/);
    expect(fetched.status()).toBe(200);
    expect(fetched.headers()["content-type"]).toBe("image/avif");
    expect(fetched.headers()["cache-control"]).toContain("immutable");
    await expect
      .poll(() => photo.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0)))
      .toBeGreaterThanOrEqual(480);
    expect(await photo.evaluate((i: HTMLImageElement) => i.currentSrc)).toBe(fetched.url());
    await expect(reader.getByText(/Disetujui oleh Rahmat Hidayat \(Wakil Bupati\) pada/)).toBeVisible();
    const share = await reader.getByRole("link", { name: "Bagikan lewat WhatsApp" }).getAttribute("href");
    // through the counting redirect, on to wa.me with the title
    expect(share).toMatch(/^\/r\/pangandaran\/[a-z0-9-]+\/share$/);
    const hop = await request.get(share!, { maxRedirects: 0 });
    expect(hop.status()).toBe(303);
    const location = hop.headers()["location"];
    expect(location).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(decodeURIComponent(location.split("text=")[1])).toContain(title);
    const pieceHref = new URL(reader.url()).pathname;
    await reader.close();

    const page = await request.get(pieceHref);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html.length).toBeLessThan(100_000);
    expect(html).not.toContain("<script>alert(");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("javascript:alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain(secret);
    expect(html).not.toContain("@mekar.test");
    expect(html).toMatch(/<meta property="og:title" content="[^"]*Pengaspalan jalan desa Cimerak/);
    // shared with its own 1200×630 copy of the photo
    const og = /<meta property="og:image" content="(http[^"]*\/image\/[0-9a-f-]{36}\?h=[0-9a-f]{16}&amp;v=og)"/
      .exec(html)?.[1]
      ?.replace("&amp;", "&");
    expect(og).toBeTruthy();
    const ogImage = await request.get(og!);
    expect(ogImage.headers()["content-type"]).toBe("image/jpeg");
    // AVIF first, then WebP, then the JPEG <img>
    const picture = html.match(/<picture>.*?<\/picture>/)?.[0] ?? "";
    expect(picture).toMatch(
      /^<picture><source type="image\/avif" srcSet="[^"]*f=avif 480w[^"]*"[^>]*><source type="image\/webp"/i,
    );
    const img = html.match(/<img[^>]*>/)?.[0] ?? "";
    expect(img).toContain(`alt="${caption}"`);
    expect(img).toContain('loading="lazy"');
    expect(img).toContain(`src="${draftImage}"`);
    const image = await request.get(draftImage!);
    expect(image.status()).toBe(200);
    // served as re-encoded on upload (no metadata), never the bytes as they came
    expect(image.headers()["content-type"]).toBe("image/jpeg");
    expect(image.headers()["x-content-type-options"]).toBe("nosniff");
    expect(image.headers()["cache-control"]).toContain("immutable");
    // a URL that does not name these bytes (an old link; the image sweep re-encodes an image
    // under its id) is cached for minutes, never for good
    const unversioned = draftImage!.replace(/\?h=[0-9a-f]{16}$/, "");
    expect(unversioned).not.toBe(draftImage);
    for (const url of [unversioned, `${unversioned}?h=0000000000000000`]) {
      const answer = await request.get(url);
      expect(answer.status()).toBe(200);
      expect(answer.headers()["cache-control"]).toBe("public, max-age=600");
    }
    const served = await image.body();
    expect([...served.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(served.equals(PHOTO)).toBe(false);

    const list = await (await request.get("/r/pangandaran")).text();
    expect(list).toContain(pieceHref);
    expect(list).not.toContain(secret);
    expect(list).not.toContain("<script>alert(");

    const feed = await request.get("/r/pangandaran/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await feed.text();
    expect(xml).toContain(`Pengaspalan jalan desa Cimerak ${stamp} &lt;script&gt;alert(1)&lt;/script&gt;`);
    expect(xml).toContain(pieceHref);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain(secret);
  });

  test("a draft is never public: its address answers 404 and the feed does not list it", async ({ page, request }) => {
    const stamp = Date.now();
    await signedInAs(page, "humas@mekar.test");
    await page.goto("/publications/new");
    await page.getByRole("textbox", { name: "Judul", exact: true }).fill(`Draf rahasia ${stamp}`);
    await page.getByLabel("Catatan internal").fill(`INTERNAL-${stamp}`);
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await expect(page).toHaveURL(/\/publications\/[0-9a-f-]{36}$/);
    expect((await request.get(`/r/pangandaran/draf-rahasia-${stamp}`)).status()).toBe(404);
    const xml = await (await request.get("/r/pangandaran/feed.xml")).text();
    expect(xml).not.toContain(`${stamp}`);
  });

  test("humas maps a stakeholder on the Mendelow grid, moves it, and logs media coverage", async ({ page }) => {
    const stamp = Date.now();
    const name = `Ketua Paguyuban Nelayan ${stamp}`;
    await signedInAs(page, "humas@mekar.test");
    await page.goto("/publications/stakeholders");
    await page.getByRole("textbox", { name: "Nama", exact: true }).fill(name);
    await page.getByLabel("Kekuasaan (1–5)").selectOption("5");
    await page.getByLabel("Kepentingan (1–5)").selectOption("5");
    await page.getByRole("button", { name: "Tambah pemangku kepentingan" }).click();
    await expect(page.getByText("Pemangku kepentingan ditambahkan.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Kelola secara dekat" }).getByText(name)).toBeVisible();
    await page.getByRole("link", { name }).click();
    await page.getByLabel("Kekuasaan (1–5)").selectOption("1");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.getByRole("region", { name: "Beri informasi rutin" }).getByText(name)).toBeVisible();

    const headline = `Warga apresiasi perbaikan jalan ${stamp}`;
    await page.goto("/publications/media");
    await page.getByRole("textbox", { name: "Media", exact: true }).fill("Radar Tasikmalaya");
    await page.getByRole("textbox", { name: "Judul berita" }).fill(headline);
    await page.getByRole("textbox", { name: "Tautan berita" }).fill(`https://contoh.example/berita/${stamp}`);
    await page.getByRole("combobox", { name: "Sentimen" }).selectOption({ label: "Positif" });
    await page.getByRole("button", { name: "Catat pemberitaan" }).click();
    await expect(page.getByText("Pemberitaan tercatat.")).toBeVisible();
    await expect(page.getByRole("link", { name: headline })).toBeVisible();
  });
});
