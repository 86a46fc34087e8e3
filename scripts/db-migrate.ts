// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { applyMigrations } from "./lib/migrate";
import { resolveDatabase } from "./lib/runtime-env";

const log = (m: string) => console.log(`[mekar] ${m}`);
const rt = await resolveDatabase(log);
try {
  const applied = await applyMigrations(rt.url, undefined, log);
  log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
} finally {
  await rt.embedded?.stop();
}
