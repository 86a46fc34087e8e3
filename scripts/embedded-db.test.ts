// The embedded database's superuser no longer has the fixed password "postgres" (issue 12,
// item 12): a random one is made at first start and kept 0600 beside the data; a data folder
// from before gets one at its next start.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedDb } from "./lib/embedded-db";

async function connects(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

describe("the embedded database's passwords", () => {
  it("are random, kept private, and replace the old fixed one of an existing data folder", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-embedded-"));
    const dataDir = path.join(dir, "pg");
    const file = path.join(dir, "db-passwords");
    let db = await startEmbeddedDb({ dataDir, persistent: true, passwordFile: file });
    try {
      const fixed = `postgresql://postgres:postgres@127.0.0.1:${db.port}/postgres`;
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(db.url).not.toContain(":postgres@");
      expect(await connects(fixed)).toBe(false);

      // a folder as the old code left it: the fixed password, no password file
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      await c.query(`ALTER ROLE postgres PASSWORD 'postgres'`);
      await c.end();
      await db.stop();
      rmSync(file);
      db = await startEmbeddedDb({ dataDir, persistent: true, passwordFile: file, port: db.port });
      expect(existsSync(file)).toBe(true);
      expect(await connects(db.url)).toBe(true);
      expect(await connects(fixed)).toBe(false);
    } finally {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
