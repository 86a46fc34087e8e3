// `npm start` (and `npm run dev` with --dev): database, migrations, demo data on first run,
// a build when the sources changed, then the server. Ctrl-C/SIGTERM stops everything cleanly.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, markBuilt, sourceHash } from "./lib/build-state";
import { grantAppRole } from "./lib/app-role";
import { applyMigrations } from "./lib/migrate";
import { resolveAuthSecret, resolveDatabase, runningUrlFile } from "./lib/runtime-env";
import { checkSettings } from "./lib/script-settings";

const log = (m: string) => console.log(`[mekar] ${m}`);
checkSettings({ authSecret: "checked" });
const dev = process.argv.includes("--dev");
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
  await applyMigrations(rt.url, undefined, log);
  const granted = await grantAppRole(rt.url, rt.appUrl, { setPassword: !!rt.embedded });
  if (granted) log(granted);

  if (rt.embedded) {
    const { seedIfEmpty } = await import("../prisma/seed");
    const seeded = await seedIfEmpty(rt.url, log);
    if (seeded) log("demo data seeded (password for every demo account: mekar-demo)");
  }
  // the app itself connects as the role that owns nothing (the owner's URL stays with the tools)
  process.env.DATABASE_URL = rt.appUrl;
  delete process.env.DATABASE_OWNER_URL;

  if (!dev) {
    const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
    const hash = sourceHash();
    // MEKAR_REUSE_BUILD=1: serve the build that is there (a test's second server beside the one that built it)
    if (
      process.env.MEKAR_REUSE_BUILD === "1"
        ? !existsSync(path.join(distDir, "BUILD_ID"))
        : !buildIsCurrent(distDir, hash)
    ) {
      log("building (the sources changed since the last build)…");
      const env = { ...process.env, NODE_ENV: "production" as const };
      for (const cmd of [
        ["node_modules/prisma/build/index.js", "generate"],
        ["node_modules/next/dist/bin/next", "build"],
      ]) {
        const r = spawnSync(process.execPath, cmd, {
          stdio: "inherit",
          env: { ...env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" },
        });
        if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed`);
      }
      markBuilt(distDir, hash);
    }
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
