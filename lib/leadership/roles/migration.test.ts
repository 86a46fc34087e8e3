import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";

// The leadership_roles migration moves the free-text "metode/tipe kepemimpinan" into the profile
// notes before it drops the two columns. This runs its data statement (between the markers) on a
// scratch table shaped like the old PositionTerm.

const dir = path.join(process.cwd(), "prisma/migrations");
const migration = readdirSync(dir).find((d) => d.endsWith("_leadership_roles"))!;
const sql = readFileSync(path.join(dir, migration, "migration.sql"), "utf8");

describe("the leadership_roles migration", () => {
  it("moves the method and type into the notes before dropping the columns, losing nothing", async () => {
    const statement = sql.split("-- data-migration:begin")[1].split("-- data-migration:end")[0];
    expect(sql.indexOf("data-migration:end")).toBeLessThan(sql.indexOf('DROP COLUMN "leadershipMethod"'));
    const c = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await c.connect();
    try {
      await c.query("BEGIN");
      await c.query("CREATE SCHEMA migration_check; SET LOCAL search_path TO migration_check");
      await c.query(
        `CREATE TABLE "PositionTerm" (id int PRIMARY KEY, "profileNotes" text, "leadershipMethod" text, "leadershipType" text)`,
      );
      await c.query(`INSERT INTO "PositionTerm" VALUES
        (1, 'Suka ringkasan satu halaman.', 'Turun ke lapangan.', 'Transformasional'),
        (2, NULL, 'Musyawarah.', NULL),
        (3, '', NULL, '  Partisipatif '),
        (4, 'Tetap.', NULL, NULL),
        (5, NULL, '', NULL)`);
      await c.query(statement);
      const { rows } = await c.query(`SELECT id, "profileNotes" FROM "PositionTerm" ORDER BY id`);
      expect(rows.map((r) => r.profileNotes)).toEqual([
        "Suka ringkasan satu halaman.\n\nMetode kepemimpinan: Turun ke lapangan.\n\nTipe kepemimpinan: Transformasional",
        "Metode kepemimpinan: Musyawarah.",
        "Tipe kepemimpinan: Partisipatif",
        "Tetap.",
        null,
      ]);
    } finally {
      await c.query("ROLLBACK");
      await c.end();
    }
  });
});
