// The role the running app connects as: it owns nothing, may read and write the app's tables,
// and may only add and read audit events (no UPDATE/DELETE/TRUNCATE; as a non-owner it cannot
// ALTER the table or disable its triggers). Called after every migration run, so tables added by
// later migrations are granted too; idempotent, and it corrects grants that drifted.
import pg from "pg";

/** Tables the app may read and add to, but never change. */
const APPEND_ONLY = ["AuditEvent"];
/** Tables the app has no business with. */
const PRIVATE = ["_prisma_migrations"];

const userOf = (url: string) => decodeURIComponent(new URL(url).username);

/**
 * Creates the app role of `appUrl` when missing (with the URL's password) and grants it exactly
 * its rights, connected as the owner. `setPassword` re-applies the URL's password (the embedded
 * database, whose passwords Mekar keeps). Returns what it did, or null when the app connects as
 * the owner itself (a single-role DATABASE_URL deployment: nothing to grant).
 */
export async function grantAppRole(
  ownerUrl: string,
  appUrl: string,
  opts: { setPassword?: boolean } = {},
): Promise<string | null> {
  const role = userOf(appUrl);
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    if (role === userOf(ownerUrl)) return null;
    const password = decodeURIComponent(new URL(appUrl).password);
    const existing = (await c.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [role])).rows[0];
    const sql = async (template: string, ...args: string[]) => {
      const { rows } = await c.query(`SELECT format($1, ${args.map((_, i) => `$${i + 2}::text`).join(", ")}) AS q`, [
        template,
        ...args,
      ]);
      await c.query(rows[0].q as string);
    };
    if (!existing)
      await sql("CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L", role, password);
    else if (existing.rolsuper || existing.rolbypassrls)
      throw new Error(`the app's database role "${role}" must not be a superuser`);
    else if (opts.setPassword) await sql("ALTER ROLE %I PASSWORD %L", role, password);
    const owned = (
      await c.query(
        `SELECT count(*)::int AS n FROM pg_class k JOIN pg_roles r ON r.oid = k.relowner JOIN pg_namespace n ON n.oid = k.relnamespace WHERE r.rolname = $1 AND n.nspname = 'public'`,
        [role],
      )
    ).rows[0].n as number;
    if (owned > 0)
      throw new Error(
        `the app's database role "${role}" owns ${owned} table(s) or sequence(s): it must own nothing (give them to the owner role)`,
      );
    await c.query("BEGIN");
    await sql("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I", role);
    await sql("REVOKE CREATE ON SCHEMA public FROM %I", role);
    await sql("GRANT USAGE ON SCHEMA public TO %I", role);
    await sql("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I", role);
    await sql("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I", role);
    for (const t of APPEND_ONLY) await sql("REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %I", t, role);
    for (const t of PRIVATE) await sql("REVOKE ALL ON %I FROM %I", t, role);
    // a temporary table named like a real one would shadow it in the caller's search_path
    const database = (await c.query<{ d: string }>("SELECT current_database() AS d")).rows[0].d;
    await sql("REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC", database);
    await sql("REVOKE TEMPORARY ON DATABASE %I FROM %I", database, role);
    await c.query("COMMIT");
    return `database role "${role}" granted the app's rights (audit events: read and add only)`;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}
