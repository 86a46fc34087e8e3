import { describe, expect, it } from "vitest";
import pg from "pg";
import { diffSchema } from "./db-diff";

describe("migrations", () => {
  it("match schema.prisma exactly (no drift)", async () => {
    const { sql, status, stderr } = await diffSchema([]);
    expect(status, stderr).toBe(0);
    expect(sql.trim()).toBe("-- This is an empty migration.");
  }, 120_000);

  it("were recorded the way Prisma records them", async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL! });
    await c.connect();
    const { rows } = await c.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await c.end();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
  });
});
