// The e2e server behind PgBouncer (E2E_PGBOUNCER=1 in playwright.config.ts): the embedded
// Postgres with its migrations and demo data, Debian's PgBouncer in transaction mode in front of
// it, then `npm start` (scripts/start.ts) as a deployment runs it: DATABASE_URL is the pooler,
// DIRECT_DATABASE_URL the app role straight to Postgres (the live hub's LISTEN),
// DATABASE_OWNER_URL the owner (migrations). SIGTERM/SIGINT stop the app, then PgBouncer and
// Postgres.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { grantAppRole } from "../../scripts/lib/app-role";
import { applyMigrations } from "../../scripts/lib/migrate";
import { resolveAuthSecret, resolveDatabase, runningUrlFile } from "../../scripts/lib/runtime-env";
import { startPgBouncer } from "./pgbouncer";

const log = (m: string) => console.log(`[e2e-pgbouncer] ${m}`);
if (process.env.MEKAR_FRESH === "1")
  rmSync(path.resolve(process.env.MEKAR_DATA_DIR || ".data"), { recursive: true, force: true });
delete process.env.DATABASE_URL;
const rt = await resolveDatabase(log, { reuseRunning: false });
if (!rt.embedded) throw new Error("the PgBouncer e2e server starts its own embedded database");
const embedded = rt.embedded;
process.env.AUTH_SECRET = resolveAuthSecret(rt); // the seed loads lib/env, which checks it
let bouncer: Awaited<ReturnType<typeof startPgBouncer>>;
try {
  await applyMigrations(rt.url, undefined, log);
  await grantAppRole(rt.url, rt.appUrl, { setPassword: true });
  const { seedIfEmpty } = await import("../../prisma/seed");
  if (await seedIfEmpty(rt.url, log)) log("demo data seeded");
  writeFileSync(runningUrlFile(rt.dataDir), rt.url, { mode: 0o600 }); // tests/helpers/e2e-db.ts reads it
  bouncer = await startPgBouncer([rt.appUrl, rt.url]);
} catch (e) {
  await embedded.stop().catch(() => {});
  throw e;
}
log(`PgBouncer (transaction mode) on port ${bouncer.port} in front of Postgres on port ${embedded.port}`);

const app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: bouncer.pooled(rt.appUrl),
    DIRECT_DATABASE_URL: rt.appUrl,
    DATABASE_OWNER_URL: rt.url,
    MEKAR_FRESH: "",
  },
});
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await bouncer.stop().catch(() => {});
  rmSync(runningUrlFile(rt.dataDir), { force: true });
  await embedded.stop().catch(() => {});
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (app.exitCode === null)
      app.kill(signal); // the app shuts down gracefully; "exit" below does the rest
    else void stop(0);
  });
app.on("exit", (code) => void stop(code ?? 0));
