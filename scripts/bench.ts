// `npm run bench`: Mekar at national scale, measured through HTTP as a browser meets it. Seeds a
// throwaway embedded Postgres with 514 regencies and realistic volumes (scripts/lib/national-scale.ts),
// starts the app on it exactly as `npm start` does, signs in, and prints p50/p95 server time of
// the key pages and the bytes a phone downloads for the public update page and the workshop
// participant page. A benchmark: it measures, it asserts nothing. Figures go to docs/benchmarks.md.
//   BENCH_ISSUES=2000 BENCH_RUNS=20 npm run bench
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gunzipSync } from "node:zlib";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { freePort, startEmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { seedNationalScale } from "./lib/national-scale";

const PER_REGENCY = Number(process.env.BENCH_ISSUES || 2000);
const RUNS = Number(process.env.BENCH_RUNS || 20);

type Res = { status: number; ms: number; bytes: number; body: string; headers: http.IncomingHttpHeaders };

function get(url: string, cookie = "", extra: Record<string, string> = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(url, { headers: { cookie, "accept-encoding": "gzip", ...extra } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString() : raw.toString();
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes: raw.length, body, headers: res.headers });
      });
    });
    req.on("error", reject);
  });
}

function post(url: string, form: Record<string, string>, cookie: string): Promise<http.IncomingMessage> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) } }, (res) => { res.resume(); resolve(res); });
    req.on("error", reject);
    req.end(body);
  });
}

const cookiesOf = (h: http.IncomingHttpHeaders) => (h["set-cookie"] ?? []).map((c) => c.split(";")[0]);

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await get(`${base}/api/auth/csrf`);
  const jar = cookiesOf(csrf.headers);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await post(`${base}/api/auth/callback/credentials`, { csrfToken, email, password: "mekar-demo", callbackUrl: `${base}/dashboard` }, jar.join("; "));
  const session = cookiesOf(res.headers).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return [...jar, session].join("; ");
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Bytes a browser downloads for a page: the HTML and every same-site script and stylesheet it names, compressed. */
async function pageWeight(base: string, pathname: string, cookie = "") {
  const page = await get(base + pathname, cookie);
  const assets = [...page.body.matchAll(/<(?:script[^>]+src|link[^>]+href)="(\/[^"?]+\.(js|css))[^"]*"/g)].map((m) => [m[1], m[2]] as const);
  let css = 0;
  let js = 0;
  for (const [a, kind] of new Map(assets)) {
    const bytes = (await get(base + a)).bytes;
    if (kind === "css") css += bytes;
    else js += bytes;
  }
  return { html: page.bytes, css, js, total: page.bytes + css + js, status: page.status };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-bench-"));
  const pg = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url, max: 10 }) });
  let app: ReturnType<typeof spawn> | null = null;
  const stop = async () => {
    if (app && app.exitCode === null) { app.kill("SIGTERM"); await new Promise((r) => app!.once("exit", r)); }
    await db.$disconnect().catch(() => {});
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    let t0 = performance.now();
    await applyMigrations(pg.url, undefined, () => {});
    process.env.DATABASE_URL = pg.url; // the seed's modules read it when they load
    const { seedIfEmpty } = await import("../prisma/seed");
    await seedIfEmpty(pg.url);
    console.log(`migrations + demo seed: ${Math.round(performance.now() - t0)} ms`);
    t0 = performance.now();
    const volumes = await seedNationalScale(db, PER_REGENCY, (m) => console.log(`  ${m}`));
    console.log(`national scale seeded in ${Math.round((performance.now() - t0) / 1000)} s: ${Object.entries(volumes).map(([k, v]) => `${k} ${v.toLocaleString("en")}`).join(", ")}\n`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: pg.url, AUTH_SECRET: randomBytes(32).toString("base64"), PORT: String(port), NEXT_DIST_DIR: ".next-bench", MEKAR_DATA_DIR: path.join(dir, "data") },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      app!.stdout!.on("data", (d: Buffer) => { if (/ready on http/.test(d.toString())) resolve(); });
      app!.once("exit", (code) => reject(new Error(`app exited with ${code}`)));
    });

    const coordinator = await signIn(base, "koordinator@mekar.test");
    const admin = await signIn(base, "admin@mekar.test");
    const [{ id: issueId }] = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT i.id FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId" WHERE r.slug = 'pangandaran' ORDER BY i.number DESC LIMIT 1`);
    const piece = await db.$queryRawUnsafe<{ slug: string }[]>(`SELECT p.slug FROM "Publication" p JOIN "Regency" r ON r.id = p."regencyId" WHERE r.slug = 'pangandaran' AND p.status = 'approved' AND p."firstPublishAt" <= now() ORDER BY p."firstPublishAt" DESC LIMIT 1`).catch(() => []);
    const pages: [string, string, string][] = [
      ["coordinator dashboard", "/dashboard", coordinator],
      ["issue list (one regency)", "/issues", coordinator],
      ["issue list, filtered: stale", "/issues?stale=1", coordinator],
      ["issue detail", `/issues/${issueId}`, coordinator],
      ["regency leadership", "/regencies/pangandaran/leadership", coordinator],
      ["audit trail (admin, all regencies)", "/audit", admin],
      ["comparison across regencies (admin)", "/overview", admin],
      ["public regency page", "/r/pangandaran", ""],
      ...(piece[0] ? [["public update page", `/r/pangandaran/${piece[0].slug}`, ""] as [string, string, string]] : []),
      ["public feed", "/r/pangandaran/feed.xml", ""],
    ];
    console.log(`page (${RUNS} runs each, after 2 warm-ups)`.padEnd(48) + "status   p50 ms   p95 ms");
    const rows: string[] = [];
    const weightRows: string[] = [];
    for (const [label, url, cookie] of pages) {
      for (let i = 0; i < 2; i++) await get(base + url, cookie);
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < RUNS; i++) { const r = await get(base + url, cookie); times.push(r.ms); status = r.status; }
      const line = `${label.padEnd(48)}${String(status).padEnd(9)}${pct(times, 50).toFixed(0).padStart(6)}   ${pct(times, 95).toFixed(0).padStart(6)}`;
      console.log(line);
      rows.push(`| ${label} | \`${url.replace(/[0-9a-f-]{36}/, ":id")}\` | ${status} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} |`);
    }
    console.log("\nbytes transferred (gzip), first load");
    const weights: [string, string][] = [
      ["public regency page", "/r/pangandaran"],
      ...(piece[0] ? [["public update page", `/r/pangandaran/${piece[0].slug}`] as [string, string]] : []),
      ["workshop join form", "/join"],
      ["workshop participant page", "/join/ISUPGD"],
    ];
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    for (const [label, url] of weights) {
      const w = await pageWeight(base, url);
      console.log(`${label.padEnd(28)} HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)} = ${kb(w.total)} (status ${w.status})`);
      weightRows.push(`| ${label} | \`${url}\` | ${w.status} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`);
    }
    console.log("\nmarkdown for docs/benchmarks.md:\n| page | path | status | p50 ms | p95 ms |\n| --- | --- | --- | --- | --- |\n" + rows.join("\n"));
    console.log("\n| page | path | status | HTML | CSS | JS | total |\n| --- | --- | --- | --- | --- | --- | --- |\n" + weightRows.join("\n"));
  } finally {
    await stop();
  }
}

await main();
process.exit(0);
