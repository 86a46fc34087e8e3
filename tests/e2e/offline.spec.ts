import { randomUUID } from "node:crypto";
import { expect, test, type BrowserContext, type Page, type Route } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";
import { storageStateFor } from "../helpers/sessions";
import { signIn } from "../helpers/sign-in";

// Issue 17 item 4: an official on a weak link reads their issues offline (copies the service
// worker keeps, under a "Luring — data dari <waktu>" banner), writes a progress note offline
// (queued on the phone, sent once when the link returns, a conflict shown when the issue changed
// meanwhile), and nothing private stays on the phone after logout.

const PHONE = { width: 390, height: 844 };
const OFFICIAL = "pejabat@mekar.test";

type Fixture = { issueId: string; number: number; title: string; malakaIssueId: string };

/** A fresh accepted issue owned by the position the official holds (Kepala Bappeda, Pangandaran). */
async function ownIssue(): Promise<Fixture> {
  return withE2eDb(async (c) => {
    const owner = (
      await c.query(
        `SELECT p.id, p."regencyId" FROM "Position" p JOIN "PositionTerm" t ON t."positionId" = p.id
         JOIN "User" u ON u.id = t."userId" JOIN "Regency" r ON r.id = p."regencyId"
         WHERE u.email = $1 AND r.slug = 'pangandaran' AND t."endDate" IS NULL LIMIT 1`,
        [OFFICIAL],
      )
    ).rows[0] as { id: string; regencyId: string };
    const id = randomUUID();
    const title = `Jaringan air bersih Desa Cikembulan ${Date.now()}`;
    const { rows } = await c.query(
      `INSERT INTO "Issue" (id, "regencyId", number, title, category, stage, triage, "ownerPositionId", "acceptedAt", "updatedAt")
       VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM "Issue" WHERE "regencyId" = $2), $3,
               'basic_services', 'analysis', 'accepted', $4, now(), now())
       RETURNING number`,
      [id, owner.regencyId, title, owner.id],
    );
    const malaka = (
      await c.query(
        `SELECT i.id FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId"
         WHERE r.slug = 'malaka' AND i.triage = 'accepted' AND i.stage <> 'closed' ORDER BY i.number LIMIT 1`,
      )
    ).rows[0] as { id: string };
    return { issueId: id, number: rows[0].number as number, title, malakaIssueId: malaka.id };
  });
}

const countNotes = (issueId: string, body: string) =>
  withE2eDb(async (c) =>
    Number(
      (await c.query(`SELECT count(*) FROM "IssueUpdate" WHERE "issueId" = $1 AND body = $2`, [issueId, body])).rows[0]
        .count,
    ),
  );
const countAudit = (issueId: string) =>
  withE2eDb(async (c) =>
    Number(
      (
        await c.query(`SELECT count(*) FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'issue.update_added'`, [
          issueId,
        ])
      ).rows[0].count,
    ),
  );

/** The worker has saved a copy of this page (it saves after answering). */
async function copyKept(page: Page, path: string) {
  await expect
    .poll(() =>
      page.evaluate(
        (url) => caches.open("mekar-pages-v1").then((c) => c.match(url, { ignoreVary: true }).then((r) => !!r)),
        new URL(path, page.url()).href,
      ),
    )
    .toBe(true);
}

test.describe("offline reading and queued notes", () => {
  // a session of its own (signed in through the form): the journey ends with a logout
  test.use({ viewport: PHONE });

  test("the official reads their issues offline, queues a note, and it is saved once when the link returns; a change meanwhile is a conflict; logout clears the phone", async ({
    page,
    context,
    browser,
  }) => {
    const fx = await ownIssue();
    const issuePath = `/issues/${fx.issueId}`;

    // online: the desk registers the worker; the issue list and the issue are opened (and kept)
    await signIn(page, OFFICIAL);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const manifest = await page.request.get("/manifest.webmanifest");
    expect(manifest.ok()).toBe(true);
    expect(await manifest.json()).toMatchObject({ name: "Mekar", start_url: "/dashboard" });
    await page.goto("/issues");
    await expect(page.getByRole("link", { name: fx.title })).toBeVisible();
    await copyKept(page, "/issues");
    await page.goto(issuePath);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(fx.title) })).toBeVisible();
    await copyKept(page, issuePath);

    // the issue is renamed on the server: a page that still shows the old title is the phone's copy
    const renamed = `${fx.title} (diubah)`;
    await withE2eDb((c) => c.query(`UPDATE "Issue" SET title = $2 WHERE id = $1`, [fx.issueId, renamed]));

    // offline: the issue list opens from the phone, with the banner. context.setOffline reaches the
    // service worker's own fetches in this Chromium (150, Playwright 1.65): the worker's fetch fails
    // and it answers with the kept copy (the old title below proves it). It does not survive a
    // navigation for navigator.onLine, though: the new document reads true (and hears no
    // online/offline events), so the app treats a kept copy as offline and tries the link itself.
    await context.setOffline(true);
    const list = await page.goto("/issues");
    expect(list?.fromServiceWorker()).toBe(true);
    await expect(page.getByText(/^Luring — data dari /)).toBeVisible();
    await expect(page.getByRole("link", { name: fx.title, exact: true })).toBeVisible();
    await expect(page.getByText(renamed)).toHaveCount(0);
    await page.screenshot({ path: "test-results/offline-banner-390.png", fullPage: false });

    // the issue page too; a note written now waits on the phone
    await page.goto(issuePath);
    await expect(page.getByText(/^Luring — data dari /)).toBeVisible();
    const note = `Pipa utama sudah tersambung ke bak penampung ${Date.now()}.`;
    await page.getByLabel("Catatan kemajuan").fill(note);
    await page.getByLabel("Kemajuan (%)").fill("35");
    await page.getByRole("button", { name: "Tambah pembaruan" }).click();
    await expect(page.getByText("Belum terkirim: catatan disimpan di ponsel")).toBeVisible();
    const queue = page.getByRole("region", { name: "Catatan di ponsel ini" });
    await expect(queue.getByText("Menunggu dikirim")).toBeVisible();
    await expect(queue.getByText(note)).toBeVisible();
    await expect(page.getByLabel("Catatan kemajuan")).toHaveValue("");
    await queue.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/offline-pending-note-390.png", fullPage: false });
    expect(await countNotes(fx.issueId, note)).toBe(0);

    // the link returns: the note is sent, saved once, and the page becomes live again
    await context.setOffline(false);
    await expect(page.getByRole("region", { name: "Catatan di ponsel ini" })).toHaveCount(0);
    await expect(page.getByText(/^Luring — data dari /)).toHaveCount(0);
    await expect(
      page.getByRole("heading", { level: 1, name: new RegExp(renamed.replace(/[()]/g, "\\$&")) }),
    ).toBeVisible();
    await expect(page.getByText(note)).toBeVisible();
    expect(await countNotes(fx.issueId, note)).toBe(1);
    expect(await countAudit(fx.issueId)).toBe(1);
    const percent = await withE2eDb(
      async (c) => (await c.query(`SELECT "percentDone" FROM "Issue" WHERE id = $1`, [fx.issueId])).rows[0].percentDone,
    );
    expect(percent).toBe(35);

    // a resend with the same key (the answer was lost on the way) is the same note, not a second one
    const origin = new URL(page.url()).origin;
    const resend = { idempotencyKey: randomUUID(), version: 1, body: `Uji kirim ulang ${Date.now()}`, percentDone: "" };
    for (let i = 0; i < 2; i++) {
      const res = await page.request.post(`/api/issues/${fx.issueId}/updates`, {
        headers: { Origin: origin },
        data: resend,
      });
      expect(res.status()).toBe(200);
    }
    expect(await countNotes(fx.issueId, resend.body)).toBe(1);
    // another regency's issue does not exist for this official, and nothing is written there
    const malakaBefore = await withE2eDb(
      async (c) =>
        (await c.query(`SELECT count(*) FROM "IssueUpdate" WHERE "issueId" = $1`, [fx.malakaIssueId])).rows[0].count,
    );
    const foreign = await page.request.post(`/api/issues/${fx.malakaIssueId}/updates`, {
      headers: { Origin: origin },
      data: { ...resend, idempotencyKey: randomUUID() },
    });
    expect(foreign.status()).toBe(404);
    const malakaAfter = await withE2eDb(
      async (c) =>
        (await c.query(`SELECT count(*) FROM "IssueUpdate" WHERE "issueId" = $1`, [fx.malakaIssueId])).rows[0].count,
    );
    expect(malakaAfter).toBe(malakaBefore);
    // a post from another site is refused
    const crossSite = await page.request.post(`/api/issues/${fx.issueId}/updates`, {
      headers: { Origin: "https://elsewhere.example" },
      data: { ...resend, idempotencyKey: randomUUID() },
    });
    expect(crossSite.status()).toBe(403);

    // a conflict: offline again, a second note waits while the coordinator moves the issue on
    await page.reload();
    await context.setOffline(true);
    const late = `Menunggu material dari penyedia ${Date.now()}.`;
    await page.getByLabel("Catatan kemajuan").fill(late);
    await page.getByRole("button", { name: "Tambah pembaruan" }).click();
    await expect(
      page.getByRole("region", { name: "Catatan di ponsel ini" }).getByText("Menunggu dikirim"),
    ).toBeVisible();

    const coordinatorCtx = await browser.newContext({ storageState: storageStateFor("koordinator@mekar.test") });
    const coordinator = await coordinatorCtx.newPage();
    await coordinator.goto(issuePath);
    await coordinator.getByLabel("Tahap baru").selectOption({ label: "Aksi" });
    await coordinator.getByRole("button", { name: "Pindahkan" }).click();
    await expect(coordinator.getByText("Tahap diubah ke Aksi.")).toBeVisible();
    await coordinatorCtx.close();

    await context.setOffline(false);
    const conflict = page.getByRole("region", { name: "Catatan di ponsel ini" });
    await expect(conflict.getByText("Bentrok — tidak disimpan")).toBeVisible();
    await expect(conflict.getByRole("alert")).toContainText("Isu ini telah diubah oleh");
    await expect(conflict.getByRole("alert")).toContainText("Tahap");
    expect(await countNotes(fx.issueId, late)).toBe(0);
    await conflict.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/offline-conflict-390.png", fullPage: false });
    // the official takes the text back into the form (to send it now that they see the new stage)
    await conflict.getByRole("button", { name: "Salin kembali ke formulir" }).click();
    await expect(page.getByLabel("Catatan kemajuan")).toHaveValue(late);
    await expect(page.getByRole("region", { name: "Catatan di ponsel ini" })).toHaveCount(0);

    // logout: the phone keeps no copy, no queue, no worker
    expect((await page.evaluate(() => caches.keys())).length).toBeGreaterThan(0);
    const cleared: string[] = [];
    // (allHeaders: headers() leaves out security headers such as this one)
    page.on("response", async (r) => {
      if ((await r.allHeaders())["clear-site-data"] === '"cache", "storage"')
        cleared.push(`${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    await page.locator("summary", { hasText: "menu akun" }).click();
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
    await expect
      .poll(() => page.evaluate(() => indexedDB.databases().then((dbs) => dbs.map((d) => d.name))))
      .not.toContain("mekar-offline");
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)))
      .toBe(0);
    // the server says the same with Clear-Site-Data ("cache", "storage") on the logout's answer and
    // the page it lands on (what a phone without JavaScript relies on)
    await page.reload();
    await expect.poll(() => cleared.length, "a response with Clear-Site-Data").toBeGreaterThan(0);
    console.log(`Clear-Site-Data came with: ${cleared.join(", ")}`);
  });
  test("a note sent on a bad link while the phone still says it is online is kept on the phone, not lost, and saved once when the link carries again", async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const { fx } = await openOwnIssueWithWorker(page);
    const queue = page.getByRole("region", { name: "Catatan di ponsel ini" });
    const NOTES = "**/api/issues/*/updates";

    // online, the link as good as ever: saved at once, and said so only once the server has it
    const first = `Survei lokasi bak penampung selesai ${Date.now()}.`;
    await addNote(page, first);
    await expect(page.getByText("Pembaruan tersimpan.")).toBeVisible();
    await expect(page.getByText(first)).toBeVisible();
    expect(await countNotes(fx.issueId, first)).toBe(1);

    // 1. the request fails (a dropped connection); navigator.onLine stays true throughout
    await context.route(NOTES, (route) => route.abort("connectionreset"));
    const dropped = `Material pipa tiba di gudang desa ${Date.now()}.`;
    await addNote(page, dropped);
    await expect(page.getByText("Belum terkirim: catatan disimpan di ponsel")).toBeVisible();
    await expect(queue.getByText("Menunggu dikirim")).toBeVisible();
    await expect(queue.getByText(dropped)).toBeVisible();
    await expect(page.getByLabel("Catatan kemajuan")).toHaveValue("");
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await expect(page.getByRole("heading", { name: /Terjadi kesalahan|error/i })).toHaveCount(0);
    await queue.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/offline-bad-link-390.png", fullPage: false });
    expect(await countNotes(fx.issueId, dropped)).toBe(0);

    // the link carries again: the page tries by itself and the note is saved once
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await expect(page.getByText("Terkirim: catatan dari ponsel ini sudah tersimpan.")).toBeVisible({
      timeout: 30_000,
    });
    await expect(queue).toHaveCount(0);
    await expect(page.getByText(dropped)).toBeVisible();
    expect(await countNotes(fx.issueId, dropped)).toBe(1);

    // 2. the server saves it but the answer is lost on the way back: kept on the phone, then
    //    resent with the same one-time key, which is the same note, not a second one
    await context.route(NOTES, async (route) => {
      await route.fetch();
      await route.abort("connectionreset");
    });
    const lostAnswer = `Tukang sudah menggali parit sepanjang 40 m ${Date.now()}.`;
    await addNote(page, lostAnswer);
    await expect(queue.getByText(lostAnswer)).toBeVisible();
    expect(await countNotes(fx.issueId, lostAnswer)).toBe(1);
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await expect(queue).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByText(lostAnswer)).toBeVisible();
    expect(await countNotes(fx.issueId, lostAnswer)).toBe(1);

    // 3. the request hangs (no answer at all): after the send timeout it is kept on the phone
    const hung: Route[] = [];
    await context.route(NOTES, (route) => {
      hung.push(route);
    });
    const hanging = `Menunggu truk tangki air dari kecamatan ${Date.now()}.`;
    await addNote(page, hanging);
    await expect(page.getByText("Mengirim catatan…")).toBeVisible();
    await expect(queue.getByText(hanging)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("Belum terkirim: catatan disimpan di ponsel")).toBeVisible();
    expect(hung.length).toBeGreaterThan(0);
    expect(await countNotes(fx.issueId, hanging)).toBe(0);
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await expect(queue).toHaveCount(0, { timeout: 45_000 });
    await expect(page.getByText(hanging)).toBeVisible();
    expect(await countNotes(fx.issueId, hanging)).toBe(1);
    expect(await countAudit(fx.issueId)).toBe(4);

    // a note the server refuses (too short) still comes back beside its field, as before
    await addNote(page, "ok");
    await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
    await expect(page.getByText("Tulis catatan kemajuan.")).toBeVisible();
    await expect(page.getByLabel("Catatan kemajuan")).toHaveValue("ok");
    await expect(queue).toHaveCount(0);
  });

  test("a note posted offline before the page's script has run is kept by the service worker, not lost, and saved once later", async ({
    page,
    context,
  }) => {
    const { fx, issuePath } = await openOwnIssueWithWorker(page);
    await copyKept(page, issuePath);

    // the page's own scripts do not run (a slow link that has not brought them yet); the worker does
    const cdp = await context.newCDPSession(page);
    await scripts(cdp, false);
    await context.setOffline(true);
    await page.goto(issuePath);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(fx.title) })).toBeVisible();
    const note = `Pipa cabang ke dusun Cikalong dipasang ${Date.now()}.`;
    await page.getByLabel("Catatan kemajuan").fill(note);
    await page.getByRole("button", { name: "Tambah pembaruan" }).click();
    // no browser error page: the issue page again, from the phone
    await expect(page).toHaveURL(new RegExp(`${issuePath}$`));
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(fx.title) })).toBeVisible();
    expect(await countNotes(fx.issueId, note)).toBe(0);

    // the script runs again: the note is in the phone's queue, listed as waiting
    await scripts(cdp, true);
    expect(await queuedBodies(page)).toEqual([note]);
    await page.reload();
    const queue = page.getByRole("region", { name: "Catatan di ponsel ini" });
    await expect(queue.getByText(note)).toBeVisible();
    await expect(queue.getByText("Menunggu dikirim")).toBeVisible();
    await queue.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/offline-before-script-390.png", fullPage: false });

    // the link returns: saved once
    await context.setOffline(false);
    await expect(queue).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByText(note)).toBeVisible();
    expect(await countNotes(fx.issueId, note)).toBe(1);
    expect(await countAudit(fx.issueId)).toBe(1);
  });
});

/** A fresh issue of the official's, opened signed in once the service worker controls the page. */
async function openOwnIssueWithWorker(page: Page) {
  const fx = await ownIssue();
  const issuePath = `/issues/${fx.issueId}`;
  await signIn(page, OFFICIAL);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.goto(issuePath);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(fx.title) })).toBeVisible();
  return { fx, issuePath };
}

async function addNote(page: Page, body: string) {
  await page.getByLabel("Catatan kemajuan").fill(body);
  await page.getByRole("button", { name: "Tambah pembaruan" }).click();
}

/** Page scripts off or on for this page only (the service worker keeps running). */
async function scripts(cdp: Awaited<ReturnType<BrowserContext["newCDPSession"]>>, on: boolean) {
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: !on });
}

/** The bodies of the notes waiting in the phone's queue (IndexedDB, read from the page). */
function queuedBodies(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("mekar-offline", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("notes", { keyPath: "key" });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction("notes").objectStore("notes").getAll();
          req.onsuccess = () => {
            resolve((req.result as { body: string }[]).map((n) => n.body));
            open.result.close();
          };
        };
      }),
  );
}
