// `npm run bench:weight`: what Mekar's pages weigh on issue 17's slow phone. Chromium with the
// DevTools throttle (400 kbit/s down and up, 400 ms round trip, CPU 4× slower) opens every public
// page and the main portal pages of each demo role, first with an empty cache, then again in the
// same context (a repeat visit), and prints for each: bytes transferred by type, requests, LCP,
// load and time to interactive (scripts/lib/weight.ts defines it), and the budgets of issue 17.
// A benchmark: it measures and reports; the byte budgets are held by tests/e2e/weight-budgets.spec.ts.
//   npm run bench:weight                       # starts the app the e2e way (own data dir, the e2e build)
//   npm run bench:weight -- --url http://localhost:3000 --roles koordinator@mekar.test
//   npm run bench:weight -- --reuse-build      # serve the build that is there, even if the sources changed
// Without --url the app runs in a throwaway data folder on the build in E2E_DIST_DIR (default
// .next-e2e), built first when the sources changed (as `npm start` does).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { chromiumPath } from "../tests/helpers/chromium";
import { totpCode, totpStep } from "../lib/auth/totp";
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo-totp";
import { freePort } from "./lib/embedded-db";
import {
  budgetsFor,
  DEMO_ROLES,
  formatBudget,
  formatVisit,
  MeasuredPage,
  measuringContext,
  portalPages,
  publicPages,
  signInDemo,
  SLOW_3G,
  type Budget,
  type PageSpec,
  workInDemoRegency,
} from "./lib/weight";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
/** `--roles a@x,b@y`: only these demo users (`--roles ""`: public pages only). */
const roles = opt("roles")?.split(",").filter(Boolean) ?? [...DEMO_ROLES];

async function startApp(): Promise<{ base: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-weight-"));
  const port = await freePort();
  const app: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      MEKAR_DATA_DIR: path.join(dir, "data"),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
      MEKAR_REUSE_BUILD: args.includes("--reuse-build") ? "1" : "",
      MEKAR_FRESH: "",
      DATABASE_URL: "", // start.ts runs its embedded Postgres in the data folder and seeds the demo
      AUTH_SECRET: "",
      MEKAR_MAIL_LOG: path.join(dir, "mail.log"),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    app.stdout!.on("data", (d: Buffer) => {
      out += d;
      // the app's own progress lines (not its mail log)
      for (const line of d.toString().split("\n")) if (line.startsWith("[mekar]")) console.log(`  ${line}`);
      if (/ready on http/.test(out)) resolve();
    });
    app.once("exit", (code) => reject(new Error(`the app exited with ${code}`)));
  });
  return {
    base: `http://localhost:${port}`,
    stop: async () => {
      if (app.exitCode === null && app.signalCode === null) {
        const exited = new Promise((r) => app.once("exit", r));
        app.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Row = { who: string; spec: PageSpec; budgets: Budget[] };

/** A first and a repeat visit of one page in a fresh context (its own, empty cache). */
async function measure(
  browser: Browser,
  base: string,
  spec: PageSpec,
  storageState: Awaited<ReturnType<typeof signInDemo>> | undefined,
) {
  const context = await measuringContext(browser, { baseURL: base, storageState });
  try {
    const m = await MeasuredPage.open(context, SLOW_3G);
    const cold = await m.visit(spec.path, { photoSelector: spec.photoSelector });
    const warm = await m.visit(spec.path, { photoSelector: spec.photoSelector });
    await m.close();
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/**
 * The way an official meets the portal on that phone: the sign-in page on an empty cache (it fetches
 * the framework once loaded, while they type: scripts/lib/lean-html.ts), the code step, then the
 * first portal page. Run before any other sign-in of `email`, so the demo code is not a reused one.
 */
async function signInPath(browser: Browser, base: string, email: string) {
  const context = await measuringContext(browser, { baseURL: base });
  try {
    const m = await MeasuredPage.open(context, SLOW_3G);
    const login = await m.visit("/login"); // until the network is quiet: the prefetches are in
    const page = m.page;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill("mekar-demo");
    let arrival = await m.arrive(
      () => page.getByRole("button", { name: "Masuk" }).click(),
      /^\/(login\/code|dashboard)$/,
    );
    const code = arrival.path === "/login/code" ? arrival : null;
    if (code) {
      await page.getByLabel("Kode").fill(totpCode(DEMO_TOTP_SECRET, totpStep()));
      arrival = await m.arrive(() => page.getByRole("button", { name: "Verifikasi" }).click(), /^\/dashboard$/);
    }
    await m.close();
    return { login, code, arrival };
  } finally {
    await context.close();
  }
}

async function main() {
  const url = opt("url");
  const app = url ? null : await startApp();
  const base = url ?? app!.base;
  const stop = async () => {
    await app?.stop();
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
  });
  const rows: Row[] = [];
  try {
    console.log(
      `\nbench:weight on ${base}: ${SLOW_3G.downKbit} kbit/s down, ${SLOW_3G.upKbit} kbit/s up, ${SLOW_3G.rttMs} ms round trip, CPU ${SLOW_3G.cpuSlowdown}× slower; ` +
        `cold = empty cache, warm = the same context again. Bytes are transferred (compressed) bytes.\n` +
        `Interactive = the first moment after the load event followed by 500 ms without a long task.\n`,
    );
    if (roles[0]) {
      const path = await signInPath(browser, base, roles[0]);
      console.log(`== signing in (${roles[0]}): the sign-in page, then the first portal page, in one browser`);
      console.log(`/login — the framework fetched after its load, while the official types ("other")`);
      console.log(`  ${formatVisit("cold", path.login, true)}`);
      if (path.code) console.log(`/login/code\n  ${formatVisit("cold", path.code, true)}`);
      console.log(`/dashboard — the first portal page, after signing in`);
      console.log(`  ${formatVisit("after", path.arrival, true)}\n`);
    }
    const finder = await browser.newContext({ baseURL: base, locale: "id-ID" });
    const pubs = await publicPages(await finder.newPage());
    await finder.close();
    const groups: { who: string; pages: PageSpec[]; state?: Awaited<ReturnType<typeof signInDemo>> }[] = [
      { who: "anonymous", pages: pubs },
    ];
    for (const email of roles) {
      const state = await signInDemo(browser, base, email);
      const ctx = await browser.newContext({ baseURL: base, storageState: state, locale: "id-ID" });
      await workInDemoRegency(ctx, base);
      groups.push({ who: email, pages: await portalPages(await ctx.newPage()), state });
      await ctx.close();
    }
    for (const g of groups) {
      console.log(`== ${g.who}`);
      for (const spec of g.pages) {
        const { cold, warm } = await measure(browser, base, spec, g.state);
        console.log(`${spec.label} — ${spec.path} (HTTP ${cold.status})`);
        console.log(`  ${formatVisit("cold", cold, true)}`);
        console.log(`  ${formatVisit("warm", warm, true)}`);
        if (spec.budget) {
          const budgets = budgetsFor(spec.budget, cold, warm, true);
          for (const b of budgets) console.log(`    ${formatBudget(b)}`);
          rows.push({ who: g.who, spec, budgets });
        }
      }
      console.log("");
    }
    const all = rows.flatMap((r) => r.budgets.map((b) => ({ ...r, b })));
    const over = all.filter((x) => !x.b.met);
    console.log(`budgets met: ${all.length - over.length} of ${all.length}`);
    for (const x of over) console.log(`  ${x.who} ${x.spec.label}: ${formatBudget(x.b)}`);
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
