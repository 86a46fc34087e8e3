// `npm run db:backup [-- DIR]`: a consistent backup of the database (the running instance's
// embedded one, or DATABASE_URL) and the uploaded files into backups/mekar-<time>/.
import path from "node:path";
import { backupDatabase } from "./lib/backup";
import { resolveDatabase } from "./lib/runtime-env";
import { checkSettings } from "./lib/script-settings";

const log = (m: string) => console.log(`[mekar] ${m}`);
checkSettings({ authSecret: "unused" });
const rt = await resolveDatabase(log);
const dir = path.resolve(
  process.argv[2] ?? path.join("backups", `mekar-${new Date().toISOString().replace(/[:.]/g, "-")}`),
);
try {
  const started = Date.now();
  const m = await backupDatabase(rt.url, dir, path.join(rt.dataDir, "uploads"));
  log(
    `backup written to ${dir}: ${m.tables.length} tables, ${m.tables.reduce((s, t) => s + t.rows, 0)} rows (${Date.now() - started} ms)`,
  );
} finally {
  await rt.embedded?.stop();
}
