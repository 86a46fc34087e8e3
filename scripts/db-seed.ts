// `npm run db:seed`: the explicit way to put demo data into a database given by DATABASE_URL
// (the embedded database is seeded by `npm start` on its first run).
import { applyMigrations } from "./lib/migrate";
import { resolveDatabase } from "./lib/runtime-env";
import { checkSettings } from "./lib/script-settings";

const log = (m: string) => console.log(`[mekar] ${m}`);
checkSettings({ authSecret: "unused" });
const rt = await resolveDatabase(log);
try {
  await applyMigrations(rt.url, undefined, log);
  const { seedIfEmpty } = await import("../prisma/seed");
  log((await seedIfEmpty(rt.url, log)) ? "demo data seeded" : "demo data was already there: nothing done");
} finally {
  await rt.embedded?.stop();
}
