import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_TOTP_SECRET, enterCode } from "../helpers/sign-in";
import { clusterMails, openStream, startCluster, type Cluster, type Instance } from "../helpers/instances";
import { startPgBouncer } from "../helpers/pgbouncer";
import { startS3Server, type S3Server } from "../helpers/s3-server";

// Several instances on one build behind a proxy (README "Production: several instances"): two
// production servers A and B started as `npm run start:instance` on the shared e2e build, one
// Postgres, one AUTH_SECRET, one upload store, and a proxy in front that the test points at one
// or the other. Whatever a user starts on one instance finishes on the other. As in a national
// deployment, the instances reach Postgres through PgBouncer in transaction mode (LISTEN on the
// direct URL) and keep files in an S3-compatible store (s3rver, on loopback).

test.describe.configure({ mode: "serial", timeout: 300_000 });

/** The first request an instance serves compiles nothing but warms everything: slow on a loaded machine. */
const COLD = { timeout: 120_000 };

let cluster: Cluster;
let A: Instance;
let B: Instance;
let s3: S3Server;
/** The sweep lease of the cluster: short, so a dead leader's hand-over is seen within the test. */
const LEASE_MS = 6000;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = await startCluster({
    count: 2,
    extraEnv: async ({ db, cleanup }) => {
      const bouncer = await startPgBouncer([db.appUrl]);
      cleanup(() => bouncer.stop());
      s3 = await startS3Server({ bucket: "mekar-instances", prefix: "files/" });
      cleanup(() => s3.close());
      return {
        DATABASE_URL: bouncer.pooled(db.appUrl),
        DIRECT_DATABASE_URL: db.appUrl,
        ...s3.env,
        MEKAR_SWEEP_LEASE_MS: String(LEASE_MS),
        MEKAR_SWEEP_RENEW_MS: "1000",
      };
    },
  });
  [A, B] = cluster.instances;
});

/** Whether each instance says it runs the background sweeps (GET /api/health). */
async function leaders(...instances: Instance[]): Promise<boolean[]> {
  return Promise.all(
    instances.map(
      async (i) => ((await (await fetch(`${i.url}/api/health`)).json()) as { sweepLeader: boolean }).sweepLeader,
    ),
  );
}

test.afterAll(async () => {
  if (!cluster) return;
  if (test.info().status !== test.info().expectedStatus)
    for (const i of cluster.instances) console.log(`instance ${i.name}:\n${i.output().slice(-3000)}`);
  await cluster.stop();
});

/** Signs in through the proxy: the login form rendered by A is posted to B, the code form rendered by B is posted to A. */
async function signInAcross(page: Page, email: string) {
  cluster.proxy.pointAt(A);
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("mekar-demo");
  cluster.proxy.pointAt(B);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => url.pathname !== "/login", COLD);
  cluster.proxy.pointAt(A);
  if (new URL(page.url()).pathname === "/login/code") await enterCode(page, DEMO_TOTP_SECRET);
  await expect(page).toHaveURL(/\/dashboard/, COLD);
}

test("a form rendered by instance A is posted to instance B and succeeds; the session works on both", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: cluster.proxy.url });
  const page = await context.newPage();
  try {
    await signInAcross(page, "koordinator@mekar.test");

    // the new-issue form comes from A, its server action goes to B
    cluster.proxy.pointAt(A);
    await page.goto("/issues/new");
    const title = `Jalan desa Cintaratu longsor ${Date.now()}`;
    await page.getByLabel("Judul isu").fill(title);
    await page.getByLabel("Kategori").selectOption({ label: "Infrastruktur" });
    cluster.proxy.pointAt(B);
    await page.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible(COLD);

    // an issue page (with its progress form) rendered by B, the note posted to A
    await page.goto("/issues");
    await page.getByRole("link", { name: "Penyerahan aset P3D dari Kabupaten Ciamis belum tuntas" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Penyerahan aset P3D/ })).toBeVisible();
    const note = `Dinas PU sudah meninjau lokasi ${Date.now()}`;
    await page.getByLabel("Catatan kemajuan").fill(note);
    cluster.proxy.pointAt(A);
    await page.getByRole("button", { name: "Tambah pembaruan" }).click();
    await expect(page.getByText("Pembaruan tersimpan.")).toBeVisible(COLD);
    await expect(page.getByText(note)).toBeVisible();
  } finally {
    await context.close();
  }
});

test("evidence uploaded through A is downloaded through B", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: cluster.proxy.url });
  const page = await context.newPage();
  try {
    await signInAcross(page, "koordinator@mekar.test");
    cluster.proxy.pointAt(A);
    await page.goto("/iso/audits");
    await page.getByLabel("Judul audit").fill(`Audit dua instans ${Date.now()}`);
    await page.getByLabel("Lingkup audit").fill("Pelayanan perizinan");
    await page.getByLabel("Kriteria audit").fill("SNI ISO 9001:2015 klausul 7.5");
    await page.getByLabel("Perangkat daerah yang diaudit").selectOption({ label: "Dinas Pariwisata" });
    await page.getByLabel("Auditor (ketua tim)").selectOption({ label: "Rahmat Hidayat" });
    await page.getByLabel("Tanggal mulai").fill("2026-11-02");
    await page.getByLabel("Tanggal selesai").fill("2026-11-03");
    await page.getByRole("button", { name: "Simpan audit" }).click();
    await expect(page).toHaveURL(/\/iso\/audits\/[0-9a-f-]{36}$/, COLD);

    const content = `nomor,dokumen\n1,SOP perizinan ${randomUUID()}\n`;
    await page
      .getByLabel("Berkas bukti")
      .setInputFiles({ name: "bukti-dua-instans.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
    await page.getByRole("button", { name: "Unggah bukti" }).click();
    await expect(page.getByText("Bukti tersimpan.")).toBeVisible(COLD);

    cluster.proxy.pointAt(B);
    await page.reload(); // the page, and the download, from B
    const href = await page.getByRole("link", { name: /bukti-dua-instans\.csv/ }).getAttribute("href");
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(await res.text()).toBe(content);
    // kept in the object store, not on either instance's disk
    expect(readdirSync(path.join(s3.directory, "mekar-instances"), { recursive: true }).join("\n")).toMatch(
      /files\/[0-9a-f-]{36}\.csv/,
    );
    expect(readdirSync(cluster.sharedEnv.MEKAR_UPLOAD_DIR)).toEqual([]);
  } finally {
    await context.close();
  }
});

/** A phone that joined workshop `code` through `via` (its cookie is valid on every instance). */
async function participant(via: Instance, code: string, name: string) {
  const api = await playwrightRequest.newContext({ baseURL: via.url });
  expect((await api.get(`/join/${code}`)).status()).toBe(200);
  const joined = await api.post(`/join/${code}`, {
    form: { name, institution: "Bappeda Pangandaran" },
    headers: { Origin: via.url },
    maxRedirects: 0,
  });
  expect(joined.status()).toBeLessThan(400);
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { api, cookie };
}

/** A vote through `via` (the participant's own cookie, sent to whichever instance). */
async function vote(api: APIRequestContext, via: Instance, code: string, activityId: string, choice: number) {
  const res = await api.post(`${via.url}/api/workshops/join/${code}/submit`, {
    data: { activityId, clientId: randomUUID(), choices: [choice] },
    headers: { Origin: via.url, Accept: "application/json" },
  });
  expect(res.status(), await res.text()).toBe(200);
}

test.describe("a live workshop across instances", () => {
  let code = "";
  let activityId = "";
  let workshopId = "";

  test("a participant whose stream is on A sees a vote made through B live", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: cluster.proxy.url });
    const page = await context.newPage();
    try {
      await signInAcross(page, "fasilitator@mekar.test");
      cluster.proxy.pointAt(B);
      await page.goto("/workshops");
      const title = `Lokakarya dua instans ${Date.now()}`;
      await page.getByLabel("Judul lokakarya").fill(title);
      await page.getByLabel("Tanggal dan waktu").fill("2026-12-10T09:00");
      await page.getByRole("button", { name: "Buat lokakarya" }).click();
      await expect(page.getByRole("heading", { name: title })).toBeVisible(COLD);
      workshopId = new URL(page.url()).pathname.split("/").pop()!;
      await page.getByLabel("Jenis kegiatan").selectOption({ label: "Jajak pendapat (satu pilihan)" });
      await page.getByLabel("Judul kegiatan").fill("Isu paling mendesak");
      await page.getByLabel("Pilihan jawaban").fill("Aset P3D\nBatas desa\nASN teknis");
      await page.getByRole("button", { name: "Tambah kegiatan" }).click();
      const link = page.getByRole("link", { name: "Isu paling mendesak", exact: true });
      await expect(link).toBeVisible(COLD);
      activityId = (await link.getAttribute("href"))!.split("/").pop()!;
      code = (await page.locator("[data-join-code]").textContent())!.trim();
      const row = page.getByRole("listitem").filter({ has: link });
      cluster.proxy.pointAt(A);
      await row.getByRole("button", { name: "Buka", exact: true }).click();
      await expect(row.getByRole("button", { name: "Tutup", exact: true })).toBeVisible(COLD);
      await row.getByRole("button", { name: "Tampilkan hasil", exact: true }).click();
      await expect(row.getByRole("button", { name: "Sembunyikan hasil", exact: true })).toBeVisible(COLD);
    } finally {
      await context.close();
    }

    const rina = await participant(A, code, "Rina Marlina");
    const stream = await openStream(`${A.url}/api/workshops/join/${code}/stream`, { Cookie: rina.cookie });
    try {
      const state = await stream.next((e) => e.event === "state");
      const dedi = await participant(B, code, "Dedi Kurniawan");
      await vote(dedi.api, B, code, activityId, 1);
      const results = await stream.next((e) => e.event === "results" && BigInt(e.id) > BigInt(state.id));
      expect(JSON.parse(results.data).results).toEqual({ total: 1, counts: [0, 1, 0] }); // Dedi's "Batas desa"
      await dedi.api.dispose();
    } finally {
      stream.close();
      await rina.api.dispose();
    }
  });

  test("sweeps on both instances mail a due notification once, not twice", async () => {
    // Both instances sweep 30 s after they start (lib/issues/attention-sweep.ts) and drain the mail
    // outbox every few seconds; the demo data has overdue issues and aspirations, so the first
    // sweep notifies their people. Wait until the outbox is empty, then count.
    const db = new pg.Client({ connectionString: cluster.db.url });
    await db.connect();
    try {
      const pending = async () =>
        Number(
          (
            await db.query(
              `SELECT count(*) FROM "Notification" WHERE "emailMode" = 'now' AND "emailedAt" IS NULL AND "emailFailedAt" IS NULL`,
            )
          ).rows[0].count,
        );
      await expect
        .poll(async () => clusterMails(cluster).length > 0 && (await pending()) === 0, {
          timeout: 180_000,
          intervals: [1000],
        })
        .toBe(true);
      const mails = clusterMails(cluster).map((m) => `${m.to}\n${m.subject}\n${m.text}`);
      const swept = await db.query(
        `SELECT count(*) FROM "Notification" WHERE kind IN ('issues.stale', 'issues.escalated', 'aspirations.overdue', 'aspirations.escalated')`,
      );
      expect(Number(swept.rows[0].count)).toBeGreaterThan(0);
      expect(mails.length).toBe(new Set(mails).size); // no mail twice
      // and no notification of the sweep made twice by the two sweeps (same person, same kind, same record)
      const twice = await db.query(
        `SELECT "userId", kind, link FROM "Notification" WHERE kind IN ('issues.stale', 'issues.escalated', 'aspirations.overdue', 'aspirations.escalated')
         GROUP BY "userId", kind, link, params::text HAVING count(*) > 1`,
      );
      expect(twice.rows).toEqual([]);
      // and one instance ran them: exactly one holds the lease
      expect((await leaders(A, B)).filter(Boolean)).toHaveLength(1);
    } finally {
      await db.end();
    }
  });

  test("A dies mid-session: a participant who reconnects to B with Last-Event-ID loses no event", async () => {
    const rina = await participant(A, code, "Rina Marlina (HP kedua)");
    const onA = await openStream(`${A.url}/api/workshops/join/${code}/stream`, { Cookie: rina.cookie });
    const state = await onA.next((e) => e.event === "state");
    const agus = await participant(B, code, "Agus Setiawan");
    await vote(agus.api, B, code, activityId, 0);
    const seen = await onA.next((e) => e.event === "results" && BigInt(e.id) > BigInt(state.id));

    await A.kill("SIGKILL"); // a crash: no graceful shutdown
    await onA.ended;
    // what happens while the phone has no stream: two votes and a closed activity, all through B
    for (const [name, choice] of [
      ["Siti Nurhaliza", 2],
      ["Yusuf Maulana", 0],
    ] as const) {
      const p = await participant(B, code, name);
      await vote(p.api, B, code, activityId, choice);
      await p.api.dispose();
    }

    // the phone's EventSource reconnects through the proxy, which now reaches B, with the last id it saw
    cluster.proxy.pointAt(B);
    const onB = await openStream(`${cluster.proxy.url}/api/workshops/join/${code}/stream`, {
      Cookie: rina.cookie,
      "Last-Event-ID": seen.id,
    });
    try {
      const db = new pg.Client({ connectionString: cluster.db.url });
      await db.connect();
      const missed = (
        await db.query(
          `SELECT id::text FROM "WorkshopEvent" WHERE "workshopId" = $1 AND audience = 'all' AND id > $2 ORDER BY id`,
          [workshopId, seen.id],
        )
      ).rows.map((r) => r.id as string);
      await db.end();
      expect(missed.length).toBeGreaterThanOrEqual(2);
      await onB.next((e) => e.id === missed[missed.length - 1]);
      expect(onB.events.filter((e) => e.id).map((e) => e.id)).toEqual(missed); // every one, once, in order
      expect(onB.events.some((e) => e.event === "state")).toBe(false); // a resumption, not a fresh start
      // the sweeps go on: B leads once a dead A's lease has run out
      await expect.poll(async () => (await leaders(B))[0], { timeout: LEASE_MS * 5, intervals: [500] }).toBe(true);
    } finally {
      onB.close();
      onA.close();
      await rina.api.dispose();
      await agus.api.dispose();
    }
  });
});
