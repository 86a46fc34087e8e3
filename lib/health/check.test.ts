import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { createDb } from "@/lib/db";

// The database goes away in the middle of use and comes back: queries fail cleanly (no hang),
// and the same client recovers by itself without a restart of the app.
describe("database restart", () => {
  it("fails cleanly while Postgres is down and recovers by itself once it is back", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-fault-"));
    const dataDir = path.join(dir, "pg");
    let pg = await startEmbeddedDb({ dataDir, persistent: true });
    const db = createDb(pg.url);
    try {
      expect(await db.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
      await pg.stop();
      const started = Date.now();
      await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(15_000); // fails, does not hang
      // same port, same data: what a restarted server looks like to the app
      pg = await startEmbeddedDb({ dataDir, persistent: true, port: pg.port });
      let ok = false;
      for (let i = 0; i < 20 && !ok; i++) {
        ok = await db.$queryRaw`SELECT 1`.then(
          () => true,
          () => false,
        );
        if (!ok) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ok).toBe(true);
    } finally {
      await db.$disconnect();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
