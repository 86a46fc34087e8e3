// `npm start` (and `npm run dev` with --dev): database, migrations, demo data on first run,
// a build when the sources changed, then the server. Ctrl-C/SIGTERM stops everything cleanly.
// `npm run start:instance` (--instance): one of several instances in production — it serves the
// build that is there (`npm run build`) on the schema that is there (`npm run db:migrate`), and
// builds, migrates and seeds nothing; DATABASE_URL and AUTH_SECRET are required.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  adoptDeploymentId,
  buildApp,
  buildIsCurrent,
  builtDeploymentId,
  distDirOf,
  sourceHash,
} from "./lib/build-state";
import { grantAppRole } from "./lib/app-role";
import { applyMigrations } from "./lib/migrate";
import { resolveAuthSecret, resolveDatabase, runningUrlFile } from "./lib/runtime-env";
import { checkSettings } from "./lib/script-settings";

const log = (m: string) => console.log(`[mekar] ${m}`);
checkSettings({ authSecret: "checked" });
const dev = process.argv.includes("--dev");
const instance = process.argv.includes("--instance");
if (instance && (!process.env.DATABASE_URL || !process.env.AUTH_SECRET)) {
  console.error("[mekar] an instance (--instance) needs DATABASE_URL and AUTH_SECRET, the same for every instance");
  process.exit(2);
}
process.env.NEXT_TELEMETRY_DISABLED = "1"; // no network here, and none wanted
const port = Number(process.env.PORT || 3000);

if (process.env.MEKAR_FRESH === "1")
  rmSync(path.resolve(process.env.MEKAR_DATA_DIR || ".data"), { recursive: true, force: true });

const rt = await resolveDatabase(log, { reuseRunning: false });
if (rt.embedded) writeFileSync(runningUrlFile(rt.dataDir), rt.url, { mode: 0o600 });
let shuttingDown = false;
let closeServer: (() => Promise<void>) | null = null;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  log("stopping…");
  await closeServer?.().catch(() => {});
  if (rt.embedded) rmSync(runningUrlFile(rt.dataDir), { force: true });
  await rt.embedded?.stop().catch(() => {});
  log("stopped");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  process.env.AUTH_SECRET = resolveAuthSecret(rt);
  process.env.MEKAR_DATA_DIR = rt.dataDir;
  if (!instance) {
    await applyMigrations(rt.url, undefined, log);
    const granted = await grantAppRole(rt.url, rt.appUrl, { setPassword: !!rt.embedded });
    if (granted) log(granted);
  }

  if (rt.embedded) {
    const { seedIfEmpty } = await import("../prisma/seed");
    const seeded = await seedIfEmpty(rt.url, log);
    if (seeded) log("demo data seeded (password for every demo account: mekar-demo)");
  }
  // the app itself connects as the role that owns nothing (the owner's URL stays with the tools)
  process.env.DATABASE_URL = rt.appUrl;
  delete process.env.DATABASE_OWNER_URL;

  if (!dev) {
    const distDir = distDirOf();
    // --instance, or MEKAR_REUSE_BUILD=1 (a test's second server beside the one that built it):
    // serve the build that is there, never build under a running server
    if (instance || process.env.MEKAR_REUSE_BUILD === "1") {
      if (!existsSync(path.join(distDir, "BUILD_ID")))
        throw new Error(`no build in ${distDir}: run npm run build first (once, for every instance)`);
    } else {
      const given = process.env.MEKAR_DEPLOYMENT_ID ?? "";
      if (!buildIsCurrent(distDir, sourceHash()) || (given && given !== builtDeploymentId(distDir))) {
        log("building (the sources changed since the last build)…");
        buildApp(log, distDir);
      }
    }
    adoptDeploymentId(distDir);
  }

  (process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
  const { serve } = await import("./lib/server");
  const { close } = await serve({ dev, port, log });
  closeServer = close;
  log(`ready on http://localhost:${port}`);
} catch (e) {
  console.error(`[mekar] ${(e as Error).message}`);
  await shutdown(1);
}
