// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { grantAppRole } from "./lib/app-role";
import { applyMigrations } from "./lib/migrate";
import { resolveDatabase } from "./lib/runtime-env";
import { checkSettings } from "./lib/script-settings";

const log = (m: string) => console.log(`[mekar] ${m}`);
checkSettings({ authSecret: "unused" });
const rt = await resolveDatabase(log);
try {
  const applied = await applyMigrations(rt.url, undefined, log);
  log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
  // creates or checks the app's role and its grants (also for tables of later migrations)
  log(
    (await grantAppRole(rt.url, rt.appUrl, { setPassword: !!rt.embedded })) ??
      "the app connects as the owner role (set DATABASE_OWNER_URL to split the roles)",
  );
} finally {
  await rt.embedded?.stop();
}
