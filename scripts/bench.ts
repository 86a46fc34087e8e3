// `npm run bench`: Mekar at national scale, measured through HTTP as a browser meets it. Seeds a
// throwaway embedded Postgres with 514 regencies and realistic volumes (scripts/lib/national-scale.ts),
// starts the app on it exactly as `npm start` does, signs in, and prints p50/p95 server time of
// the key pages and the bytes a phone downloads for the public update page and the workshop
// participant page. A benchmark: it measures, it asserts nothing. Figures go to docs/benchmarks.md.
// Key server actions are invoked as the browser invokes them (Next-Action header, React's reply
// encoding) and each call is checked to have succeeded.
//   BENCH_ISSUES=2000 BENCH_RUNS=20 npm run bench
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gunzipSync } from "node:zlib";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { benchSession } from "./lib/bench-session";
import { freePort, startEmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { seedNationalScale } from "./lib/national-scale";

const PER_REGENCY = Number(process.env.BENCH_ISSUES || 2000);
const RUNS = Number(process.env.BENCH_RUNS || 20);
const DIST_DIR = ".next-bench";

// React's own client encoding of server-action arguments (what the browser sends).
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

type Res = { status: number; ms: number; bytes: number; body: string; headers: http.IncomingHttpHeaders };

function get(url: string, cookie = "", extra: Record<string, string> = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // a browser's user agent: public pages count its views (robots and scripts are not counted)
    const headers = { cookie, "accept-encoding": "gzip", "user-agent": "Mozilla/5.0 (Mekar bench)", ...extra };
    const req = http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString() : raw.toString();
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - t0,
          bytes: raw.length,
          body,
          headers: res.headers,
        });
      });
    });
    req.on("error", reject);
  });
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Bytes a browser downloads for a page: the HTML and every same-site script and stylesheet it names, compressed. */
async function pageWeight(base: string, pathname: string, cookie = "") {
  const page = await get(base + pathname, cookie);
  const assets = [...page.body.matchAll(/<(?:script[^>]+src|link[^>]+href)="(\/[^"?]+\.(js|css))[^"]*"/g)].map(
    (m) => [m[1], m[2]] as const,
  );
  let css = 0;
  let js = 0;
  for (const [a, kind] of new Map(assets)) {
    const bytes = (await get(base + a)).bytes;
    if (kind === "css") css += bytes;
    else js += bytes;
  }
  return { html: page.bytes, css, js, total: page.bytes + css + js, status: page.status };
}

/** Server-action ids of the build, by "file#export" (what the browser's form carries). */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  return new Map(Object.entries(manifest.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, id]));
}

type ActionRes = { status: number; ms: number; body: string; redirect: string };

/** A form's server action, called as React calls it from useActionState: (previous state, FormData). */
async function callAction(
  base: string,
  pagePath: string,
  id: string,
  fields: Record<string, string>,
  cookie: string,
): Promise<ActionRes> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const body = await encodeReply([{ status: "idle" }, form]);
  const t0 = performance.now();
  const res = await fetch(base + pagePath, {
    method: "POST",
    redirect: "manual",
    headers: { "Next-Action": id, Origin: base, Accept: "text/x-component", cookie },
    body,
  });
  const text = await res.text();
  return {
    status: res.status,
    ms: performance.now() - t0,
    body: text,
    redirect: res.headers.get("x-action-redirect") ?? "",
  };
}

const succeeded = (r: ActionRes) =>
  r.status === 200 && r.body.includes('"status":"success"') && !r.body.includes('"status":"error"');
const redirectedTo = (r: ActionRes, prefix: string) => new RegExp(`^${prefix}/[0-9a-f-]{36}(;|$)`).test(r.redirect);

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-bench-"));
  const pg = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url, max: 10 }) });
  let app: ReturnType<typeof spawn> | null = null;
  const stop = async () => {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app!.once("exit", r));
    }
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
    console.log(
      `national scale seeded in ${Math.round((performance.now() - t0) / 1000)} s: ${Object.entries(volumes)
        .map(([k, v]) => `${k} ${v.toLocaleString("en")}`)
        .join(", ")}\n`,
    );

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: pg.url,
        AUTH_SECRET: randomBytes(32).toString("base64"),
        PORT: String(port),
        NEXT_DIST_DIR: DIST_DIR,
        MEKAR_DATA_DIR: path.join(dir, "data"),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      app!.stdout!.on("data", (d: Buffer) => {
        if (/ready on http/.test(d.toString())) resolve();
      });
      app!.once("exit", (code) => reject(new Error(`app exited with ${code}`)));
    });

    const coordinator = await benchSession(base, db, "koordinator@mekar.test");
    const admin = await benchSession(base, db, "admin@mekar.test");
    const [{ id: issueId }] = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT i.id FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId" WHERE r.slug = 'pangandaran' ORDER BY i.number DESC LIMIT 1`,
    );
    const piece = await db
      .$queryRawUnsafe<{ slug: string }[]>(
        `SELECT p.slug FROM "Publication" p JOIN "Regency" r ON r.id = p."regencyId" WHERE r.slug = 'pangandaran' AND p.status = 'approved' AND p."firstPublishAt" <= now() ORDER BY p."firstPublishAt" DESC LIMIT 1`,
      )
      .catch(() => []);
    const [publicIssue] = await db.$queryRawUnsafe<{ number: number }[]>(
      `SELECT i.number FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId" WHERE r.slug = 'pangandaran' AND i."isPublic" AND i.triage = 'accepted' ORDER BY i.number LIMIT 1`,
    );
    const pages: [string, string, string][] = [
      ["coordinator dashboard", "/dashboard", coordinator],
      ["issue list (one regency)", "/issues", coordinator],
      ["issue list, filtered: stale", "/issues?stale=1", coordinator],
      ["issue search, full text (every issue matches)", "/issues?q=membangun", coordinator],
      ["issue detail", `/issues/${issueId}`, coordinator],
      ["regency leadership", "/regencies/pangandaran/leadership", coordinator],
      ["audit trail (admin, all regencies)", "/audit", admin],
      ["comparison across regencies (admin)", "/overview", admin],
      ["public regency page", "/r/pangandaran", ""],
      ["public regency page, search", "/r/pangandaran?q=siaran+pers", ""],
      ...(piece[0] ? [["public update page", `/r/pangandaran/${piece[0].slug}`, ""] as [string, string, string]] : []),
      ["public feed", "/r/pangandaran/feed.xml", ""],
      ["national public portal", "/r", ""],
      ...(publicIssue
        ? ([
            ["public issue page (counts a view)", `/r/pangandaran/isu/${publicIssue.number}`, ""],
            ["public issue feed (counts a reader)", `/r/pangandaran/isu/${publicIssue.number}/feed.xml`, ""],
          ] as [string, string, string][])
        : []),
      ["public aspiration status (tracking code)", "/r/pangandaran/aspirasi/PGD4-PKMS-QBAT", ""],
    ];
    console.log(`page (${RUNS} runs each, after 2 warm-ups)`.padEnd(48) + "status   p50 ms   p95 ms");
    const rows: string[] = [];
    const weightRows: string[] = [];
    for (const [label, url, cookie] of pages) {
      for (let i = 0; i < 2; i++) await get(base + url, cookie);
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < RUNS; i++) {
        const r = await get(base + url, cookie);
        times.push(r.ms);
        status = r.status;
      }
      const line = `${label.padEnd(48)}${String(status).padEnd(9)}${pct(times, 50).toFixed(0).padStart(6)}   ${pct(times, 95).toFixed(0).padStart(6)}`;
      console.log(line);
      rows.push(
        `| ${label} | \`${url.replace(/[0-9a-f-]{36}/, ":id")}\` | ${status} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} |`,
      );
    }
    console.log("\nbytes transferred (gzip), first load");
    const weights: [string, string][] = [
      ["public regency page", "/r/pangandaran"],
      ...(piece[0] ? [["public update page", `/r/pangandaran/${piece[0].slug}`] as [string, string]] : []),
      ["national public portal", "/r"],
      ...(publicIssue ? [["public issue page", `/r/pangandaran/isu/${publicIssue.number}`] as [string, string]] : []),
      ["workshop join form", "/join"],
      ["workshop participant page", "/join/ISUPGD"],
      ["national portal", "/r"],
      ["aspiration form page", "/r/pangandaran/aspirasi"],
    ];
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    for (const [label, url] of weights) {
      const w = await pageWeight(base, url);
      console.log(
        `${label.padEnd(28)} HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)} = ${kb(w.total)} (status ${w.status})`,
      );
      weightRows.push(
        `| ${label} | \`${url}\` | ${w.status} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`,
      );
    }

    // server actions, invoked over HTTP exactly as the browser's forms do; every call is checked
    console.log(`\nserver action (${RUNS} runs each, after 2 warm-ups)`.padEnd(49) + "status   p50 ms   p95 ms");
    const ids = actionIds();
    const idOf = (key: string) => {
      const id = ids.get(key);
      if (!id) throw new Error(`no server action ${key} in ${DIST_DIR}`);
      return id;
    };
    const humas = await benchSession(base, db, "humas@mekar.test");
    const [{ id: regencyId }] = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "Regency" WHERE slug = 'pangandaran'`,
    );
    const [{ id: workIssueId }] = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT i.id FROM "Issue" i WHERE i."regencyId" = $1::uuid AND i.triage = 'accepted' AND i.stage NOT IN ('closed', 'evaluation') ORDER BY i.number DESC LIMIT 1`,
      regencyId,
    );
    // the workshop's first poll is opened for the participants (as the facilitator would)
    const [poll] = await db.$queryRawUnsafe<{ id: string; workshopId: string }[]>(
      `SELECT a.id, a."workshopId" FROM "WorkshopActivity" a JOIN "Workshop" w ON w.id = a."workshopId" WHERE w.code = 'ISUPGD' AND a.kind = 'poll_single' ORDER BY a.position LIMIT 1`,
    );
    await db.$executeRawUnsafe(`UPDATE "WorkshopActivity" SET state = 'open' WHERE id = $1::uuid`, poll.id);
    await db.$executeRawUnsafe(
      `UPDATE "Workshop" SET "currentActivityId" = $1::uuid, locked = false WHERE id = $2::uuid`,
      poll.id,
      poll.workshopId,
    );
    const stamp = Date.now();
    const count = async (sql: string, ...args: unknown[]) =>
      Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql, ...args))[0].n);
    type Timed = {
      label: string;
      path: string;
      run: (i: number) => Promise<{ res: ActionRes | { status: number; ms: number }; ok: boolean }>;
    };
    const timed: Timed[] = [
      {
        label: "create an issue",
        path: "/issues/new",
        run: async (i) => {
          const title = `Isu uji beban ${stamp}-${i}`;
          const res = await callAction(
            base,
            "/issues/new",
            idOf("lib/issues/actions.ts#createIssueAction"),
            {
              idempotencyKey: randomUUID(),
              regencyId,
              title,
              category: "infrastructure",
              description: "Jalan desa rusak setelah hujan deras.",
              impact: "3",
              urgency: "4",
            },
            coordinator,
          );
          return {
            res,
            ok:
              redirectedTo(res, "/issues") &&
              (await count(`SELECT count(*) AS n FROM "Issue" WHERE title = $1`, title)) === 1,
          };
        },
      },
      {
        label: "add a timeline note to an issue",
        path: "/issues/:id",
        run: async (i) => {
          const note = `Catatan uji beban ${stamp}-${i}: rapat koordinasi dengan OPD terkait.`;
          const res = await callAction(
            base,
            `/issues/${workIssueId}`,
            idOf("lib/issues/actions.ts#addIssueUpdateAction"),
            { idempotencyKey: randomUUID(), issueId: workIssueId, body: note, percentDone: String(i % 100) },
            coordinator,
          );
          return {
            res,
            ok:
              succeeded(res) &&
              (await count(
                `SELECT count(*) AS n FROM "IssueUpdate" WHERE "issueId" = $1::uuid AND body = $2`,
                workIssueId,
                note,
              )) === 1,
          };
        },
      },
      {
        label: "move an issue's stage (alternating)",
        path: "/issues/:id",
        run: async () => {
          const [cur] = await db.$queryRawUnsafe<{ stage: string; version: number }[]>(
            `SELECT stage::text, version FROM "Issue" WHERE id = $1::uuid`,
            workIssueId,
          );
          const stage = cur.stage === "analysis" ? "strategy" : "analysis";
          const res = await callAction(
            base,
            `/issues/${workIssueId}`,
            idOf("lib/issues/actions.ts#changeIssueStageAction"),
            { issueId: workIssueId, version: String(cur.version), stage, note: "" },
            coordinator,
          );
          return {
            res,
            ok:
              succeeded(res) &&
              (await count(
                `SELECT count(*) AS n FROM "Issue" WHERE id = $1::uuid AND stage::text = $2 AND version = $3`,
                workIssueId,
                stage,
                cur.version + 1,
              )) === 1,
          };
        },
      },
      {
        label: "create a publication draft (humas)",
        path: "/publications/new",
        run: async (i) => {
          const title = `Siaran pers uji beban ${stamp}-${i}`;
          const res = await callAction(
            base,
            "/publications/new",
            idOf("lib/publications/actions.ts#createPublicationAction"),
            {
              idempotencyKey: randomUUID(),
              regencyId,
              kind: "press_release",
              title,
              summary: "Pemerintah kabupaten menyampaikan perkembangan program.",
              body: "Paragraf isi siaran pers. ".repeat(40),
              internalNote: "",
              publishAt: "",
            },
            humas,
          );
          return {
            res,
            ok:
              redirectedTo(res, "/publications") &&
              (await count(`SELECT count(*) AS n FROM "Publication" WHERE title = $1 AND status = 'draft'`, title)) ===
                1,
          };
        },
      },
      {
        label: "record a nonconformity (ISO)",
        path: "/iso/nonconformities",
        run: async (i) => {
          const title = `Ketidaksesuaian uji beban ${stamp}-${i}`;
          const res = await callAction(
            base,
            "/iso/nonconformities",
            idOf("lib/iso/nonconformities/actions.ts#createNonconformityAction"),
            {
              idempotencyKey: randomUUID(),
              regencyId,
              title,
              source: "process_monitoring",
              agencyId: "",
              description: "Berkas permohonan izin tidak diproses dalam batas waktu layanan.",
              requirement: "SOP pelayanan perizinan butir 4.2",
              evidence: "Register permohonan bulan ini",
              severity: "minor",
              correction: "",
            },
            coordinator,
          );
          return {
            res,
            ok:
              redirectedTo(res, "/iso/nonconformities") &&
              (await count(`SELECT count(*) AS n FROM "IsoNonconformity" WHERE title = $1`, title)) === 1,
          };
        },
      },
      {
        label: "public aspiration post (route handler, no JS)",
        path: "/r/pangandaran/aspirasi/kirim",
        run: async (i) => {
          // every post comes from this one address: the earlier ones are moved out of the limit's
          // hour first (not timed), as if each came from another citizen
          await db.$executeRaw`UPDATE "Aspiration" SET "createdAt" = "createdAt" - interval '2 days' WHERE text LIKE 'Aspirasi bench %'`;
          const text = `Aspirasi bench ${i} ${randomUUID()}: lampu jalan di Parigi padam sejak pekan lalu.`;
          const form = new FormData();
          form.set("idempotencyKey", randomUUID());
          form.set("category", "pengaduan");
          form.set("text", text);
          form.set("senderName", "");
          form.set("senderContact", "");
          form.set("website", "");
          const t0 = performance.now();
          const res = await fetch(`${base}/r/pangandaran/aspirasi/kirim`, {
            method: "POST",
            redirect: "manual",
            headers: { Origin: base },
            body: form,
          });
          const ms = performance.now() - t0;
          return {
            res: { status: res.status, ms },
            ok:
              res.status === 303 &&
              /\/r\/pangandaran\/aspirasi\/[2-9A-Z-]{14}\?baru/.test(res.headers.get("location") ?? "") &&
              (await count(`SELECT count(*) AS n FROM "Aspiration" WHERE text = $1`, text)) === 1,
          };
        },
      },
      {
        label: "workshop participant vote (route handler)",
        path: "/api/workshops/join/ISUPGD/submit",
        run: async (i) => {
          // a new participant each time (joining is not timed): one vote per participant
          const joined = await fetch(`${base}/join/ISUPGD`, {
            method: "POST",
            redirect: "manual",
            headers: { Origin: base, "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ name: `Peserta ${i}`, institution: "Dinas Pekerjaan Umum", position: "" }),
          });
          const cookie = joined.headers
            .getSetCookie()
            .map((c) => c.split(";")[0])
            .join("; ");
          const clientId = randomUUID();
          const t0 = performance.now();
          const res = await fetch(`${base}/api/workshops/join/ISUPGD/submit`, {
            method: "POST",
            headers: { Origin: base, Accept: "application/json", "content-type": "application/json", cookie },
            body: JSON.stringify({ activityId: poll.id, clientId, choices: [i % 5] }),
          });
          const json = (await res.json()) as { status?: string };
          const ms = performance.now() - t0;
          return {
            res: { status: res.status, ms },
            ok:
              joined.status === 303 &&
              json.status === "saved" &&
              (await count(
                `SELECT count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = $1::uuid AND text = $2`,
                poll.id,
                clientId,
              )) === 1,
          };
        },
      },
    ];
    const actionRows: string[] = [];
    for (const a of timed) {
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < RUNS + 2; i++) {
        const { res, ok } = await a.run(i);
        if (!ok)
          throw new Error(
            `${a.label}: call ${i} did not succeed (status ${res.status}${"body" in res ? `, ${res.redirect || res.body.slice(0, 300)}` : ""})`,
          );
        if (i >= 2) times.push(res.ms);
        status = res.status;
      }
      console.log(
        `${a.label.padEnd(48)}${String(status).padEnd(9)}${pct(times, 50).toFixed(0).padStart(6)}   ${pct(times, 95).toFixed(0).padStart(6)}`,
      );
      actionRows.push(
        `| ${a.label} | \`${a.path}\` | ${status} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} |`,
      );
    }
    console.log(
      "\nmarkdown for docs/benchmarks.md:\n| page | path | status | p50 ms | p95 ms |\n| --- | --- | --- | --- | --- |\n" +
        rows.join("\n"),
    );
    console.log(
      "\n| page | path | status | HTML | CSS | JS | total |\n| --- | --- | --- | --- | --- | --- | --- |\n" +
        weightRows.join("\n"),
    );
    console.log(
      "\n| action | posted to | status | p50 ms | p95 ms |\n| --- | --- | --- | --- | --- |\n" + actionRows.join("\n"),
    );
  } finally {
    await stop();
  }
}

await main();
process.exit(0);
