// `npm run db:restore` checks its settings before it acts (issue 12, defect 10): a restore into
// a plain DATABASE_URL never needs AUTH_SECRET, and a bad setting stops it in one line with
// nothing restored.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { s3Settings } from "@/lib/env";
import { diskStore, s3Store } from "@/lib/files/storage";
import { startS3Server, type S3Server } from "@/tests/helpers/s3-server";
import { backupDatabase } from "./lib/backup";

const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-restore-cli-"));
let s3: S3Server | undefined;
afterAll(async () => {
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function admin<T>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL! });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}
async function emptyDatabase(): Promise<string> {
  const name = `restore_cli_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin(`CREATE DATABASE "${name}"`);
  return process.env.DATABASE_OWNER_URL!.replace(/\/[^/]+$/, `/${name}`);
}
// not spawnSync: the S3 server the restore writes to runs in this process
function restore(target: string, env: Record<string, string>): Promise<{ status: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/db-restore.ts", path.join(dir, "backup")],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        DATABASE_URL: target,
        MEKAR_DATA_DIR: path.join(dir, "data"),
        ...env,
      },
    },
  );
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, out }));
  });
}

describe("npm run db:restore", () => {
  it("restores into a plain DATABASE_URL without AUTH_SECRET, whatever AUTH_SECRET holds, files into the configured store", async () => {
    const photo = "0b7e1f3a-0000-4000-8000-000000000002.jpg";
    const uploads = diskStore(path.join(dir, "uploads"));
    await uploads.put(photo, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await backupDatabase(process.env.DATABASE_OWNER_URL!, path.join(dir, "backup"), uploads);
    s3 = await startS3Server({ bucket: "mekar-restore-cli" });
    // the first restore puts the files in the upload folder, the second in an S3 bucket
    for (const [secret, store] of [
      ["too-short", {}],
      ["", s3.env],
    ] as const) {
      const target = await emptyDatabase();
      const r = await restore(target, { ...(secret ? { AUTH_SECRET: secret } : {}), ...store });
      expect(r.out).toMatch(/audit chains intact/);
      expect(r.out).toMatch(/1 files \(4 bytes\) into the (upload folder|S3 bucket)/);
      expect(r.out).not.toMatch(/ZodError|at .*\.ts:\d+/);
      expect(r.status).toBe(0);
    }
    expect([...(await diskStore(path.join(dir, "data", "uploads")).get(photo))]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect([...(await s3Store(s3Settings(s3.env)!).get(photo))]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
  }, 180_000);

  it("stops before restoring anything when a setting is wrong, and says which in one line", async () => {
    const target = await emptyDatabase();
    const r = await restore(target, { DATABASE_POOL_SIZE: "lots" });
    expect(r.status).toBe(2);
    expect(r.out.trim().split("\n")).toHaveLength(1);
    expect(r.out).toMatch(/DATABASE_POOL_SIZE/);
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    const tables = (await c.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n;
    await c.end();
    expect(tables).toBe(0);
  }, 60_000);
});
