import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { signIn } from "../helpers/sign-in";
import { signedInAs } from "../helpers/sessions";

// Faults a real deployment meets: the database restarts under a running app, two people save
// the same record, a form is sent several times at once. Proven over HTTP against the
// production server in a real browser.

const TSX = ["node_modules/tsx/dist/cli.mjs"];
const ERROR_HEADING = "Terjadi kesalahan";
/** What must never reach a user: driver errors, stack frames, file paths. */
const LEAK = /PrismaClient|ECONNREFUSED|DriverAdapterError|\bat [\w.$<>]+ \(|node_modules|\/work\//;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (out += d));
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} exited with ${code}:\n${out}`)),
    );
  });
}

test.describe("the database restarts in the middle of use", () => {
  let dir = "";
  let dataDir = "";
  let pg: EmbeddedDb | null = null;
  let app: ChildProcess | null = null;
  let output = "";

  /** Its own Postgres (so it can be stopped) and its own production server on the shared e2e build. */
  async function startApp(): Promise<string> {
    dir = mkdtempSync(path.join(os.tmpdir(), "mekar-faults-"));
    dataDir = path.join(dir, "pg");
    pg = await startEmbeddedDb({ dataDir, persistent: true });
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      PORT: String(port),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
      MEKAR_REUSE_BUILD: "1", // the main e2e server is serving this build: never rebuild it under that server
      MEKAR_DATA_DIR: path.join(dir, "data"),
      MEKAR_FRESH: "",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    await run([...TSX, "scripts/db-seed.ts"], env); // migrations + demo users (start.ts seeds only its embedded database)
    app = spawn(process.execPath, [...TSX, "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve, reject) => {
      app!.stdout!.on("data", (d: Buffer) => {
        output += d;
        if (/ready on http/.test(output)) resolve();
      });
      app!.stderr!.on("data", (d: Buffer) => (output += d));
      app!.once("exit", (code) => reject(new Error(`the app exited with ${code}:\n${output}`)));
    });
    return `http://localhost:${port}`;
  }

  test.afterAll(async () => {
    if (app && app.exitCode === null && app.signalCode === null) {
      const exited = new Promise((r) => app!.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
    await pg?.stop().catch(() => {});
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("requests fail cleanly while Postgres is down, /api/health says 503, and the app recovers by itself", async ({
    browser,
  }) => {
    test.setTimeout(600_000); // the server's first start may build when sources changed locally
    const base = await startApp();
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    try {
      await signIn(page, "koordinator@mekar.test");
      expect((await page.goto("/issues"))?.status()).toBe(200);
      await page.getByRole("link", { name: "Penyerahan aset P3D dari Kabupaten Ciamis belum tuntas" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Penyerahan aset P3D/ })).toBeVisible();
      const issueUrl = page.url();
      expect((await page.request.get("/api/health")).status()).toBe(200);

      // Postgres goes away (a restart, a failover) while the user has a form open
      await pg!.stop();
      const lostNote = `Catatan saat basis data mati ${Date.now()}`;
      await page.getByLabel("Catatan kemajuan").fill(lostNote);

      // the health check answers at once, and says so (a request timeout fails a hang)
      const health = await page.request.get("/api/health", { timeout: 10_000 });
      expect(health.status()).toBe(503);
      expect(await health.json()).toEqual({ status: "unavailable", sweepLeader: expect.any(Boolean) });

      // a server action submit ends in the error screen, not in a request that never returns
      await page.getByRole("button", { name: "Tambah pembaruan" }).click();
      await expect(page.getByRole("heading", { name: ERROR_HEADING })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByText("Jika Anda baru saja menyimpan sesuatu, muat ulang halaman")).toBeVisible();

      // a portal page: a clean 5xx with our error screen in Indonesian, no internals
      const other = await context.newPage();
      const res = await other.goto("/issues", { timeout: 15_000 });
      expect(res!.status()).toBeGreaterThanOrEqual(500);
      await expect(other.getByRole("heading", { name: ERROR_HEADING })).toBeVisible();
      await expect(other.locator("html")).toHaveAttribute("lang", "id");
      expect(await res!.text()).not.toMatch(LEAK);
      expect(await other.locator("body").innerText()).not.toMatch(LEAK);
      await other.close();

      // the same server, the same data, the same port: Postgres is back
      pg = await startEmbeddedDb({ dataDir, persistent: true, port: pg!.port });
      await expect
        .poll(async () => (await page.request.get("/api/health", { timeout: 5_000 }).catch(() => null))?.status(), {
          timeout: 30_000,
          intervals: [250, 500, 1000],
        })
        .toBe(200);

      // the same signed-in browser works again without an app restart: pages and actions
      expect((await page.goto(issueUrl))?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: /Penyerahan aset P3D/ })).toBeVisible();
      await expect(page.getByText(lostNote)).toHaveCount(0); // the failed submit wrote nothing
      const note = `Catatan setelah basis data pulih ${Date.now()}`;
      await page.getByLabel("Catatan kemajuan").fill(note);
      await page.getByRole("button", { name: "Tambah pembaruan" }).click();
      await expect(page.getByText("Pembaruan tersimpan.")).toBeVisible();
      await expect(page.getByText(note)).toBeVisible();

      const title = `Jembatan Cikembulan putus setelah banjir ${Date.now()}`;
      await page.goto("/issues/new");
      await page.getByLabel("Judul isu").fill(title);
      await page.getByLabel("Kategori").selectOption({ label: "Infrastruktur" });
      await page.getByRole("button", { name: "Kirim usulan" }).click();
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
    } catch (e) {
      console.log(`app output:\n${output.slice(-4000)}`);
      throw e;
    } finally {
      await context.close();
    }
  });
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signedInAs(page, email);
  return page;
}

test.describe("many clients, one record", () => {
  test("two people save the same issue: the second is told of the conflict and the first's change is kept", async ({
    browser,
  }) => {
    const title = `Kantor camat Sidamulih belum tersambung listrik ${Date.now()}`;
    const first = await signedIn(browser, "koordinator@mekar.test");
    const second = await signedIn(browser, "koordinator@mekar.test");
    try {
      await first.goto("/issues/new");
      await first.getByLabel("Judul isu").fill(title);
      await first.getByLabel("Kategori").selectOption({ label: "Infrastruktur" });
      await first.getByRole("button", { name: "Kirim usulan" }).click();
      await expect(first.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
      const issueUrl = first.url();

      // both open the edit form of the same version
      await first.goto(`${issueUrl}/edit`);
      await second.goto(`${issueUrl}/edit`);
      await first.getByLabel("Judul isu").fill(`${title} (PLN dihubungi)`);
      await second.getByLabel("Judul isu").fill(`${title} (genset dipinjam)`);

      await first.getByRole("button", { name: "Simpan perubahan" }).click();
      await expect(
        first.getByRole("heading", { level: 1, name: new RegExp(`${title} \\(PLN dihubungi\\)`) }),
      ).toBeVisible();

      await second.getByRole("button", { name: "Simpan perubahan" }).click();
      await expect(
        second.getByText(/Isu ini telah diubah oleh .+ sejak Anda membukanya\. Yang berubah: Judul isu/),
      ).toBeVisible();
      await expect(second).toHaveURL(/\/edit$/);

      // nothing was overwritten silently
      await second.goto(issueUrl);
      await expect(
        second.getByRole("heading", { level: 1, name: new RegExp(`${title} \\(PLN dihubungi\\)`) }),
      ).toBeVisible();
      await expect(second.getByText("genset dipinjam")).toHaveCount(0);
    } finally {
      await first.context().close();
      await second.context().close();
    }
  });

  test("the same create form sent five times at once makes one issue", async ({ page }) => {
    const title = `Sengketa lahan pasar Parigi ${Date.now()}`;
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/issues/new");
    await page.getByLabel("Judul isu").fill(title);
    await page.getByLabel("Kategori").selectOption({ label: "Batas wilayah" });
    // what a double-clicking user on a flaky connection, or a resending browser, produces:
    // the form's own fields (one idempotency key) posted several times in parallel
    const results = await page.evaluate(async (n) => {
      const form = [...document.querySelectorAll("form")].find((f) => f.querySelector('[name="title"]'))!;
      const body = new FormData(form);
      const responses = await Promise.all(
        Array.from({ length: n }, () => fetch(location.pathname, { method: "POST", body })),
      );
      return responses.map((r) => ({ status: r.status, url: new URL(r.url).pathname }));
    }, 5);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const targets = new Set(results.map((r) => r.url));
    expect(targets.size).toBe(1);
    expect([...targets][0]).toMatch(/^\/issues\/[0-9a-f-]{36}$/);

    // the register (proposals awaiting triage) holds it once
    await page.goto(`/issues?triage=pending&q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  });
});
