import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";
import { linkIn, mailsTo } from "../helpers/mail-log";
import { signedInAs } from "../helpers/sessions";

// A citizen follows a public issue without an account and without JavaScript, confirms from the
// mail, gets the digest of an official's public note, and leaves with one click; the coordinator
// sees the public's attention and the issue whose interest rises while its updates stall.

const SHOTS = "test-results/followers";
const shot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h, label] of [
    [390, 844, "phone"],
    [1280, 900, "desktop"],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
};

async function issueNumber(prefix: string, slug = "pangandaran"): Promise<number> {
  return withE2eDb(async (c) => {
    const { rows } = await c.query<{ number: number }>(
      `SELECT i.number FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId" WHERE r.slug = $1 AND i.title LIKE $2 LIMIT 1`,
      [slug, `${prefix}%`],
    );
    return rows[0].number;
  });
}

test("a citizen follows an issue without JavaScript, confirms, gets the digest and unsubscribes in one click", async ({
  browser,
  request,
}) => {
  test.slow(); // waits for the outbox sweeper (every few seconds) twice
  const email = `warga.${Date.now().toString(36)}@contoh.id`;
  const guru = await issueNumber("Kekurangan guru ASN");
  const issuePath = `/r/pangandaran/isu/${guru}`;

  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const page = await citizen.newPage();
  await page.goto(issuePath);
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Ikuti isu ini lewat surel" }) });
  await expect(form).toBeVisible();
  await shot(page, "public-issue");
  // autodiscovery of the issue's own feed
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    new RegExp(`${issuePath}/feed\\.xml$`),
  );
  await form.getByLabel("Alamat surel").fill(email);
  await form.getByLabel("Segera setiap ada kabar").check();
  await form.getByRole("button", { name: "Ikuti" }).click();
  await expect(page.getByRole("heading", { name: "Periksa kotak surel Anda" })).toBeVisible();

  // the confirmation mail, from the app's mail log (the outbox sweeper sends it)
  await expect.poll(() => mailsTo(email).length, { timeout: 60_000 }).toBeGreaterThan(0);
  const confirm = mailsTo(email)[0];
  expect(confirm.subject).toContain("Konfirmasi");
  expect(confirm.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  expect(confirm.headers?.["List-Unsubscribe"]).toMatch(/\/r\/pangandaran\/ikuti\/berhenti\?key=/);
  const confirmLink = linkIn(confirm, "/r/pangandaran/ikuti/konfirmasi?token=")!;
  await page.goto(confirmLink);
  await expect(page.getByRole("heading", { name: "Langganan dikonfirmasi" })).toBeVisible();
  await citizen.close();

  // an official posts a public note on the issue (the coordinator, not its owner: it stays stalled)
  const coordinator = await browser.newPage();
  await signedInAs(coordinator, "koordinator@mekar.test");
  const issueId = await withE2eDb(
    async (c) =>
      (
        await c.query<{ id: string }>(
          `SELECT i.id FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId" WHERE r.slug = 'pangandaran' AND i.number = $1`,
          [guru],
        )
      ).rows[0].id,
  );
  await coordinator.goto(`/issues/${issueId}`);
  await expect(coordinator.getByText("Minat publik naik, pembaruan macet")).toBeVisible();
  const note = `Dinas Pendidikan mengusulkan 120 formasi PPPK guru (${Date.now().toString(36)}).`;
  const noteForm = coordinator.locator("form", { has: coordinator.getByLabel("Catatan kemajuan") });
  await noteForm.getByLabel("Catatan kemajuan").fill(note);
  await noteForm.getByLabel("Tampilkan di halaman publik").check();
  await noteForm.getByRole("button", { name: "Tambah pembaruan" }).click();
  await expect(coordinator.getByText("Pembaruan tersimpan.")).toBeVisible();

  // the digest arrives with the note and a one-click unsubscribe link
  await expect.poll(() => mailsTo(email).filter((m) => m.text.includes(note)).length, { timeout: 60_000 }).toBe(1);
  const digest = mailsTo(email).find((m) => m.text.includes(note))!;
  expect(digest.text).not.toMatch(/<img|pixel/i);
  const unsubscribe = linkIn(digest, "/r/pangandaran/ikuti/berhenti?key=")!;
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const click = await reader.newPage();
  await click.goto(unsubscribe);
  await expect(click.getByRole("heading", { name: "Anda berhenti mengikuti" })).toBeVisible();
  await shot(click, "unsubscribed");
  await reader.close();
  await expect
    .poll(() =>
      withE2eDb(
        async (c) =>
          (await c.query(`SELECT 1 FROM "Follower" WHERE email = $1 AND "unsubscribedAt" IS NOT NULL`, [email]))
            .rowCount,
      ),
    )
    .toBe(1);

  // the address is nowhere public: not on the page, not in the feeds
  for (const path of [issuePath, `${issuePath}/feed.xml`, "/r/pangandaran", "/r/pangandaran/feed.xml", "/r/feed.xml"]) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expect(await res.text(), path).not.toContain(email);
  }
  const feed = await (await request.get(`${issuePath}/feed.xml`)).text();
  expect(feed).toContain(note.slice(0, 40));

  // the coordinator's dashboard: the public's attention and the flagged issue
  await coordinator.goto("/dashboard");
  const panel = coordinator.getByTestId("public-attention");
  await expect(panel).toBeVisible();
  await expect(panel.getByText("Pengikut aktif")).toBeVisible();
  const flagged = panel.locator("section", {
    has: coordinator.getByRole("heading", { name: "Minat publik naik, pembaruan macet" }),
  });
  await expect(flagged.getByRole("link", { name: /Kekurangan guru ASN/ })).toBeVisible();
  await expect(flagged.getByRole("link", { name: /Jalan lingkar/ })).toHaveCount(0);
  expect(await panel.textContent()).not.toContain("@contoh.id");
  await shot(coordinator, "dashboard");
  await panel.screenshot({ path: `${SHOTS}/dashboard-panel-desktop.png` });
  await coordinator.setViewportSize({ width: 390, height: 844 });
  await panel.screenshot({ path: `${SHOTS}/dashboard-panel-phone.png` });
  await coordinator.close();
});

test("the WhatsApp share link counts and goes to wa.me only; a private issue has none", async ({ request }) => {
  const guru = await issueNumber("Kekurangan guru ASN");
  for (const path of [`/r/pangandaran/isu/${guru}/share?to=https://evil.example`, "/r/pangandaran/share"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(303);
    expect(new URL(res.headers()["location"]).host).toBe("wa.me");
  }
  const hidden = await withE2eDb(
    async (c) =>
      (
        await c.query<{ number: number }>(
          `SELECT i.number FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId" WHERE r.slug = 'malaka' AND NOT i."isPublic" LIMIT 1`,
        )
      ).rows[0].number,
  );
  expect((await request.get(`/r/malaka/isu/${hidden}/share`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get(`/r/malaka/isu/${hidden}/feed.xml`)).status()).toBe(404);
});

test("Malaka's coordinator sees Malaka's public attention and its flagged issue", async ({ page }) => {
  await signedInAs(page, "koordinator.malaka@mekar.test");
  await page.goto("/dashboard");
  const panel = page.getByTestId("public-attention");
  await expect(panel.getByRole("link", { name: /Aset daerah dari Kabupaten Belu/ }).first()).toBeVisible();
  await expect(panel.getByRole("figure", { name: "Perhatian publik dan pembaruan pejabat per minggu" })).toBeVisible();
});
