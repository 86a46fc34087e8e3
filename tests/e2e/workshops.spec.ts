import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// A facilitator runs a session; three phones join with the code and follow it live through a
// poll, a word cloud and Q&A. One phone goes offline, answers, and comes back.

async function joinAsParticipant(
  browser: Browser,
  code: string,
  name: string,
  first = "Menunggu fasilitator membuka kegiatan…",
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await ctx.newPage();
  await page.goto("/join");
  await page.getByLabel("Kode").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Gabung" }).click();
  await page.getByLabel("Nama").fill(name);
  await page.getByLabel("Instansi").fill("Bappeda Pangandaran");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText(first)).toBeVisible();
  await expect(page.getByText("Tersambung")).toBeVisible();
  return { ctx, page };
}

async function control(page: Page, activity: string, button: string) {
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: activity, exact: true }) });
  await row.getByRole("button", { name: button, exact: true }).click();
  const next = { Buka: "Tutup", "Tampilkan hasil": "Sembunyikan hasil" }[button]!;
  await expect(row.getByRole("button", { name: next, exact: true })).toBeVisible();
}

test("a live session: poll, word cloud and moderated Q&A with three phones, one offline for a while", async ({
  page,
  browser,
}) => {
  test.slow(); // a long walk: three times the default limit
  const title = `Lokakarya uji langsung ${Date.now()}`;
  await signedInAs(page, "fasilitator@mekar.test");
  await page.goto("/workshops");
  await page.getByLabel("Judul lokakarya").fill(title);
  await page.getByLabel("Tanggal dan waktu").fill("2026-12-10T09:00");
  await page.getByLabel("Tempat").fill("Aula Bappeda");
  await page.getByRole("button", { name: "Buat lokakarya" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const workshopUrl = page.url();

  const addActivity = async (kind: string, name: string, options = "") => {
    await page.getByLabel("Jenis kegiatan").selectOption({ label: kind });
    await page.getByLabel("Judul kegiatan").fill(name);
    await page.getByLabel("Pilihan jawaban").fill(options);
    await page.getByRole("button", { name: "Tambah kegiatan" }).click();
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  };
  await addActivity("Jajak pendapat (satu pilihan)", "Isu paling mendesak", "Aset P3D\nBatas desa\nASN teknis");
  await addActivity("Awan kata", "Koordinasi dalam satu kata");
  await addActivity("Tanya jawab", "Tanya jawab narasumber");
  // one added by mistake is deleted (after a confirmation); it has no answers yet
  await addActivity("Awan kata", "Salah ketik, hapus");
  page.once("dialog", (d) => void d.accept());
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Salah ketik, hapus", exact: true }) })
    .getByRole("button", { name: "Hapus" })
    .click();
  await expect(page.getByRole("link", { name: "Salah ketik, hapus", exact: true })).toHaveCount(0); // the row (and its form) is gone
  await expect(page.getByRole("link", { name: "Tanya jawab narasumber", exact: true })).toBeVisible();
  const code = (await page.locator("[data-join-code]").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  // the session starts: phones joining from now on are on its daftar hadir
  const sessions = page.getByRole("list", { name: "Sesi" });
  await sessions.getByRole("button", { name: "Mulai sesi" }).click();
  await expect(sessions.getByText("Berlangsung")).toBeVisible();

  const phones = [
    await joinAsParticipant(browser, code, "Rina Marlina"),
    await joinAsParticipant(browser, code, "Dedi Kurniawan"),
    await joinAsParticipant(browser, code, "Euis Rohaeti"),
  ];
  const [p1, p2, p3] = phones.map((p) => p.page);

  // reloading does not make a new participant
  await p1.reload();
  await expect(p1.getByText("Menunggu fasilitator membuka kegiatan…")).toBeVisible();

  // --- poll: the phones follow by themselves ---
  await control(page, "Isu paling mendesak", "Buka");
  for (const p of [p1, p2, p3]) await expect(p.getByRole("heading", { name: "Isu paling mendesak" })).toBeVisible();
  await p1.getByLabel("Aset P3D").check();
  await p1.getByRole("button", { name: "Kirim" }).click();
  await expect(p1.getByText("Terkirim ✓")).toBeVisible();
  await p2.getByLabel("Aset P3D").check();
  await p2.getByRole("button", { name: "Kirim" }).click();
  await expect(p2.getByText("Terkirim ✓")).toBeVisible();
  // the third phone loses its connection, answers anyway, and comes back
  await phones[2].ctx.setOffline(true);
  await p3.getByLabel("Batas desa").check();
  await p3.getByRole("button", { name: "Kirim" }).click();
  await expect(p3.getByText(/Belum tersambung/).first()).toBeVisible();
  await phones[2].ctx.setOffline(false);
  await expect(p3.getByText("Terkirim ✓")).toBeVisible({ timeout: 20_000 });
  await expect(p3.getByText("Tersambung")).toBeVisible({ timeout: 20_000 });

  await control(page, "Isu paling mendesak", "Tampilkan hasil");
  const presenter = await page.context().newPage();
  await presenter.goto(`${workshopUrl}/present`);
  await expect(presenter.getByRole("heading", { name: "Isu paling mendesak" })).toBeVisible();
  await expect(presenter.getByText("Tanggapan: 3")).toBeVisible();
  await expect(presenter.getByText("2 (67%)")).toBeVisible();
  await expect(presenter.getByText(code, { exact: true })).toBeVisible();
  // the phones see the shown results too
  await expect(p2.getByRole("region", { name: "Hasil" })).toBeVisible();

  // --- word cloud ---
  await control(page, "Koordinasi dalam satu kata", "Buka");
  for (const [p, word] of [
    [p1, "sinergi"],
    [p2, "Sinergi"],
    [p3, "sektoral"],
  ] as const) {
    await expect(p.getByLabel("Kata Anda")).toBeVisible();
    await p.getByLabel("Kata Anda").fill(word);
    await p.getByRole("button", { name: "Kirim" }).click();
    await expect(p.getByText("Terkirim ✓")).toBeVisible();
  }
  await control(page, "Koordinasi dalam satu kata", "Tampilkan hasil");
  await expect(presenter.getByRole("heading", { name: "Koordinasi dalam satu kata" })).toBeVisible();
  await expect(presenter.getByRole("listitem").filter({ hasText: /^sinergi$/ })).toBeVisible();
  await expect(presenter.getByRole("listitem").filter({ hasText: /^sektoral$/ })).toBeVisible();

  // --- Q&A: a question waits for approval, gets an upvote, is answered, becomes an issue ---
  await control(page, "Tanya jawab narasumber", "Buka");
  const question = "Kapan aset P3D diserahkan? <img src=x onerror=alert(1)>";
  await expect(p1.getByLabel("Pertanyaan Anda")).toBeVisible();
  await p1.getByLabel("Pertanyaan Anda").fill(question);
  await p1.getByRole("button", { name: "Kirim" }).click();
  await expect(p1.getByText("Terkirim ✓")).toBeVisible();
  await expect(p2.getByText(question)).toHaveCount(0);

  await page.getByRole("link", { name: "Tanya jawab narasumber", exact: true }).click();
  await expect(page.getByText(question)).toBeVisible();
  await page.getByRole("button", { name: "Setujui" }).click();
  await expect(p2.getByText(question)).toBeVisible();
  await p2.getByRole("button", { name: "Dukung pertanyaan ini (0 dukungan)" }).click();
  await expect(p2.getByRole("button", { name: "Dukung pertanyaan ini (1 dukungan)" })).toBeVisible();
  await expect(presenter.getByText(question)).toBeVisible();
  await expect(presenter.getByText("▲ 1")).toBeVisible();
  await page.getByRole("button", { name: "Tandai terjawab" }).click();
  await expect(presenter.getByText("Terjawab")).toBeVisible();
  await page.getByText("Jadikan isu pembangunan").click();
  await page.getByLabel("Judul isu").fill(`Jadwal penyerahan aset P3D ${Date.now()}`);
  await page.getByLabel("Kategori isu").selectOption({ label: "Aset dan P3D dari daerah induk" });
  await page.getByRole("button", { name: "Buat isu" }).click();
  // the entry now links to its issue (the form is gone: an entry becomes at most one issue)
  await expect(page.getByRole("link", { name: /^ISU-\d+$/ })).toBeVisible();
  await expect(page.getByText("Jadikan isu pembangunan")).toHaveCount(0);

  // --- attendance ---
  await page.goto(`${workshopUrl}/attendance`);
  for (const name of ["Rina Marlina", "Dedi Kurniawan", "Euis Rohaeti"])
    await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Tanda tangan" })).toBeVisible();
  const csv = await page.request.get(`${workshopUrl.replace("/workshops/", "/api/workshops/")}/attendance`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Dedi Kurniawan");
  // no script ran anywhere: the question is text on every screen
  for (const p of [p1, p2, presenter])
    expect(await p.evaluate(() => document.querySelectorAll("img[src=x]").length)).toBe(0);
  for (const p of phones) await p.ctx.close();
});

test("the participant page is tiny and /join rejects an unknown code", async ({ page }) => {
  await page.goto("/join/ISUPGD");
  await page.getByLabel("Nama").fill("Tati Rohayati");
  await page.getByLabel("Instansi").fill("BKPSDM");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { name: "Lokakarya Koordinasi Pengelolaan Isu Strategis" })).toBeVisible();
  // a first load, from an empty cache: the page, its stylesheet and its script (the stream stays open)
  const fresh = await page
    .context()
    .browser()!
    .newContext({ storageState: await page.context().storageState() });
  const phone = await fresh.newPage();
  const sizes: number[] = [];
  phone.on("response", async (r) => {
    if (!r.url().includes("/stream")) sizes.push((await r.body().catch(() => Buffer.alloc(0))).length + 500);
  });
  await phone.goto("/join/ISUPGD");
  await expect(phone.getByText("Tersambung")).toBeVisible();
  expect(sizes.length).toBeGreaterThanOrEqual(3);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(100_000);
  await fresh.close();
  await page.goto("/join");
  await page.getByLabel("Kode").fill("ZZZZZZ");
  await page.getByRole("button", { name: "Gabung" }).click();
  await expect(page.getByText("Kode tidak ditemukan. Periksa kembali kode di layar.")).toBeVisible();
});

test("a ranking without JavaScript and with it: duplicates refused, the Borda count live on the presenter and in the CSV; racing and oversized posts", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Lokakarya peringkat ${Date.now()}`;
  await signedInAs(page, "fasilitator@mekar.test");
  await page.goto("/workshops");
  await page.getByLabel("Judul lokakarya").fill(title);
  await page.getByLabel("Tanggal dan waktu").fill("2026-12-11T09:00");
  await page.getByRole("button", { name: "Buat lokakarya" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const workshopUrl = page.url();
  await page.getByLabel("Jenis kegiatan").selectOption({ label: "Peringkat" });
  await page.getByLabel("Judul kegiatan").fill("Urutan prioritas isu");
  await page.getByLabel("Pilihan jawaban").fill("Aset P3D\nBatas desa\nASN teknis");
  await page.getByLabel("Peserta boleh mengubah jawabannya").uncheck();
  await page.getByRole("button", { name: "Tambah kegiatan" }).click();
  const activityLink = page.getByRole("link", { name: "Urutan prioritas isu", exact: true });
  await expect(activityLink).toBeVisible();
  const code = (await page.locator("[data-join-code]").textContent())!.trim();
  await control(page, "Urutan prioritas isu", "Buka");
  await control(page, "Urutan prioritas isu", "Tampilkan hasil");

  // a phone without JavaScript: a rank per option, plain form posts
  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  const p1 = await plain.newPage();
  await p1.goto(`/join/${code}`);
  await p1.getByLabel("Nama").fill("Rina Marlina");
  await p1.getByLabel("Instansi").fill("Bappeda Pangandaran");
  await p1.getByRole("button", { name: "Masuk" }).click();
  await expect(p1.getByRole("heading", { name: "Urutan prioritas isu" })).toBeVisible();
  const rank = async (p: Page, ranks: [string, string][]) => {
    for (const [option, r] of ranks) await p.getByLabel(option, { exact: true }).selectOption(r);
    await p.getByRole("button", { name: "Kirim" }).click();
  };
  await rank(p1, [
    ["Aset P3D", "1"],
    ["Batas desa", "1"],
    ["ASN teknis", "2"],
  ]);
  await expect(
    p1.getByText("Setiap peringkat hanya boleh dipakai sekali. Periksa kembali peringkat Anda."),
  ).toBeVisible();
  await rank(p1, [
    ["Aset P3D", "1"],
    ["Batas desa", "3"],
    ["ASN teknis", "2"],
  ]);
  await expect(p1.getByText("Terkirim ✓")).toBeVisible();
  await expect(p1.getByText("Jawaban Anda sudah tercatat.")).toBeVisible();

  // a phone with the script
  const { ctx, page: p2 } = await joinAsParticipant(
    browser,
    code,
    "Dedi Kurniawan",
    "Beri peringkat setiap pilihan (1 = paling penting)",
  );
  await rank(p2, [
    ["Aset P3D", "2"],
    ["Batas desa", "1"],
    ["ASN teknis", "3"],
  ]);
  await expect(p2.getByText("Terkirim ✓")).toBeVisible();

  // Aset 2+1 = 3 points (ranks 1, 2), Batas 0+2 = 2 (3, 1), ASN 1+0 = 1 (2, 3)
  const presenter = await page.context().newPage();
  await presenter.goto(`${workshopUrl}/present`);
  await expect(presenter.getByText("1. Aset P3D")).toBeVisible();
  await expect(presenter.getByText("3 poin · rata-rata peringkat 1,5 · sebaran ±0,5")).toBeVisible();
  await expect(presenter.getByText("2. Batas desa")).toBeVisible();
  await expect(presenter.getByText("2 poin · rata-rata peringkat 2,0 · sebaran ±1,0")).toBeVisible();
  await expect(presenter.getByText("3. ASN teknis")).toBeVisible();
  await expect(presenter.getByText(/Pemberi peringkat: 2/)).toBeVisible();
  await expect(p2.getByRole("region", { name: "Hasil" }).getByRole("listitem").first()).toContainText("Aset P3D");

  // ten different rankings from one new participant at once: the first stands, the rest are refused
  const racer = await browser.newContext();
  const origin = new URL(workshopUrl).origin;
  await racer.request.get(`/join/${code}`);
  await racer.request.post(`/join/${code}`, {
    form: { name: "Agus Setiawan", institution: "Setda" },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  const href = (await activityLink.getAttribute("href"))!;
  const activityId = href.split("/").pop()!;
  const orders = [
    [1, 2, 3],
    [1, 3, 2],
    [2, 1, 3],
    [2, 3, 1],
    [3, 1, 2],
    [3, 2, 1],
    [1, 2, 3],
    [1, 3, 2],
    [2, 1, 3],
    [2, 3, 1],
  ];
  const answers = await Promise.all(
    orders.map((ranks) =>
      racer.request.post(`/api/workshops/join/${code}/submit`, {
        data: { activityId, clientId: crypto.randomUUID(), ranks },
        headers: { Origin: origin, Accept: "application/json" },
      }),
    ),
  );
  expect(answers.map((r) => r.status()).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
  await expect(presenter.getByText(/Pemberi peringkat: 3/)).toBeVisible();

  // an oversized participant post is refused with a short message, not read to the end
  const big = await racer.request.post(`/api/workshops/join/${code}/submit`, {
    data: `activityId=${activityId}&text=${"x".repeat(40_000)}`,
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    maxRedirects: 0,
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toBe("Kiriman terlalu besar.");

  // the CSV has each participant's order
  const csv = await page.request.get(
    `${workshopUrl.replace("/workshops/", "/api/workshops/")}/activities/${activityId}`,
  );
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("1. Aset P3D; 2. ASN teknis; 3. Batas desa");
  expect(text).toContain("1. Batas desa; 2. Aset P3D; 3. ASN teknis");
  for (const c of [plain, ctx, racer]) await c.close();
});
