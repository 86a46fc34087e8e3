// `npm run db:backup [-- DIR]`: a consistent backup of the database (the running instance's
// embedded one, or DATABASE_URL) and the stored files (the upload folder, or the S3 bucket when
// MEKAR_S3_BUCKET is set) into backups/mekar-<time>/.
import path from "node:path";
import { objectStore } from "../lib/files/storage";
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
  const m = await backupDatabase(rt.url, dir, objectStore());
  log(
    `backup written to ${dir}: ${m.tables.length} tables, ${m.tables.reduce((s, t) => s + t.rows, 0)} rows, ${m.files?.count ?? 0} files (${Date.now() - started} ms)`,
  );
} finally {
  await rt.embedded?.stop();
}
