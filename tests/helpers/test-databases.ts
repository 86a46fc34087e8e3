// The databases of a vitest run: one embedded Postgres kept in .data-test, a template database
// with the migrations and demo seed applied (rebuilt only when those sources change), and one
// copy of it per vitest worker, made fresh at every run.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";

const CLUSTER_DIR = path.resolve(".data-test/pg");
const PASSWORD_FILE = path.resolve(".data-test/db-passwords");
const TEMPLATE_PREFIX = "mekar_template_";
const KEEP = new Set(["postgres", "template0", "template1"]);

/** What the template is made of: everything under prisma/ and the app modules the seed imports
 * (followed through their own imports), so a change to any of them rebuilds it. */
export function templateHash(root = process.cwd()): string {
  const files = new Set<string>();
  const walkDir = (p: string) => {
    for (const name of readdirSync(p).sort()) {
      const full = path.join(p, name);
      if (statSync(full).isDirectory()) walkDir(full);
      else files.add(full);
    }
  };
  walkDir(path.join(root, "prisma"));
  const follow = (file: string) => {
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/^import(?!\s+type\b)[^"']*["']([^"']+)["']/gm)) {
      const base = spec.startsWith("@/")
        ? path.join(root, spec.slice(2))
        : spec.startsWith(".")
          ? path.resolve(path.dirname(file), spec)
          : null;
      if (!base || base.includes(`${path.sep}generated${path.sep}`)) continue; // packages; the client follows schema.prisma
      const target = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => existsSync(f));
      if (target && !files.has(target)) {
        files.add(target);
        follow(target);
      }
    }
  };
  for (const f of [...files]) if (f.endsWith(".ts")) follow(f);
  const h = createHash("sha256");
  for (const f of [...files].sort()) h.update(path.relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex").slice(0, 16);
}

/** A postmaster that answers for this folder means another vitest run is using it right now. */
function clusterInUse(dir: string): boolean {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false; // stale: Postgres clears it on start
  }
}

/** The kept cluster, or a throw-away one when another run holds it (that run is not disturbed). */
export async function startTestCluster(): Promise<EmbeddedDb & { adminUrl: string }> {
  const shared = !clusterInUse(CLUSTER_DIR);
  const tmp = shared ? undefined : mkdtempSync(path.join(os.tmpdir(), "mekar-test-"));
  const dataDir = tmp ? path.join(tmp, "pg") : CLUSTER_DIR;
  const passwordFile = tmp ? undefined : PASSWORD_FILE; // the kept cluster keeps its random passwords
  const start = () => startEmbeddedDb({ dataDir, persistent: true, database: "postgres", passwordFile });
  // a kept cluster that no longer starts (another Postgres version, a damaged folder) is only a cache
  const db = await start().catch(async (e) => {
    if (!shared) throw e;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(PASSWORD_FILE, { force: true });
    return start();
  });
  return {
    ...db,
    adminUrl: db.url,
    stop: async () => {
      await db.stop();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

const withClient = async <T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
};

const urlFor = (adminUrl: string, database: string) => adminUrl.replace(/\/[^/]*$/, `/${database}`);

/** The seeded template for these sources: reused when present, else built under a temporary name
 * and renamed once complete (a run killed mid-seed leaves nothing that looks finished). Every other
 * database (older templates, last run's copies, what tests created) is dropped. */
export async function ensureTemplate(adminUrl: string, seed: (url: string) => Promise<void>): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${templateHash()}`;
  const building = `${name}_building`;
  const existing = await withClient(adminUrl, async (c) => {
    const names = (await c.query<{ datname: string }>("SELECT datname FROM pg_database")).rows.map((r) => r.datname);
    for (const d of names) {
      if (KEEP.has(d) || d === name) continue;
      await c.query(`ALTER DATABASE "${d}" IS_TEMPLATE false`);
      await c.query(`DROP DATABASE "${d}" WITH (FORCE)`);
    }
    return names.includes(name);
  });
  if (existing) return name;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${building}"`));
  const url = urlFor(adminUrl, building);
  await applyMigrations(url, undefined, () => {});
  await seed(url);
  await withClient(adminUrl, async (c) => {
    await c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    await c.query(`ALTER DATABASE "${name}" IS_TEMPLATE true`);
  });
  return name;
}

/** One copy of the template per worker (CREATE DATABASE … TEMPLATE copies files: well under a second). */
export async function copiesOf(adminUrl: string, template: string, count: number): Promise<string[]> {
  return withClient(adminUrl, async (c) => {
    const urls: string[] = [];
    for (let i = 1; i <= count; i++) {
      const name = `mekar_worker_${i}`;
      await c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      urls.push(urlFor(adminUrl, name));
    }
    return urls;
  });
}
